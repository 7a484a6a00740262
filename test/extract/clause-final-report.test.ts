/**
 * A verb of speech or finding that closes its clause, its subject before it (the German perfect: "Die Velmora AG hat
 * einen Angriff auf ihr Netzwerk entdeckt", "Das Ministerium hatte den Angriff auf seine Systeme öffentlich gemacht
 * und ... eingestuft"): the subject's words are the ones between the two, so a victim telling of an attack on its own
 * network confirms it was hit, as with the verb first ("La société Velmora a découvert une attaque contre son
 * réseau", "Velmora has found an attack against its network"). Negatives: a vendor that discovered an attack against
 * a customer's network confirms nothing. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, who] of [
  ['de', 'Die Velmora AG hat einen Angriff auf ihr Netzwerk entdeckt.', 'Velmora'],
  ['de', 'Das österreichische Außenministerium hatte den Angriff auf seine Systeme öffentlich gemacht und als schwerwiegend eingestuft.', 'AT'],
  ['de', 'Das österreichische Außenministerium hatte den Angriff auf seine Systeme öffentlich gemacht.', 'AT'],
  ['fr', 'La société Velmora a découvert une attaque contre son réseau.', 'Velmora'],
  ['en', 'Velmora has found an attack against its network.', 'Velmora'],
] as const) {
  test(`${lang}: a victim telling of an attack on its own network confirms: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Die Velmora AG hat einen Angriff auf das Netzwerk eines Kunden entdeckt.'],
  ['fr', "La société Velmora a découvert une attaque contre le réseau d'un client."],
] as const) {
  test(`${lang}: a vendor that found an attack on another's network confirms nothing (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}
