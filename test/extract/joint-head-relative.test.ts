/**
 * The head of a joint act may stand before a relative clause set off by commas: "The Dutch NCSC, which reports to the
 * justice ministry, together with the FBI, ..."; "Le Centre néerlandais (NCSC), qui relève du ministère de la Justice,
 * s'est joint au FBI ..."; the head co-signs and is no target of the act, and the body named inside the relative
 * clause leads nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[string, string]> = [
  ['en', 'The Dutch NCSC, which reports to the justice ministry, together with the FBI and the Australian Cyber Security Centre, issued a joint advisory warning of Iranian cyber actors targeting hospitals.'],
  ['fr', "Le Centre néerlandais (NCSC), qui relève du ministère de la Justice, s'est joint au FBI et à l'Australian Cyber Security Centre pour publier un avis conjoint sur des cyberacteurs iraniens qui visent des hôpitaux."],
  ['es', 'El centro neerlandés (NCSC), que depende del Ministerio de Justicia, junto con el FBI y el Australian Cyber Security Centre, advirtió que ciberactores iraníes atacan hospitales.'],
  ['de', 'Das niederländische NCSC, das dem Justizministerium untersteht, gemeinsam mit dem FBI und dem Australian Cyber Security Centre, warnte vor iranischen Cyberakteuren, die Krankenhäuser angreifen.'],
];
for (const [lang, body] of CASES) {
  test(`${lang}: the head past its relative clause co-signs the joint act: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['NL', 'US', 'AU']) assert.ok(cs.some((c) => c.claimant === s && c.target === 'IR'), `${s} ${show(cs)}`);
    assert.ok(!cs.some((c) => ['NL', 'US', 'AU'].includes(c.target ?? '')), show(cs));
  });
}

test('fr: "fatigue MFA" names no organisation', () => {
  const cs = claimsOf("Depuis mars, des pirates iraniens ont eu recours à la « fatigue MFA » (des demandes d'approbation envoyées sans relâche) contre des comptes de messagerie.", 'fr');
  assert.ok(!cs.some((c) => c.claimant === 'MFA'), show(cs));
});
