/**
 * A research unit named after its company ("Velmora Threat Labs", "Velmora Cyber Research") speaks
 * for the company: the claimant is the company's name, never the company's name with half of the
 * unit's ("Velmora Threat"). Sentences written for these tests; the companies are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claimants = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => c.claimant);

test('a unit with descriptors before its head word speaks for its company (en, es, fr)', () => {
  assert.deepEqual(claimants('Velmora Threat Labs said the intrusion was the work of Chinese hackers.', 'en'), ['Velmora']);
  assert.deepEqual(claimants('Kestrin Cyber Research said the intrusion was the work of Russian hackers.', 'en'), ['Kestrin']);
  assert.deepEqual(claimants('Según Velmora Cyber Research, la intrusión fue obra de piratas chinos.', 'es'), ['Velmora']);
  assert.deepEqual(claimants("Selon Velmora Threat Research, l'intrusion est l'œuvre de pirates chinois.", 'fr'), ['Velmora']);
});

test('a company whose own name ends in no unit word keeps its whole name', () => {
  assert.deepEqual(claimants('Velmora Systems said the intrusion was the work of Chinese hackers.', 'en'), ['Velmora Systems']);
});
