/**
 * A passive tie whose copula and participle are split by hedging adverbs ("estaba muy probablemente vinculado al
 * Gobierno de X", "fue casi seguramente vinculado a X", "es claramente relacionado con X"): the tie attributes the
 * actor to the state as the bare form ("estaba vinculado a X") does. Negatives: the participle with no copula before
 * it, a tie to a sector, and an adverb that is not a hedge between a noun and the participle. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

for (const [body, claimant, target] of [
  ['Los analistas de Kalvex concluyeron que el operador del programa espía estaba muy probablemente vinculado al Gobierno de Irán.', 'Kalvex', 'IR'],
  ['El laboratorio Kalvex determinó que la operadora de la campaña estaba casi seguramente vinculada al gobierno de Rusia.', 'Kalvex', 'RU'],
  ['Según el informe de Kalvex, los atacantes eran probablemente vinculados a Corea del Norte.', 'Kalvex', 'KP'],
] as const) {
  test(`es: a tie with hedging adverbs before the participle: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'es', { title: 'Espionaje con software comercial' });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const body of [
  'Kalvex publicó un informe sobre el sector energético, muy vinculado al turismo en la región.',
  'La empresa Kalvex está fuertemente relacionada con el sector bancario europeo.',
] as const) {
  test(`es: no state tie (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'es', { title: 'Espionaje con software comercial' });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
