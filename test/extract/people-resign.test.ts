/**
 * An official who resigns acts (person-acts `acts`: "resigned", "trat zurück", "a démissionné",
 * "dimitió", "подал в отставку", "từ chức", "辞职"); one only named does not. Names and sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const acting = (text: string, lang: string) => extract(`Title\n${text}\nSource: x`, { lang }).people.map((p) => p.name);

test('resigning is a person\'s act in en, de, fr, es, ru, vi, zh', () => {
  assert.deepEqual(acting('Director General Anton Keller later resigned.', 'en'), ['Anton Keller']);
  assert.deepEqual(acting('Behördenchef Anton Keller trat zurück.', 'de'), ['Anton Keller']);
  assert.deepEqual(acting('Le directeur Anton Keller a démissionné.', 'fr'), ['Anton Keller']);
  assert.deepEqual(acting('El director Anton Keller dimitió.', 'es'), ['Anton Keller']);
  assert.deepEqual(acting('Глава ведомства Антон Келлер подал в отставку.', 'ru'), ['Антон Келлер']);
  assert.deepEqual(acting('Tổng giám đốc cơ quan Anton Keller sau đó từ chức.', 'vi'), ['Anton Keller']);
  assert.deepEqual(acting('国家网络局局长安东·凯勒随后辞职。', 'zh'), ['安东·凯勒']);
});

test('a director only named does not act', () => {
  assert.deepEqual(acting('The report was sent to Director General Anton Keller last week.', 'en'), []);
});
