/**
 * Russian disguises with the perfective prefix ("письма, замаскированные под рассылку Министерства
 * здравоохранения") name a guise, not a sector hit; the sector as the act's object still counts.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('ru: замаскированные под ... is a guise', () => {
  assert.deepEqual(sectors(brief('Сотрудники получали письма, замаскированные под рассылку Министерства здравоохранения, и хакеры атаковали их.'), 'ru'), []);
  assert.deepEqual(sectors(brief('Хакеры рассылали вредоносные файлы, замаскированные под документы банков.'), 'ru'), []);
});

test('ru: the sector attacked still counts', () => {
  assert.deepEqual(sectors(brief('Хакеры атаковали несколько банков и больниц.'), 'ru'), ['finance', 'healthcare']);
});
