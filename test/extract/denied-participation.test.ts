/**
 * A party negating its own part in an act denies it, with no verb of denial: "no tuvo participación", "n'a eu
 * aucune participation", "не принимала никакого участия" (en "had no part in" and vi "không có
 * vai trò nào" are read already). Not a denial: the part told unnegated ("tuvo participación", "a confirmé sa
 * participation", "участвовал"). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DENIALS: Array<[lang: string, body: string, claimant: string]> = [
  ['es', 'Polonia acusó a Bielorrusia del ataque. Minsk afirmó que su gobierno no tuvo participación en la operación.', 'BY'],
  ['es', 'Ecuador acusó a Perú del ciberataque. El gobierno de Perú aseguró que nunca ha tenido ninguna participación en esos hechos.', 'PE'],
  ['fr', "La Pologne a accusé la Biélorussie de l'attaque. Minsk a affirmé n'avoir eu aucune participation dans cette opération.", 'BY'],
  ['ru', 'Польша обвинила Белоруссию в атаке. Минск заявил, что не принимал никакого участия в кибератаке.', 'BY'],
];

for (const [lang, body, claimant] of DENIALS) {
  test(`${lang}: a party negating its own part denies: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'denies'), show(cs));
  });
}

const NOT_DENIALS: Array<[lang: string, body: string]> = [
  ['es', 'Polonia acusó a Bielorrusia del ataque. Minsk afirmó que su gobierno tuvo participación en unas maniobras.'],
  ['fr', "La Pologne a accusé la Biélorussie de l'attaque. Minsk a confirmé sa participation aux exercices."],
  ['ru', 'Польша обвинила Белоруссию в атаке. Минск заявил, что участвовал в учениях.'],
];

for (const [lang, body] of NOT_DENIALS) {
  test(`${lang}: no negated part, no denial: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}
