/**
 * Eavesdropping is a hostile act: a state or body confirming that its calls or lines were listened in on
 * ("abgehört", "eavesdropped on", "mises sur écoute", "pinchados", "прослушивались", "перехвачены") confirms it was
 * hit. Negatives: confirming only that a call took place confirms no hit. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, body] of [
  ['de', 'AT', 'Die österreichische Regierung hat am Freitag bestätigt, dass ein Telefonat des Ministers abgehört worden ist.'],
  ['en', 'EE', 'The Estonian government confirmed on Friday that calls between two of its ministers had been eavesdropped on.'],
  ['fr', 'BE', 'Le gouvernement belge a confirmé vendredi que plusieurs lignes du ministère avaient été mises sur écoute.'],
  ['es', 'CL', 'El Gobierno de Chile confirmó el viernes que varios teléfonos del ministerio habían sido pinchados.'],
  ['ru', 'EE', 'Правительство Эстонии подтвердило в пятницу, что переговоры двух министров прослушивались.'],
] as const) {
  test(`${lang}: a state confirming it was eavesdropped on: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Government statement' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, who, body] of [
  ['de', 'AT', 'Die österreichische Regierung hat am Freitag bestätigt, dass ein Telefonat des Ministers stattgefunden hat.'],
  ['en', 'EE', 'The Estonian government confirmed on Friday that a call between two of its ministers had taken place.'],
] as const) {
  test(`${lang}: confirming a call took place confirms no hit (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Government statement' });
    assert.ok(!confirms(cs, who), show(cs));
  });
}
