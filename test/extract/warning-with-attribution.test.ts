/**
 * A warning that tells an act pinned on a state's group: "the FBI issued a warning saying that X, a group
 * linked to China, breaks into routers", "发布警告，指与中国有关的黑客组织X入侵路由器". The warning is one claim
 * (warns); the act told in it is another (the speaker attributes it to the state): a warning cue in the clause
 * no longer keeps the act from being read. Negative: a warning of unnamed hackers attributes nothing.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'The FBI issued a security warning, saying that BlackTech, a group linked to China, modifies router firmware.'],
  ['vi', 'FBI ra cảnh báo, cho biết nhóm tin tặc BlackTech có liên hệ với Trung Quốc đã xâm nhập bộ định tuyến.'],
  ['ru', 'ФБР выпустило предупреждение, в котором говорится, что связанная с Китаем группировка BlackTech взламывает маршрутизаторы.'],
  ['zh', '美国联邦调查局发布警告，指与中国有关的黑客组织BlackTech入侵路由器。'],
  ['zh', '美國聯邦調查局發布資安警告，指與中國有關的駭客組織BlackTech竄改路由器韌體。'],
] as const) {
  test(`${lang}: a warning that tells an act of a state's group attributes it too: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack: state hackers' });
    assert.ok(attributes(cs, 'US', 'CN'), show(cs));
    assert.ok(cs.some((c) => c.claimant === 'US' && c.stance === 'warns'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The FBI warned that hackers may target water utilities.'],
  ['vi', 'FBI cảnh báo tin tặc có thể tấn công các nhà máy nước.'],
  ['zh', '美国联邦调查局警告，黑客可能攻击供水设施。'],
] as const) {
  test(`${lang}: a warning of unnamed hackers attributes nothing (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack: state hackers' });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
