/**
 * A list of states' bodies that each carry a short name in brackets ("the UK's National Cyber Security Centre (NCSC)
 * and the Australian Signals Directorate (ASD) warned"): the bracket closing a short name ends one member of the
 * list, it does not end the list, so each body's state makes the claim. Negative: bodies with no known state joined
 * after brackets are not made co-claimants. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; s: string; states: string[] }> = [
  { lang: 'en', s: "The Canadian Centre for Cyber Security, the UK's National Cyber Security Centre (NCSC) and the Australian Signals Directorate (ASD) also issued warnings about the APT31 campaign.", states: ['CA', 'GB', 'AU'] },
  { lang: 'fr', s: "Le National Cyber Security Centre (NCSC) britannique et l'Australian Signals Directorate (ASD) ont également publié des alertes sur la campagne d'APT31.", states: ['GB', 'AU'] },
  { lang: 'de', s: 'Das britische National Cyber Security Centre (NCSC) und das Australian Signals Directorate (ASD) warnten ebenfalls vor der Kampagne von APT31.', states: ['GB', 'AU'] },
  { lang: 'es', s: 'El National Cyber Security Centre (NCSC) británico y el Australian Signals Directorate (ASD) también advirtieron sobre la campaña de APT31.', states: ['GB', 'AU'] },
];

for (const c of CASES) {
  test(`${c.lang}: every state's body of a list with bracketed short names warns`, () => {
    const cs = claimsOf(c.s, c.lang);
    for (const st of c.states) assert.ok(cs.some((x) => x.claimant === st && x.stance === 'warns' && x.target === 'APT31'), `${st}: ${show(cs)}`);
  });
}

test('en: bodies with no known state joined after brackets are no co-claimants (negative)', () => {
  const cs = claimsOf('The Electoral Council (CEC), Maria Lopez and the Tax Office (TXO) also issued warnings about the APT31 campaign.', 'en');
  assert.ok(!cs.some((x) => x.claimant === 'CEC' || x.claimant === 'Electoral Council' || x.claimant === 'Maria Lopez'), show(cs));
});
