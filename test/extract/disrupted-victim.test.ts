/**
 * Verbs of disruption take the act's victim as their object, like "attacked": "Zeta said the hackers disrupted
 * Ukrainian government networks", "meant to paralyse Estonian banks", "ont perturbé les réseaux du gouvernement
 * ukrainien", "paralizaron los bancos de Estonia", "aimed at disrupting the Ukrainian leadership" pin nothing on the
 * state hit. Negative case: the actor's state beside the actor noun is still accused. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const HIT: Array<{ lang: string; s: string; victim: string; claimant: string }> = [
  { lang: 'en', s: 'Zeta said the hackers disrupted Ukrainian government networks.', victim: 'UA', claimant: 'Zeta' },
  { lang: 'en', s: 'Zeta said the attack was meant to paralyse Estonian banks.', victim: 'EE', claimant: 'Zeta' },
  { lang: 'en', s: 'US Secretary of State Antony Blinken spoke of an attack aimed at disrupting the Ukrainian leadership and military.', victim: 'UA', claimant: 'US' },
  { lang: 'fr', s: 'Selon Zeta, les pirates ont perturbé les réseaux du gouvernement ukrainien.', victim: 'UA', claimant: 'Zeta' },
  { lang: 'es', s: 'Según Zeta, los piratas paralizaron los bancos de Estonia.', victim: 'EE', claimant: 'Zeta' },
];

for (const c of HIT) {
  test(`${c.lang}: the object of a verb of disruption is the victim, not the accused: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!attributes(cs, c.claimant, c.victim), show(cs));
  });
}

test('en: the actor beside the actor noun is still accused (negative)', () => {
  const cs = claimsOf('Zeta said Russian hackers disrupted Ukrainian government networks.', 'en');
  assert.ok(attributes(cs, 'Zeta', 'RU') && !attributes(cs, 'Zeta', 'UA'), show(cs));
});
