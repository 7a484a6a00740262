/**
 * The seat of a government after a bare government noun or a word for unnamed officials and a locative ("the
 * government in Oslo", "die Regierung in Oslo", "власти в Осло", "le gouvernement à Oslo"): the capital names whose
 * government speaks, before the verb or after it ("Das teilte die Regierung in Oslo mit", "..., the government in
 * Oslo said"). Such a government telling of an intrusion into its own ministries confirms it was hit. Negatives:
 * people of no government in the same city ("researchers in Oslo", "Forscher in Oslo") speak for no state.
 * Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirmsNO = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.claimant === 'NO' && c.stance === 'confirms' && c.target === 'NO');

for (const [lang, body] of [
  ['en', 'Hackers broke into the servers of twelve Norwegian ministries, the government in Oslo said.'],
  ['en', 'The government in Oslo said hackers had broken into the servers of twelve Norwegian ministries.'],
  ['de', 'Unbekannte Täter sind in die Netze von neun Ministerien Norwegens eingedrungen. Das teilte die Regierung in Oslo gestern mit.'],
  ['de', 'Unbekannte Täter sind in die Netze von neun Ministerien Norwegens eingedrungen, teilten die Behörden in Oslo mit.'],
  ['fr', "Le gouvernement à Oslo a fait état d'une cyberattaque contre les serveurs de douze ministères norvégiens."],
  ['es', 'Las autoridades en Oslo informaron de un ciberataque contra los servidores de doce ministerios noruegos.'],
  ['ru', 'Хакеры проникли в серверы двенадцати норвежских министерств, сообщили власти в Осло.'],
] as const) {
  test(`${lang}: a government named by its seat confirms its own hit: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on ministries' });
    assert.ok(confirmsNO(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Hackers broke into the servers of twelve Norwegian ministries, researchers in Oslo said.'],
  ['de', 'Unbekannte Täter sind in die Netze von neun Ministerien Norwegens eingedrungen. Das teilten Forscher in Oslo mit.'],
] as const) {
  test(`${lang}: people of no government in the capital speak for no state (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on ministries' });
    assert.ok(!cs.some((c) => c.claimant === 'NO'), show(cs));
  });
}
