/**
 * A denial told in the present tense by the accused: "el Kremlin niega ..." (the stem-changing present
 * of "negar": niega, niegan), "le Kremlin nie ...", "der Kreml bestreitet ...", "Кремль отрицает ...".
 * Not a denial: "se niega a comentar" (a refusal to act), "niegan a X el acceso" (withholding
 * something). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DENIALS: Array<[lang: string, body: string]> = [
  ['es', 'Lituania acusa a Rusia de los ciberataques contra sus puertos.\nEl Kremlin niega cualquier implicación en los ataques.'],
  ['es', 'Lituania acusa a Rusia de los ciberataques contra sus puertos.\nLas autoridades rusas niegan las acusaciones.'],
  ['fr', 'La Lituanie accuse la Russie des cyberattaques contre ses ports.\nLa Russie nie toute implication dans ces attaques.'],
  ['de', 'Litauen macht Russland für die Cyberangriffe auf seine Häfen verantwortlich.\nRussland bestreitet jede Beteiligung an den Angriffen.'],
  ['ru', 'Литва обвиняет Россию в кибератаках на свои порты.\nРоссия отрицает какую-либо причастность к атакам.'],
];

for (const [lang, body] of DENIALS) {
  test(`${lang}: a present-tense denial by the accused is a denial`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
  });
}

for (const body of [
  'Lituania acusa a Rusia de los ciberataques contra sus puertos.\nMoscú se niega a comentar las acusaciones.',
  'Lituania acusa a Rusia de los ciberataques contra sus puertos.\nLos rusos niegan a Lituania el acceso a los datos.',
]) {
  test(`es: refusing to act, or withholding something, is no denial: ${body.split('\n')[1]}`, () => {
    const cs = claimsOf(body, 'es');
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}
