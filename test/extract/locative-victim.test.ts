/**
 * A locative preposition right after a hostile act's noun opens the victim's phrase, as a directional one does:
 * "the intrusions in the substations of X", "l'intrusion dans le réseau de X", "las intrusiones en las subestaciones
 * de X" (profile `victim`, guarded by the act noun before it). So the party that owns what was hit is no accused when
 * the act is then ascribed to someone ("... to Russia", "... à la Russie", "... a Rusia"). A locative after anything
 * else, or before a year, changes nothing. Sentences invented for this test (Norvane Security and Lowland Grid are
 * invented names).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, accused, victim] of [
  ['en', 'Norvane Security attributed the intrusions in the substations of Lowland Grid to Russia.', 'RU', 'Lowland Grid'],
  ['en', 'Norvane Security attributed the hack in the network of the Lithuanian railways to Belarus.', 'BY', 'LT'],
  ['fr', "Norvane Security a attribué l'intrusion dans le réseau de Lowland Grid à la Russie.", 'RU', 'Lowland Grid'],
  ['fr', "Norvane Security a imputé les piratages dans les serveurs des chemins de fer lituaniens à la Biélorussie.", 'BY', 'LT'],
  ['es', 'Norvane Security atribuyó las intrusiones en las subestaciones de Lowland Grid a Rusia.', 'RU', 'Lowland Grid'],
  ['es', 'Norvane Security atribuyó los ataques en la red de los ferrocarriles lituanos a Bielorrusia.', 'BY', 'LT'],
] as const) {
  test(`${lang}: the owner of what an act hit "in" is its victim, the party it is ascribed to the accused: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Norvane Security', accused), show(cs));
    assert.ok(!cs.some((c) => c.target === victim), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Norvane Security attributed the attacks in 2023 to Russia.'],
  ['en', 'The attacks in Poland were carried out by Russia, the Polish government said.'],
  ['fr', 'Selon Varsovie, les attaques dans le réseau polonais ont été menées par la Russie.'],
] as const) {
  test(`${lang}: a locative before a year or before a passive agent leaves the accused as it was: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'RU'), show(cs));
  });
}
