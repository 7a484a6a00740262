/**
 * A source frame naming two or more bodies: "according to X and Y", "selon l'analyse de X et de Y", "según el
 * análisis de X y de Y", "nach Einschätzung von X und von Y", "theo đánh giá của X và của Y". Each body named in
 * the list makes the claim, same stance and target, whether or not each item repeats its article or its possessive
 * preposition. Negative: a possessive after a comma alone is an apposition ("Velmora, de Google"), no list.
 * Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const REPEATED: Array<[string, string, string, string]> = [
  ['fr', "Selon l'analyse de l'Institut Velmora et du Centre Dravik, des pirates chinois ont infiltré le port.", 'Institut Velmora', 'Centre Dravik'],
  ['es', 'Según el análisis del Instituto Velmora y del Centro Dravik, piratas chinos infiltraron el puerto.', 'Instituto Velmora', 'Centro Dravik'],
  ['es', 'Según el análisis de Velmora Labs y de Dravik Security, piratas chinos infiltraron el puerto.', 'Velmora Labs', 'Dravik Security'],
  ['de', 'Nach Einschätzung von Velmora Labs und von Dravik Security haben chinesische Hacker den Hafen infiltriert.', 'Velmora Labs', 'Dravik Security'],
  ['vi', 'Theo đánh giá của Velmora Labs và của Dravik Security, tin tặc Trung Quốc đã xâm nhập mạng của cảng.', 'Velmora Labs', 'Dravik Security'],
];
for (const [lang, body, a, b] of REPEATED) {
  test(`${lang}: each body of a source list with a repeated article or preposition attributes (${body.slice(0, 50)}…)`, () => {
    const cs = claimsOf(body, lang);
    for (const s of [a, b]) assert.ok(attributes(cs, s, 'CN'), `${s} ${show(cs)}`);
  });
}

test('fr/es: the states a repeated possessive joins in a source list each attribute', () => {
  const fr = claimsOf("Selon l'évaluation de l'ANSSI et du BSI, des pirates chinois ont infiltré le port.", 'fr');
  for (const s of ['FR', 'DE']) assert.ok(attributes(fr, s, 'CN'), `${s} ${show(fr)}`);
  const es = claimsOf('Según la evaluación del CCN y del BSI, piratas chinos infiltraron el puerto.', 'es');
  for (const s of ['ES', 'DE']) assert.ok(attributes(es, s, 'CN'), `${s} ${show(es)}`);
});

test('es/fr: a possessive after a comma alone is an apposition, no second source', () => {
  const es = claimsOf('La firma Velmora, de Google, publicó un informe que sostiene que piratas rusos infiltraron el puerto.', 'es');
  assert.ok(!es.some((c) => c.claimant === 'Google'), show(es));
  const fr = claimsOf('Selon la société Velmora, de Google, des pirates russes ont infiltré le port.', 'fr');
  assert.ok(!fr.some((c) => c.claimant === 'Google'), show(fr));
});
