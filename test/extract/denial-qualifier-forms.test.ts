/**
 * How the press words an accused party's rebuttal, in the forms the profiles lacked: "dénuées de tout
 * fondement", "de pure invention"; "entbehren jeder Grundlage", "eine Erfindung"; "carecen de
 * fundamento", "de invención"; "необоснованными", "не имеют под собой оснований". After an
 * accusation, the accused who says so denies it. Not a denial: the same words with no accusation
 * to rebut, and Spanish "fabricación" (manufacturing) is no qualifier. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DENIALS: Array<[lang: string, body: string, denier: string]> = [
  ['fr', "La Lituanie a accusé la Chine de l'attaque. Pékin a jugé ces accusations dénuées de tout fondement.", 'CN'],
  ['fr', "La Corée du Sud a imputé l'intrusion à la Corée du Nord. Pyongyang a qualifié ce rapport de pure invention.", 'KP'],
  ['de', 'Litauen beschuldigte China des Angriffs. Peking erklärte, die Vorwürfe entbehrten jeder Grundlage.', 'CN'],
  ['de', 'Südkorea machte Nordkorea für den Einbruch verantwortlich. Nordkorea nannte den Bericht eine Erfindung.', 'KP'],
  ['es', 'Lituania acusó a China del ataque. China dijo que las acusaciones carecen de fundamento.', 'CN'],
  ['es', 'Corea del Sur culpó a Corea del Norte de la intrusión. Pyongyang calificó el informe de invención.', 'KP'],
  ['ru', 'Норвегия обвинила Россию во взломе. Посольство России в Осло назвало эти заявления необоснованными.', 'RU'],
  ['ru', 'Литва обвинила Китай в атаке. Китай заявил, что эти обвинения не имеют под собой оснований.', 'CN'],
];

for (const [lang, body, denier] of DENIALS) {
  test(`${lang}: the accused calling the accusation baseless or invented denies it`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === denier && c.stance === 'denies'), show(cs));
  });
}

const NOT_DENIALS: Array<[lang: string, body: string]> = [
  ['es', 'Según CISA, el grupo está vinculado a Irán y ha atacado equipos de fabricación israelí.'],
  ['ru', 'Эксперты назвали прогноз роста рынка необоснованным.'],
  ['de', 'Die Firma stellte auf der Messe eine Erfindung für Stromnetze vor.'],
];

for (const [lang, body] of NOT_DENIALS) {
  test(`${lang}: with no accusation to rebut, or a word of manufacture, no one denies`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}
