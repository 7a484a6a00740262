/**
 * Chinese outlets as sources: "据[国名]《刊名》报道". The outlet in 《》 reports and is the claimant; the state
 * written right before the title only says where the outlet is from, so it neither speaks nor is the accused.
 * "《明镜》周刊" (the kind of publication outside the marks) is the same outlet as "明镜周刊". Controls in en and vi; negatives: a law's title after a state, a state
 * source ("据中方介绍"). Sentences written for these tests; the agency names are invented where they matter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Server intrusion reported';
const has = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) => cs.some((c) => c.claimant === claimant && c.stance === 'attributes' && c.target === target);

for (const [lang, body, outlet, accused, origin] of [
  ['zh', '据德国《明镜》周刊报道，俄罗斯军事情报机构去年曾入侵一家能源企业的内部网络。', 'Der Spiegel', 'RU', 'DE'],
  ['zh', '据美国《纽约时报》报道，俄罗斯军事情报机构去年曾入侵一家能源企业的内部网络。', 'The New York Times', 'RU', 'US'],
  ['zh', '据德国《明镜周刊》报道，伊朗情报部门多次入侵该国航运公司的邮件系统。', 'Der Spiegel', 'IR', 'DE'],
  ['zh-Hant', '據德國《明鏡》週刊報導，伊朗情報部門多次入侵該國航運公司的郵件系統。', 'Der Spiegel', 'IR', 'DE'],
] as const) {
  test(`${lang}: the outlet after its state speaks, the state is no party: ${body.slice(0, 24)}`, () => {
    const cs = claimsOf(body, lang === 'zh-Hant' ? 'zh' : lang, { title });
    assert.ok(has(cs, outlet, accused), show(cs));
    assert.ok(!cs.some((c) => c.claimant === origin || c.target === origin), show(cs));
  });
}

test('zh: an agency of the outlet\'s own state is accused, not the outlet\'s state as a second party', () => {
  const cs = claimsOf('据德国《明镜》周刊报道，美国国家安全局入侵了一家电信设备商的总部服务器。', 'zh', { title });
  assert.ok(has(cs, 'Der Spiegel', 'US'), show(cs));
  assert.ok(!cs.some((c) => c.target === 'DE' || c.claimant === 'DE'), show(cs));
});

for (const [lang, body, outlet] of [
  ['en', 'According to Der Spiegel in Hamburg, Russian military intelligence broke into the network of an energy firm.', 'Der Spiegel'],
  ['vi', 'Theo tờ Der Spiegel của Đức, tình báo quân đội Nga đã xâm nhập mạng nội bộ của một công ty năng lượng.', 'Der Spiegel'],
] as const) {
  test(`${lang}: control, the outlet speaks and its state is not accused: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(has(cs, outlet, 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.target === 'DE'), show(cs));
  });
}

test('zh: a state source still speaks (negative)', () => {
  const cs = claimsOf('据中方介绍，俄罗斯军事情报机构入侵了一家能源企业的内部网络。', 'zh', { title });
  assert.ok(has(cs, 'CN', 'RU'), show(cs));
});

test('zh: a law\'s title after a state makes no outlet speak (negative)', () => {
  const cs = claimsOf('美国《网络安全法》的修订案昨日生效。', 'zh', { title });
  assert.equal(cs.length, 0, show(cs));
});
