/**
 * A call on a government named as a common noun ("demanded that the government explain", "a exigé que le
 * gouvernement révèle", "exige al Gobierno que aclare", "forderte die Regierung auf", "потребовала от
 * правительства", "yêu cầu Chính phủ", "要求政府") is addressed to a body of the caller's own state: a call
 * though no party is named. Negative cases: a demand with no addressee, and a government named further on in
 * another phrase, make no call. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CALLS: Array<[lang: string, body: string]> = [
  ['en', 'Microsoft demanded that the government explain how the breach of the ministry happened.'],
  ['fr', 'Microsoft a exigé que le gouvernement révèle comment le ministère a été piraté.'],
  ['es', 'Microsoft exige al Gobierno que aclare cómo se produjo la intrusión en el ministerio.'],
  ['de', 'Microsoft verlangte von der Regierung, den Einbruch in das Ministerium aufzuklären.'],
  ['ru', 'Microsoft потребовала от правительства объяснить, как произошёл взлом министерства.'],
  ['vi', 'Microsoft yêu cầu Chính phủ làm rõ vụ xâm nhập vào bộ.'],
  ['zh', '微软要求政府说明该部遭入侵的经过。'],
];

const NO_ADDRESSEE: Array<[lang: string, body: string]> = [
  ['en', 'Microsoft demanded an explanation of the breach.'],
  ['fr', "Microsoft a exigé des explications sur le piratage."],
  ['es', 'Microsoft exige explicaciones sobre la intrusión.'],
];

const FAR: Array<[lang: string, body: string]> = [
  ['en', 'Microsoft demanded more time for its review of the breach before the government met.'],
  ['es', 'Microsoft exige más tiempo para revisar la intrusión antes de que el Gobierno se reúna.'],
];

for (const [lang, body] of CALLS) {
  test(`${lang}: a call on "the government" is a call, though no party is named`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'Microsoft' && c.stance === 'calls-for'), show(cs));
  });
}

for (const [lang, body] of NO_ADDRESSEE) {
  test(`${lang}: a demand with no addressee is no call (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}

for (const [lang, body] of FAR) {
  test(`${lang}: a government named further on is not the call's addressee (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}
