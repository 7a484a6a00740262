/**
 * Naming a party as the culprit attributes the attack to it: "identified Russia as the culprit",
 * "a désigné la Russie comme coupable", "benannte Russland als Urheber", "identificó a Rusia como
 * responsable", "назвала виновником Россию". Not an attribution: a thing named as the cause ("identificó
 * la vulnerabilidad como responsable del fallo"). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const NAMED: Array<[lang: string, body: string]> = [
  ['en', 'Czech counterintelligence identified Russia as the culprit.'],
  ['fr', 'Le contre-espionnage tchèque a désigné la Russie comme coupable.'],
  ['fr', "Le contre-espionnage tchèque identifie la Russie comme l'auteur de l'attaque."],
  ['de', 'Die tschechische Spionageabwehr benannte Russland als Urheber.'],
  ['es', 'La contrainteligencia checa identificó a Rusia como responsable.'],
  ['ru', 'Чешская контрразведка назвала виновником Россию.'],
];

for (const [lang, body] of NAMED) {
  test(`${lang}: the state named as the culprit is accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'CZ', 'RU'), show(cs));
  });
}

const NOT_NAMED: Array<[lang: string, body: string]> = [
  ['es', 'La empresa identificó la vulnerabilidad como responsable del fallo.'],
  ['fr', "L'entreprise a désigné une faille comme responsable de la panne."],
  ['de', 'Die Firma identifizierte eine Lücke als Ursache der Störung.'],
];

for (const [lang, body] of NOT_NAMED) {
  test(`${lang}: a cause named, no party, accuses no one`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), show(cs));
  });
}
