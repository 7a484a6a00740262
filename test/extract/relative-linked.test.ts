/**
 * "Linked to" after a relative pronoun with its own subject links the antecedent ("APT40, which FireEye linked to
 * China", "a group that the security company FireEye linked to China"): the subject accuses the state. Without a
 * subject between the pronoun and the verb ("a group that is linked to China") it is the tie of sponsorship, no
 * one's accusation. Names invented where needed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const body of [
  'The intrusion was the work of Zorvak, which FireEye linked to China in 2019.',
  'The intrusion was the work of Zorvak, a hacking group that the security company FireEye linked to China in 2019.',
]) {
  test(`en: the subject of a relative "linked to" accuses: ${body.slice(30, 80)}`, () => {
    const cs = claimsOf(body, 'en', { title: 'Intrusion at the ministry' });
    assert.ok(attributes(cs, 'FireEye', 'CN'), show(cs));
  });
}

test('en: a relative "that is linked to" is a tie, not an accusation by anyone named (negative)', () => {
  const cs = claimsOf('Zorvak, a hacking group that is linked to China, has been active since 2019.', 'en', { title: 'Intrusion at the ministry' });
  assert.ok(!cs.some((c) => c.stance === 'accuses'), show(cs));
});
