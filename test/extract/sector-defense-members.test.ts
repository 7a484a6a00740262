/**
 * Soldiers are the defense sector's people: as the act's victims they name the sector ("spyware on
 * soldiers' phones", "the victims included military personnel", "điện thoại binh sĩ"), as speakers
 * they do not ("soldiers said").
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('soldiers as victims are defense (en, vi, fr, es)', () => {
  assert.deepEqual(sectors(brief('The victims included military personnel, journalists and lawyers.'), 'en'), ['defense', 'media']);
  assert.deepEqual(sectors(brief('Nhóm tin tặc gửi đường link độc hại nhằm chiếm quyền điện thoại binh sĩ ở biên giới.'), 'vi'), ['defense']);
  assert.deepEqual(sectors(brief('Les pirates ont infecté les téléphones de soldats avec un logiciel espion.'), 'fr'), ['defense']);
  assert.deepEqual(sectors(brief('Los hackers atacaron los teléfonos de soldados del ejército de Velmoria.'), 'es'), ['defense']);
});

test('soldiers who speak are not (en, vi)', () => {
  assert.deepEqual(sectors(brief('Soldiers said the hackers attacked banks.'), 'en'), ['finance']);
  assert.deepEqual(sectors(brief('Binh sĩ cho biết tin tặc đã tấn công ngân hàng.'), 'vi'), ['finance']);
});
