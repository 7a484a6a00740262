/**
 * State bodies that name the government sector without its word, as victims only: courts ("the
 * courts of Velmoria were breached", "mạng máy tính của ngành tòa án"), Russian short ministry names
 * ("реестры Минюста"), and the Russian and French terms for state organisations ("государственных
 * организаций", "l'administration fédérale"). As speakers they name nothing.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('courts and short ministry names as victims are government (vi, en, ru)', () => {
  assert.deepEqual(sectors(brief('Một nhóm tin tặc đã đánh cắp hồ sơ từ máy chủ của ngành tòa án địa phương.'), 'vi'), ['government']);
  assert.deepEqual(sectors(brief('The hackers breached the courts of Velmoria.'), 'en'), ['government']);
  assert.deepEqual(sectors(brief('Хакеры атаковали реестры Минюста.'), 'ru'), ['government']);
});

test('state organisations attacked are government (ru, fr)', () => {
  assert.deepEqual(sectors(brief('Хакеры атаковали сайты государственных организаций.'), 'ru'), ['government']);
  assert.deepEqual(sectors(brief("Plusieurs sites de l'administration fédérale ont été attaqués."), 'fr'), ['government']);
});

test('the same bodies as speakers are not (vi, en, ru)', () => {
  assert.deepEqual(sectors(brief('Ngành tòa án cho biết tin tặc đã tấn công ngân hàng.'), 'vi'), ['finance']);
  assert.deepEqual(sectors(brief('The courts said hackers attacked banks.'), 'en'), ['finance']);
  assert.deepEqual(sectors(brief('Минюст сообщил, что хакеры атаковали банки.'), 'ru'), ['finance']);
});
