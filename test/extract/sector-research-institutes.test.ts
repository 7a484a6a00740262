/**
 * Research institutes are no education sector as analysts code it ("research institutions",
 * "centres de recherche", "viện nghiên cứu", "科研机构"); schools, universities and educational
 * institutions are, in their inflected and plural forms too ("educational institutions",
 * "образовательных учреждений", "instituciones educativas").
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('research institutes attacked are not education (en, fr, vi, zh, es)', () => {
  assert.deepEqual(sectors(brief('The hackers attacked research institutions and hospitals in Borvania.'), 'en'), ['healthcare']);
  assert.deepEqual(sectors(brief('Les pirates ont attaqué des centres de recherche et des hôpitaux.'), 'fr'), ['healthcare']);
  assert.deepEqual(sectors(brief('Nhóm tin tặc đã tấn công các viện nghiên cứu và bệnh viện.'), 'vi'), ['healthcare']);
  assert.deepEqual(sectors(brief('黑客组织对科研机构和医院发动了网络攻击。'), 'zh'), ['healthcare']);
  assert.deepEqual(sectors(brief('Los hackers atacaron centros de investigación y hospitales.'), 'es'), ['healthcare']);
});

test('educational institutions attacked are education (en, ru, es, de)', () => {
  assert.deepEqual(sectors(brief('The group targeted educational institutions in three countries.'), 'en'), ['education']);
  assert.deepEqual(sectors(brief('Хакеры атаковали сотрудников образовательных учреждений.'), 'ru'), ['education']);
  assert.deepEqual(sectors(brief('Los hackers atacaron instituciones educativas del país.'), 'es'), ['education']);
  assert.deepEqual(sectors(brief('Die Angriffe auf Bildungseinrichtungen dauern an.'), 'de'), ['education']);
});

test('universities attacked are still education (en, fr)', () => {
  assert.deepEqual(sectors(brief('The hackers attacked universities and hospitals.'), 'en'), ['education', 'healthcare']);
  assert.deepEqual(sectors(brief('Les pirates ont attaqué des universités.'), 'fr'), ['education']);
});
