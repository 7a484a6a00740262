/**
 * "not only ... but also" (en "not only", de "nicht nur", zh "不仅", es "no solo") adds to the verb it stands before and
 * negates nothing: the accusation or warning after it is made. Negative: a plain "not" before the verb still cancels it.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Finland not only accused Russia of the sabotage but also expelled two diplomats.'],
  ['en', 'Norway has not only blamed Russia for the dam breach but also summoned its ambassador.'],
  ['de', 'Finnland beschuldigte nicht nur Russland der Sabotage, sondern wies auch zwei Diplomaten aus.'],
  ['zh', '芬兰不仅指责俄罗斯实施了破坏，还驱逐了两名外交官。'],
  ['es', 'Finlandia no solo acusó a Rusia del sabotaje, sino que también expulsó a dos diplomáticos.'],
] as const) {
  test(`${lang}: "not only" keeps the accusation: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, lang === 'en' && body.startsWith('Norway') ? 'NO' : 'FI', 'RU'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Finland did not accuse Russia of the sabotage and expelled no diplomats.'],
  ['de', 'Finnland beschuldigte Russland nicht, sondern sprach von einem Unfall.'],
  ['zh', '芬兰没有指责俄罗斯实施了破坏。'],
  ['es', 'Finlandia no acusó a Rusia del sabotaje y habló de un accidente.'],
] as const) {
  test(`${lang}: a plain negation still cancels the accusation: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
