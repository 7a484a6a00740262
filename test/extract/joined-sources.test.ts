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

// A source phrase that names what the bodies found or published before them ("the assessment of", "a report
// published on Monday by"): every body of its list speaks.
const FAR: Array<[string, string, string, string]> = [
  ['en', 'According to the assessment of the Velmora Institute and of the Dravik Foundation, Chinese hackers broke into the port.', 'Velmora Institute', 'Dravik Foundation'],
  ['en', 'According to a report published on Monday by Velmora Labs and Dravik Security, Chinese hackers broke into the port.', 'Velmora Labs', 'Dravik Security'],
  ['es', 'Según un informe publicado el lunes por Velmora Labs y Dravik Security, piratas chinos infiltraron el puerto.', 'Velmora Labs', 'Dravik Security'],
  ['vi', 'Theo báo cáo công bố hôm thứ Hai của Velmora Labs và Dravik Security, tin tặc Trung Quốc đã xâm nhập mạng của cảng.', 'Velmora Labs', 'Dravik Security'],
];
for (const [lang, body, a, b] of FAR) {
  test(`${lang}: each body of a source list after the noun of its finding attributes (${body.slice(0, 50)}…)`, () => {
    const cs = claimsOf(body, lang);
    for (const s of [a, b]) assert.ok(attributes(cs, s, 'CN'), `${s} ${show(cs)}`);
  });
}

// A body a source marker lists with the speaker is a speaker, never the party the words accuse.
const CO_SOURCE: Array<[string, string, string, string]> = [
  ['de', 'Laut BSI und FBI haben chinesische Hacker den Hafen infiltriert.', 'DE', 'US'],
  ['ru', 'По оценке ФСБ и ФБР, китайские хакеры взломали сеть порта.', 'RU', 'US'],
  ['zh', '据联邦调查局和BSI称，中国黑客侵入了港口的网络。', 'US', 'DE'],
];
for (const [lang, body, a, b] of CO_SOURCE) {
  test(`${lang}: the second body of a source list speaks and is accused of nothing (${body.slice(0, 30)}…)`, () => {
    const cs = claimsOf(body, lang);
    for (const s of [a, b]) assert.ok(attributes(cs, s, 'CN'), `${s} ${show(cs)}`);
    assert.ok(!cs.some((c) => c.target === a || c.target === b), show(cs));
  });
}

test('fr: a state inside a source outlet\'s name is not the party its words accuse', () => {
  const cs = claimsOf('Selon Radio France, des pirates marocains ont espionné le ministre.', 'fr');
  assert.ok(attributes(cs, 'Radio France', 'MA'), show(cs));
  assert.ok(!cs.some((c) => c.target === 'FR'), show(cs));
});

test('en: parties joined by a comma after the source phrase open the reported words, they are no sources', () => {
  const cs = claimsOf('According to Velmora Labs, Norway and Finland lost data to Chinese hackers.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'FI' || c.claimant === 'NO'), show(cs));
});

test('en: a comma-joined list that closes the source phrase speaks whole', () => {
  const cs = claimsOf('According to Velmora Labs, Dravik Security and Corvane Analytics, Chinese hackers broke into the port.', 'en');
  for (const s of ['Velmora Labs', 'Dravik Security', 'Corvane Analytics']) assert.ok(attributes(cs, s, 'CN'), `${s} ${show(cs)}`);
});

test('en: a source with its unnamed partners makes one claim', () => {
  const cs = claimsOf('According to Velmora Labs and its partners, Chinese hackers broke into the port.', 'en');
  assert.deepEqual([...new Set(cs.map((c) => c.claimant))], ['Velmora Labs'], show(cs));
});
