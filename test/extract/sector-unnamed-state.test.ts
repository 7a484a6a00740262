/**
 * English: a state left unnamed ("would not wait for any government to attribute the hack", "have not named a
 * government") and the business of supplying one ("a government contractor", "government
 * contracts") name no targeted government sector; a government hit still is.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('an unnamed government, a government contractor', () => {
  assert.deepEqual(sectors(brief('The attack was traced to Velmor servers, but investigators have not named a government.'), 'en'), []);
  assert.deepEqual(sectors(brief('Tarnfield Labs is a government contractor whose staff hacked the banks.'), 'en'), ['finance']);
  assert.deepEqual(sectors(brief('The firm won government contracts after the hack.'), 'en'), []);
});

test('a government hit is still government', () => {
  assert.deepEqual(sectors(brief('The hackers attacked the government of Velmoria and several government agencies.'), 'en'), ['government']);
});
