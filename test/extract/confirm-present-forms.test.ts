/**
 * A confirmation in the present or after a modal: the first person and the plural present of the verb
 * ("Ich kann bestätigen, dass ...", "Wir bestätigen, dass ...", "Die Behörden des Landes bestätigen ...") confirm
 * as the past form does ("bestätigte"). In a transcript the turn's label speaks. The same construction in
 * English and French is a control. Negatives: a negated confirmation and a question. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, state: string) => cs.some((c) => c.claimant === state && c.stance === 'confirms' && c.target === state);

for (const [lang, state, body] of [
  ['de', 'DE', 'Kessler (BMI): Ich kann bestätigen, dass das Netz unseres Hauses von einem Cyberangriff betroffen ist.'],
  ['de', 'DE', 'Lindqvist (Auswärtiges Amt): Wir bestätigen, dass die Server des Ministeriums von Hackern angegriffen wurden.'],
  ['de', 'AT', 'Das österreichische Innenministerium kann bestätigen, dass seine Server Ziel eines Cyberangriffs wurden.'],
  ['en', 'DE', 'Kessler (Federal Foreign Office): I can confirm that our ministry network was hit by a cyberattack.'],
  ['fr', 'BE', 'Le ministère belge de l\'Intérieur peut confirmer que ses serveurs ont été visés par une cyberattaque.'],
] as const) {
  test(`${lang}: a present or modal confirmation is a hit: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberangriff' });
    assert.ok(confirms(cs, state), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Kessler (BMI): Ich kann nicht bestätigen, dass Russland hinter dem Angriff steht.'],
  ['de', 'Frage: Herr Kessler, können Sie bestätigen, dass die Gruppe Quarzfalke dahintersteckt?'],
] as const) {
  test(`${lang}: a negated or asked confirmation is no hit (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberangriff' });
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}
