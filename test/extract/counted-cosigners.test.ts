/**
 * A joint act's co-signers referred back to by their number or as a whole ("the two agencies", "both governments",
 * "the agencies", "les deux services", "die beiden Behörden", "ambos países", "оба ведомства", "hai nước", "两国机构"):
 * while a joint act is current, such a plural of bodies or states names its co-signers again, and each of them makes
 * the sentence's claim. With no joint act before, the reference co-signs nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVES: Array<[string, string]> = [
  ['en', "The FBI and Norway's police released a joint advisory on the Vexa intrusions. The two agencies assess that Russia is behind Vexa."],
  ['en', "The FBI and Norway's police released a joint advisory on the Vexa intrusions. The agencies assess that Russia is behind Vexa."],
  ['fr', 'Le FBI et la police norvégienne ont publié un avis conjoint sur les intrusions Vexa. Les deux services estiment que la Russie est derrière Vexa.'],
  ['de', 'Das FBI und die norwegische Polizei haben eine gemeinsame Warnung zu den Vexa-Angriffen veröffentlicht. Die beiden Behörden machen Russland für Vexa verantwortlich.'],
  ['es', 'El FBI y la policía noruega publicaron un aviso conjunto sobre las intrusiones Vexa. Ambos países acusan a Rusia de Vexa.'],
  ['ru', 'ФБР и полиция Норвегии выпустили совместное предупреждение о взломах Vexa. Оба ведомства обвиняют Россию во взломах Vexa.'],
  ['vi', 'Hoa Kỳ và Na Uy ra tuyên bố chung về các vụ xâm nhập Vexa. Theo tuyên bố, hai nước đánh giá Nga đứng sau Vexa.'],
  ['zh', '美国联邦调查局与挪威警方发布联合警告，涉及Vexa入侵行动。两国机构指责俄罗斯实施了Vexa行动。'],
];

for (const [lang, body] of POSITIVES) {
  test(`${lang}: a counted or whole reference to the co-signers of a current joint act makes each of them claim`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['US', 'NO']) assert.ok(attributes(cs, s, 'RU'), `${s} ${show(cs)}`);
  });
}

const NEGATIVES: Array<[string, string, string]> = [
  // No joint act: the FBI spoke alone, Norway was a victim.
  ['en', 'The FBI said the Vexa intrusions hit firms in Norway. The two agencies assess that Russia is behind Vexa.', 'NO'],
  ['de', 'Das FBI meldete Vexa-Angriffe auf Firmen in Norwegen. Die beiden Behörden machen Russland für Vexa verantwortlich.', 'NO'],
  ['vi', 'FBI cho biết Vexa đã tấn công các công ty ở Na Uy. Hai nước đánh giá Nga đứng sau Vexa.', 'NO'],
];

for (const [lang, body, state] of NEGATIVES) {
  test(`${lang}: with no joint act before, a counted reference names no co-signer`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!attributes(cs, state, 'RU'), show(cs));
  });
}
