/**
 * Verb-second clauses with a fronted phrase: the finite verb of a denial or a confirmation comes second and its subject
 * after it ("Am Dienstag wies Peking die Vorwürfe zurück", "Am Montag bestätigte die Firma X einen Angriff"), also with
 * the separable prefix at the clause end (the subject stands inside the discontinuous cue). Spanish inverts the same
 * way after a fronted adverb ("Ayer negó Pekín las acusaciones"). A negation that closes a German verb-second
 * clause negates the verb ("bestätigte den Angriff nicht", "machte X dafür nicht verantwortlich"), not "nicht nur".
 * Negatives: a fronted subject opened by a quantifier ("Beide Berichte bestätigten X ...") is the subject, not a fronted phrase.
 * Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Cyberangriff auf einen Zulieferer';

for (const [lang, body, claimant, stance] of [
  ['de', 'Dem Parlament in Prag wurde ein Cyberangriff zugeschrieben. Am Dienstag wies Peking die Vorwürfe entschieden zurück.', 'CN', 'denies'],
  ['de', 'Dem Parlament in Prag wurde ein Cyberangriff zugeschrieben. In einer knappen Stellungnahme wies das chinesische Außenministerium die Anschuldigungen zurück.', 'CN', 'denies'],
  ['de', 'Dem Parlament in Prag wurde ein Cyberangriff zugeschrieben. Kurz darauf bestritt die russische Botschaft jede Beteiligung.', 'RU', 'denies'],
  ['de', 'Am Montag bestätigte die Firma Velmora einen Cyberangriff auf ihre Server.', 'Velmora', 'confirms'],
  ['es', 'El parlamento checo sufrió un ciberataque. Ayer negó Pekín con firmeza las acusaciones.', 'CN', 'denies'],
] as const) {
  test(`${lang}: fronted phrase, subject after the verb: ${body.slice(-70)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === stance), show(cs));
  });
}

for (const [body, stance] of [
  ['Die Server der Firma Velmora wurden gehackt. Offiziell bestätigte Velmora den Vorfall bislang nicht.', 'confirms'],
  ['Die Server der Firma Velmora wurden gehackt. Die Bundesregierung machte Russland dafür ausdrücklich nicht verantwortlich.', 'accuses'],
  ['Die Server der Firma Velmora wurden gehackt. Die Firma Velmora bestätigte den Angriff nicht.', 'confirms'],
] as const) {
  test(`de: a negation closing the verb-second clause (negative): ${body.slice(48)}`, () => {
    const cs = claimsOf(body, 'de', { title });
    assert.ok(!cs.some((c) => c.stance === stance), show(cs));
  });
}

for (const [body, claimant, stance] of [
  ['Die Server der Firma Velmora wurden gehackt. Die Firma Velmora bestätigte den Angriff nicht nur, sie nannte auch Einzelheiten.', 'Velmora', 'confirms'],
  ['Die Server der Firma Velmora wurden gehackt. Die Firma Velmora bestätigte den Angriff und nannte den Täter nicht.', 'Velmora', 'confirms'],
] as const) {
  test(`de: a negation that does not close the cue's clause: ${body.slice(48)}`, () => {
    const cs = claimsOf(body, 'de', { title });
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === stance), show(cs));
  });
}

test('de: a quantifier opens a fronted subject, not a fronted phrase (negative)', () => {
  const cs = claimsOf('Die Server wurden gehackt. Beide Berichte bestätigten Microsoft als Opfer des Angriffs.', 'de', { title });
  assert.ok(!cs.some((c) => c.claimant === 'Microsoft' && c.stance === 'confirms'), show(cs));
});
