/**
 * An attribution said again by the same claimant against the same party, naming no threat group or
 * operation either time, is the same claim (../shared/eval/README.md: one claim); one that names a
 * group stays apart from one that names none, or another group. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const attributions = (cs: ReturnType<typeof claimsOf>) => cs.filter((c) => c.claimant === 'EE' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'RU');

test('en: the same attribution said twice with nothing named is one claim', () => {
  const cs = claimsOf('The Estonian government said Russian hackers attacked the ministry. Later the Estonian government said again that Russian hackers were behind the attack.', 'en', { title: 'Cyberattack on Estonia' });
  assert.equal(attributions(cs).length, 1, show(cs));
});

test('en: an attribution that names a group stays apart from one that names none', () => {
  const cs = claimsOf('The Estonian government said Russian hackers attacked the ministry. The Estonian government also said the group APT28, linked to Russia, had breached the parliament.', 'en', { title: 'Cyberattack on Estonia' });
  assert.equal(attributions(cs).length, 2, show(cs));
});
