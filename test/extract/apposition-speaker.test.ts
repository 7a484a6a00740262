/**
 * Who speaks when an apposition stands before the verb. "Mandiant, a Google subsidiary, said": the party may
 * qualify the apposition's head noun, and the head speaks (Google did). "X, de Mandiant, a déclaré que la Russie
 * était derrière l'attaque" and "Mandiant, une filiale de Google, a déclaré que la Russie ...": a comma before
 * the verb made the party after "que" its subject in inverted order, so Russia spoke and accused Mandiant or
 * Google. After a conjunction that opens the reported clause (profile `complementizers`: that, que, dass, что)
 * comes what is told, never who tells it; a speaker after an inverted verb is still found. Sentences invented
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string; claimant: string; target: string }> = [
  { lang: 'en', body: 'Mandiant, a Google subsidiary, said Russia was behind the attack.', claimant: 'Mandiant', target: 'RU' },
  { lang: 'fr', body: "Mandiant, une filiale de Google, a déclaré que la Russie était derrière l'attaque.", claimant: 'Mandiant', target: 'RU' },
  { lang: 'fr', body: "Lukas Orbendt, de Mandiant, a déclaré que la Russie était derrière l'attaque.", claimant: 'Mandiant', target: 'RU' },
  { lang: 'fr', body: "Des pirates russes sont derrière l'attaque, a déclaré le ministère ukrainien.", claimant: 'UA', target: 'RU' },
  { lang: 'es', body: 'Piratas rusos están detrás del ataque, afirmó el ministerio ucraniano.', claimant: 'UA', target: 'RU' },
];

for (const { lang, body, claimant, target } of CASES) {
  test(`${lang}: ${claimant} speaks: ${body.slice(0, 44)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
  });
}
