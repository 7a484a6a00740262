/**
 * The forms a research source's name takes as a claimant: a possessive before its unit's name ("Zentrix's
 * Threat Intelligence unit said", "according to Zentrix's Threat Research team") is the body, without the
 * possessive; a lab or a brand written in Han script is named by its English name (公民实验室 -> Citizen Lab,
 * 360安全大脑 -> Qihoo 360), so that the post it opens is that vendor's and its "we" speaks for it.
 * Negatives: a name whose own last word ends in a possessive form and has no unit after it keeps it. Sentences
 * written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const body of [
  "Zentrix's Threat Intelligence unit said APT28 had broken into the ministry's mail servers.",
  "APT28 has been breaking into regional water utilities, according to a study published by Zentrix's Threat Research team.",
]) {
  test(`en: a possessive before a unit's name is its body: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, 'en');
    assert.ok(cs.some((c) => c.claimant === 'Zentrix'), show(cs));
    assert.ok(!cs.some((c) => /['’]s$/u.test(c.claimant)), show(cs));
  });
}

test("en: a name with a possessive of its own and no unit keeps it (negative)", () => {
  const cs = claimsOf("Moody's Investors Service said APT28 had broken into the ministry's mail servers.", 'en');
  assert.ok(cs.some((c) => c.claimant === "Moody's Investors Service"), show(cs));
});

for (const body of [
  '公民实验室表示，至少三名记者的手机遭到入侵，入侵者为卢旺达政府所使用。',
  '公民實驗室指出，至少三名記者的手機遭到入侵，入侵者為盧安達政府所使用。',
]) {
  test(`zh: a lab written in Han script is named by its English name: ${body.slice(0, 12)}`, () => {
    const cs = claimsOf(body, 'zh', { title: '记者手机遭间谍软件入侵' });
    assert.ok(cs.some((c) => c.claimant === 'Citizen Lab'), show(cs));
    assert.ok(!cs.some((c) => /实验室|實驗室/u.test(c.claimant)), show(cs));
  });
}

test("zh: a vendor's brand opening its post makes the post's \"we\" that vendor's", () => {
  const cs = claimsOf('近期，360安全大脑监测发现，APT28组织对我国多家科研机构发起了网络攻击。\n\n我们提醒各单位高度警惕，及时安装安全补丁。', 'zh', { title: '警惕！APT组织攻击科研机构' });
  assert.ok(cs.some((c) => c.claimant === 'Qihoo 360' && c.stance === 'warns'), show(cs));
  assert.ok(attributes(cs, 'Qihoo 360', 'APT28') || attributes(cs, 'Qihoo 360', 'RU'), show(cs));
});
