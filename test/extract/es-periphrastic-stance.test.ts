/**
 * Spanish verbal periphrases whose infinitive or gerund carries the stance: "volver a" + infinitive, the act done again
 * ("ha vuelto a acusar a X", "volvió a negar"), and "seguir"/"continuar" + gerund, the act kept up ("sigue negando").
 * The finite auxiliary and its perfect ("ha vuelto") stand between the subject and the stance. French and German say
 * the same with an adverb ("a de nouveau accusé", "hat erneut vorgeworfen"), which their profiles already read.
 * Negatives: "volver a" with a hostile verb ("volvió a atacar") is no stance; a negated periphrasis accuses no one.
 * Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Ciberataque contra un ministerio';

for (const [lang, body, claimant, target] of [
  ['es', 'España ha vuelto a acusar a Rusia del ciberataque contra el ministerio.', 'ES', 'RU'],
  ['es', 'El Gobierno de Chile volvió a culpar a Corea del Norte del robo en la red bancaria.', 'CL', 'KP'],
  ['fr', "Le Canada a de nouveau accusé la Chine d'espionnage informatique.", 'CA', 'CN'],
  ['de', 'Die Bundesregierung hat Russland erneut vorgeworfen, hinter dem Angriff zu stecken.', 'DE', 'RU'],
] as const) {
  test(`${lang}: an accusation made again: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const [body, claimant] of [
  ['Varios ministerios sufrieron un ciberataque. China ha vuelto a negar las acusaciones.', 'CN'],
  ['Varios ministerios sufrieron un ciberataque. Pekín sigue negando cualquier implicación.', 'CN'],
  ['Varios ministerios sufrieron un ciberataque. Moscú continuó rechazando las acusaciones de Londres.', 'RU'],
] as const) {
  test(`es: a denial made again or kept up: ${body.slice(44)}`, () => {
    const cs = claimsOf(body, 'es', { title });
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'denies'), show(cs));
  });
}

for (const body of [
  'El grupo Quellstern volvió a atacar a Rusia con correos falsos.',
  'España no volvió a acusar a Rusia del ciberataque.',
]) {
  test(`es: no accusation (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'es', { title });
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), show(cs));
  });
}
