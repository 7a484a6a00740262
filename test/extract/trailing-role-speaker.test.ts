/**
 * A victim's own words quoted, then the speech verb with a role word that points back to an official named
 * before ("« ... », a déclaré la ministre", "«...», dijo la ministra", "„...“, sagte die Ministerin"): the role
 * word is the speaker, and the official's state confirms the hit. A quotation that opens with a time phrase of
 * a word and a year ("« Fin 2019, ... »", "„Ende 2019 ...“") names no organisation that would make the words
 * about another's hit. Negatives: a role word with a state adjective still names that state's body; the year
 * phrase is never a claimant. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, state: string) => cs.some((c) => c.claimant === state && c.stance === 'confirms' && c.target === state);

for (const [lang, state, body] of [
  ['fr', 'FR', 'La ministre française de la Défense, Claire Dumont, a présenté jeudi la nouvelle stratégie.\n« En 2020, notre réseau a été piraté », a déclaré la ministre.'],
  ['es', 'ES', 'La ministra española de Defensa, Clara Ruiz, presentó el jueves la nueva estrategia.\n«Nuestra red fue hackeada en 2020», dijo la ministra.'],
  ['de', 'DE', 'Die deutsche Verteidigungsministerin Klara Baum stellte am Donnerstag die neue Strategie vor.\n„Unser Netz wurde 2020 gehackt“, sagte die Ministerin.'],
] as const) {
  test(`${lang}: a role word after a trailing speech verb speaks for the official named before: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattaque' });
    assert.ok(confirms(cs, state), show(cs));
  });
}

for (const [lang, state, body] of [
  ['fr', 'FR', 'La ministre française de la Défense, Claire Dumont, a présenté jeudi la nouvelle stratégie.\n« Fin 2019, une intrusion a été détectée sur notre réseau », a déclaré Mme Dumont.'],
  ['fr', 'FR', 'La ministre française de la Défense, Claire Dumont, a présenté jeudi la nouvelle stratégie.\n« Début 2021, une intrusion a été détectée sur nos serveurs », a déclaré la ministre.'],
] as const) {
  test(`${lang}: a quotation opening with a word and a year names no organisation: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattaque' });
    assert.ok(confirms(cs, state), show(cs));
    assert.ok(!cs.some((c) => /\d{4}/u.test(c.claimant) || /\d{4}/u.test(c.target ?? '')), show(cs));
  });
}

test('fr: a role word with a state adjective after the verb is that state body (negative)', () => {
  const cs = claimsOf('La ministre française de la Défense, Claire Dumont, a présenté jeudi la nouvelle stratégie.\n« Notre réseau a été piraté », a déclaré le ministère ukrainien.', 'fr', { title: 'Cyberattaque' });
  assert.ok(confirms(cs, 'UA'), show(cs));
  assert.ok(!confirms(cs, 'FR'), show(cs));
});
