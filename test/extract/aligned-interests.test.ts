/**
 * An assessment that ties an actor to the interests of a state named with its preposition: "X estime que le groupe
 * est aligné sur les intérêts de la Chine", "X considera que el grupo está alineado con los intereses de China".
 * The marker reaches through "de"/"del" to the state, as "pour le compte de" does; the adjective form ("aligné sur
 * les intérêts russes") still ties as before. Negative: interests named with no actor tied to them. Names invented
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyber espionage campaign' };

for (const [lang, body, state] of [
  ['fr', 'La société Norvik estime que UNC9931 est aligné sur les intérêts de la Chine.', 'CN'],
  ['fr', "UNC9931 est actif depuis des années. La société Norvik estime que ce groupe est aligné sur les intérêts de l'Iran.", 'IR'],
  ['es', 'La empresa Norvik considera que UNC9931 está alineado con los intereses de China.', 'CN'],
  ['fr', 'La société Norvik estime que le groupe UNC9931, aligné sur les intérêts russes, a visé des ministères.', 'RU'],
  ['es', 'La empresa Norvik considera que UNC9931, alineado con los intereses rusos, atacó ministerios.', 'RU'],
] as const) {
  test(`${lang}: aligned with a state's interests: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, 'Norvik', state), show(cs));
  });
}

for (const [lang, body] of [
  ['fr', 'La société Norvik a publié une note sur les intérêts de la Chine en Afrique.'],
  ['es', 'La empresa Norvik publicó un informe sobre los intereses de China en África.'],
] as const) {
  test(`${lang}: interests named with no actor tied to them (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
