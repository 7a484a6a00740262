/**
 * An act ascribed to a party after its victim's phrase: "attributed the attack on the hospitals to Russia",
 * "a imputé l'attaque contre les hôpitaux à la Russie", "atribuyó el ataque contra los hospitales a Rusia",
 * "quy trách nhiệm vụ tấn công nhằm vào các bệnh viện cho Nga". The marker of whom the act is ascribed to
 * (profile `ascribedTo`) ends the victim's phrase after a verb of accusing, so the party after it is the
 * accused, not part of the victim. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Romania attributed the attack on the hospitals to Russia.'],
  ['en', 'Romania attributed the attacks against Romanian hospitals to Russian hackers.'],
  ['fr', "La Roumanie a imputé l'attaque contre les hôpitaux à la Russie."],
  ['fr', "La Roumanie a attribué l'attaque contre le réseau ferroviaire aux services russes."],
  ['es', 'Rumanía atribuyó el ataque contra los hospitales a Rusia.'],
  ['vi', 'Romania quy trách nhiệm vụ tấn công nhằm vào các bệnh viện cho Nga.'],
] as const) {
  test(`${lang}: the party an attack is ascribed to is the accused: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'RO', 'RU'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Romania reported attacks against networks belonging to Moldova.'],
  ['fr', "La Roumanie a signalé des attaques contre des réseaux appartenant à la Moldavie."],
  ['es', 'Rumanía informó de ataques contra redes pertenecientes a Moldavia.'],
] as const) {
  test(`${lang}: with no verb of accusing, the party stays in the victim's phrase: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'MD'), show(cs));
  });
}
