/**
 * A confirmation is a victim's only where a hit is told: the sentence, or the one right before it
 * (the incident the confirmation answers), tells a hostile act or a threat. "Confirmed attendance",
 * "подтвердило участие делегаций" confirm no hit. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const NO_HIT: Array<[string, string]> = [
  ['en', 'The Lithuanian ministry confirmed the attendance of 40 delegations.'],
  ['es', 'El ministerio de Lituania confirmó la asistencia de 40 delegaciones.'],
  ['fr', 'Le ministère lituanien a confirmé la participation de 40 délégations.'],
  ['ru', 'Министерство Литвы подтвердило участие 30 делегаций.'],
];
for (const [lang, body] of NO_HIT) {
  test(`${lang}: a confirmation of no hostile act is no victim's confirmation`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}

const HIT: Array<[string, string]> = [
  ['en', 'The Lithuanian ministry confirmed that its network had been hacked.'],
  ['en', 'Hackers broke into the network of the Lithuanian ministry on Monday. The Lithuanian ministry confirmed the incident on Tuesday.'],
  ['es', 'El ministerio de Lituania confirmó un ciberataque contra sus servidores.'],
  ['fr', 'Le ministère lituanien a confirmé une cyberattaque contre ses serveurs.'],
  ['ru', 'Министерство Литвы подтвердило, что его сеть была взломана.'],
];
for (const [lang, body] of HIT) {
  test(`${lang}: a confirmation of a hit told in it or right before is the victim's`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'LT' && c.stance === 'confirms' && c.target === 'LT'), show(cs));
  });
}
