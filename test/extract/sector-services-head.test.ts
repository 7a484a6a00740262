/**
 * "les services financiers": where the adjective follows its noun, "services" heads a sector
 * adjective as "secteur" does, so the adjective names its sector; a service of the state ("les
 * services de renseignement militaires") stays the state acting. The same construction in English
 * and Vietnamese is a sector term already. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(`Brief\n${text}\nSource: x`, { lang }).sectors.map((s) => s.name).sort();

const hit: [string, string][] = [
  ['fr', 'Les pirates ont visé les services financiers de trois pays.'],
  ['en', 'The hackers attacked financial services in three countries.'],
  ['vi', 'Tin tặc đã tấn công các dịch vụ tài chính của ba nước.'],
];
for (const [lang, text] of hit) {
  test(`${lang}: "financial services" as the object of an act names finance`, () => {
    assert.ok(sectors(text, lang).includes('finance'), sectors(text, lang).join(','));
  });
}

test('fr: "les services de renseignement militaires" acting name no defense target', () => {
  const text = 'Les services de renseignement militaires russes ont piraté le réseau.';
  assert.ok(!sectors(text, 'fr').includes('defense'), sectors(text, 'fr').join(','));
});
