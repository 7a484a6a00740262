/**
 * French "prévenir que" warns as "avertir que" does, in the pluperfect with an adverb between too ("avait alors
 * prévenu que ... ne resterait pas sans réponse"); the warner is then a person who acts. "Prévenir les
 * habitants" (to inform) warns of nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

test('fr: "avait alors prévenu que" warns, and its speaker acts', () => {
  const body = 'Le ministre iranien des Affaires étrangères, Karim Vahedi, avait alors prévenu que cette cyberattaque ne resterait pas sans réponse.';
  const cs = claimsOf(body, 'fr', { title: 'Cyberattaque' });
  assert.ok(cs.some((c) => c.claimant === 'IR' && c.stance === 'warns'), show(cs));
  const people = extract(`Cyberattaque\n${body}\nSource: https://example.org/story`, { lang: 'fr' }).people.map((p) => p.name);
  assert.ok(people.includes('Karim Vahedi'), JSON.stringify(people));
});

test('fr: "prévenir les habitants" warns of nothing (negative)', () => {
  const cs = claimsOf('La police iranienne a prévenu les habitants du quartier après la cyberattaque.', 'fr', { title: 'Cyberattaque' });
  assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
});
