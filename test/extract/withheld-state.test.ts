/**
 * A company the text says named no state: its warning of a group is of the group, not of the state the
 * text names elsewhere ("the firm named no country", "nannte aber kein Land", "ne nomme aucun pays",
 * "не назвали страну", "no nombró ningún país").
 * Negative cases: a company the text does not say withheld the state warns of the state the text ties the group to; a
 * sentence saying someone else named no state leaves the company's warning as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) =>
  cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target);

const WITHHELD: Array<[string, string]> = [
  ['en', 'Russia has long been suspected of such operations. Mandiant described the APT28 campaign but named no country. The researchers warned the group would keep attacking energy firms.'],
  ['de', 'Russland wird seit Langem verdächtigt. Mandiant beschrieb die Kampagne von APT28, nannte aber kein Land. Die Analysten warnten, die Gruppe werde ihre Angriffe auf Stromnetzbetreiber fortsetzen.'],
  ['fr', 'La Russie est soupçonnée depuis longtemps. Mandiant décrit la campagne d\'APT28 mais ne nomme aucun pays. Les chercheurs ont averti que le groupe poursuivrait ses attaques contre les fournisseurs d\'énergie.'],
  ['ru', 'Россию давно подозревают в подобных операциях. Mandiant описала кампанию APT28, но не назвала страну. Исследователи предупредили, что группа продолжит атаки на энергетические компании.'],
];

for (const [lang, s] of WITHHELD) {
  test(`${lang}: a company that named no state warns of the group itself`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(warns(cs, 'Mandiant', 'APT28'), show(cs));
    assert.ok(!warns(cs, 'Mandiant', 'RU'), show(cs));
  });
}

const NAMED: Array<[string, string]> = [
  ['en', 'Russia has long been suspected of such operations. Mandiant described the APT28 campaign. The researchers warned the group would keep attacking energy firms.'],
  ['de', 'Russland wird seit Langem verdächtigt. Mandiant beschrieb die Kampagne von APT28. Die Forscher warnten, die Gruppe werde ihre Angriffe auf Energieversorger fortsetzen.'],
  ['de', 'Russland wird seit Langem verdächtigt. Die Bundesregierung nannte kein Land. Mandiant beschrieb die Kampagne von APT28. Die Forscher warnten, die Gruppe werde ihre Angriffe auf Energieversorger fortsetzen.'],
  ['fr', 'La Russie est soupçonnée depuis longtemps. Mandiant décrit la campagne d\'APT28. Les chercheurs ont averti que le groupe poursuivrait ses attaques contre les fournisseurs d\'énergie.'],
];

for (const [lang, s] of NAMED) {
  test(`${lang}: a company not said to withhold the state warns of the state the text names (${s.slice(40, 70)})`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(warns(cs, 'Mandiant', 'RU'), show(cs));
  });
}
