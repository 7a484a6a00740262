/**
 * Negation inside reported words. A speaker who says their own state "never interfered" / "did not meddle"
 * in a vote denies (profile `deny`: en, fr, es, vi beside the de and ru forms; "had absolutely nothing to do with", "n'avait
 * absolument rien à voir" with an adverb inside); an act the reported words
 * negate ("said Russia did not hack ...") pins nothing on anyone; and reported words holding a denial cue
 * ("assured that Russia had nothing to do with ... and that Moldova blamed Moscow as usual") make no
 * attribution from their act to the state named beside it. Negatives: the same acts told without
 * negation still attribute. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Election interference row';

for (const [lang, body] of [
  ['en', 'Oleg Varyonov, the Kremlin spokesman, said Russia had never interfered in Moldovan elections.'],
  ['en', 'Oleg Varyonov, the Kremlin spokesman, told journalists that Russia did not meddle in the Moldovan vote.'],
  ['fr', "Le porte-parole du Kremlin, Oleg Varionov, a affirmé que la Russie ne s'est jamais ingérée dans les élections moldaves."],
  ['es', 'El portavoz del Kremlin, Oleg Variónov, afirmó que Rusia nunca ha interferido en las elecciones de Moldavia.'],
  ['vi', 'Người phát ngôn Điện Kremlin Oleg Varyonov nói rằng Nga chưa bao giờ can thiệp vào bầu cử Moldova.'],
] as const) {
  test(`${lang}: own state never interfered is a denial: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU' && c.stance === 'attributes'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Oleg Varyonov, the Kremlin spokesman, said Russia did not hack the Moldovan electoral commission.'],
  // A denial cue with an adverb inside it ("absolutely nothing to do with", "absolument rien à voir").
  ['en', 'The Kremlin rejected the reproach: Oleg Varyonov, its spokesman, said Moscow had absolutely nothing to do with the cyberattacks and that Moldova kept looking for a scapegoat.'],
  ['fr', "Le Kremlin a rejeté ces reproches : son porte-parole, Oleg Varionov, a déclaré que Moscou n'avait absolument rien à voir avec les cyberattaques et que la Moldavie cherchait sans cesse un bouc émissaire."],
] as const) {
  test(`${lang}: a negated or denied act in reported words attributes nothing: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.claimant === 'RU' && c.stance === 'attributes'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Ana Cretu, the Moldovan foreign minister, said Russia had interfered in the vote.'],
  ['en', 'Ana Cretu, the Moldovan foreign minister, said Russian hackers had hacked the electoral commission.'],
  ['fr', 'La ministre moldave des Affaires étrangères, Ana Cretu, a déclaré que des pirates russes avaient piraté la commission électorale.'],
  // A negator before a complementizer is the hedge's own, not the act's.
  ['en', 'Ana Cretu, the Moldovan foreign minister, said it could not be excluded that Russian hackers had hacked the electoral commission.'],
  ['fr', "La ministre moldave, Ana Cretu, a dit ne pas exclure que des pirates russes aient piraté la commission électorale."],
] as const) {
  test(`${lang}: the act told without negation still attributes (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, 'MD', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}
