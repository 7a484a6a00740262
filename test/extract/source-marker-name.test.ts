/**
 * A capitalised word right after a sentence-opening source marker ("Selon X,", "Según X,",
 * "According to X,") does not open the sentence: its capital says it is a name, so an organisation
 * the knowledge base does not know is the claimant. An article the marker is followed by is not
 * such a name. Sentences written for these tests; the companies are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('an unknown organisation after a source marker is the claimant (fr, es, en)', () => {
  assert.deepEqual(claims("Selon Velmora, l'attaque a été menée par des pirates russes.", 'fr'), ['Velmora attributes RU']);
  assert.deepEqual(claims('Según Kestrin, el ataque fue obra de piratas rusos.', 'es'), ['Kestrin attributes RU']);
  assert.deepEqual(claims('According to Velmora, the attack was carried out by Russian hackers.', 'en'), ['Velmora attributes RU']);
});

test('a newspaper title after the marker is not cut to its noun', () => {
  assert.ok(!claims("Selon Le Courrier, l'attaque a été menée par des pirates russes.", 'fr').some((c) => c.startsWith('Courrier ')));
});
