/**
 * Words that name a sector only before a sector noun, alone or in a list ("the oil and natural gas
 * sectors", "the satellite, defence and pharmaceutical sectors", "secteurs pétrolier et gazier",
 * "sectores energético y petrolero"); bare "oil" or "a satellite link" name none.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('list adjectives before a sector noun (en, fr, es)', () => {
  assert.deepEqual(sectors(brief('The targets include entities in the telecommunications and oil and natural gas sectors.'), 'en'), ['energy', 'telecommunications']);
  assert.deepEqual(sectors(brief('The intruders stole data from victims in the satellite and pharmaceutical sectors.'), 'en'), ['healthcare', 'telecommunications']);
  assert.deepEqual(sectors(brief('Les pirates ont ciblé les secteurs pétrolier et gazier de Velmorie.'), 'fr'), ['energy']);
  assert.deepEqual(sectors(brief('Los hackers atacaron los sectores energético y petrolero de Velmoria.'), 'es'), ['energy']);
});

test('the same words alone name no sector (en)', () => {
  assert.deepEqual(sectors(brief('The hackers used a satellite link and stole oil.'), 'en'), []);
});
