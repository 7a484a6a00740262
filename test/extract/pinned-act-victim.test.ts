/**
 * A cue that pins an act on the accused spans the act ("pinning the attacks on Ukrainian banks on Russia",
 * "blamed the outage at the Polish plant on Russian hackers"): a party inside it is the act's victim, the
 * accused follows it. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [body, claimant, target, victim] of [
  ['The U.S. is pinning the attacks on Ukrainian banks on Russia.', 'US', 'RU', 'UA'],
  ['Ukraine blamed the outage at the Polish plant on Russian military hackers.', 'UA', 'RU', 'PL'],
  ['Sweden blamed the intrusion into Finnish ministries on Belarus.', 'SE', 'BY', 'FI'],
] as const) {
  test(`en: the accused follows a pinning cue, the victim inside it is none: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, 'en');
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!attributes(cs, claimant, victim), show(cs));
  });
}
