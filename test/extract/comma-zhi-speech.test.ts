/**
 * Chinese "指" opening the words after a comma, the way news tells what a statement or report says: "X发布报告，
 * 指与中国有关的黑客组织Y入侵路由器" (X published a report, saying that ...), as en "published a report, saying
 * that ...". The body that publishes speaks; the act it tells is attributed. Negatives: compounds of 指 that
 * are no speech ("指挥", command) tell nothing. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['zh', '美国国家安全局发布报告，指与中国有关的黑客组织BlackTech入侵路由器。'],
  ['zh', '美國國家安全局發布報告，指與中國有關的駭客組織BlackTech入侵路由器。'],
  ['zh', '美国国家安全局周四发表声明，指中国黑客窃取了国防承包商的数据。'],
  ['en', 'The NSA published a report on Thursday, saying that hackers linked to China broke into routers.'],
] as const) {
  test(`${lang}: a report's words after a comma: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack: state hackers' });
    assert.ok(attributes(cs, 'US', 'CN'), show(cs));
  });
}

for (const body of ['美国国家安全局发布报告，指挥与控制服务器位于中国境内的数据中心。', '美国国家安全局发布报告，指南建议各单位更新路由器固件。']) {
  test(`zh: a compound of 指 after a comma tells no words (negative): ${body.slice(0, 20)}`, () => {
    const cs = claimsOf(body, 'zh', { title: 'Cyberattack: state hackers' });
    assert.ok(!attributes(cs, 'US', 'CN'), show(cs));
  });
}
