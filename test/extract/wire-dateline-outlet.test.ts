/**
 * A news agency in a wire dateline ("新华社上海3月2日电（记者 王明）", "环球网报道 记者 李华", "LONDON (Reuters) -") relays
 * the story: it is not the speaker of the sentence's claims, nor the author of the report the sentence tells of;
 * the body that published the report is. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const OUTLETS = new Set(['Xinhua', 'Global Times', 'Reuters', 'China News Service']);

test('zh: the agency of a "…电" dateline does not speak the claim that follows it', () => {
  const cs = claimsOf('新华社上海3月2日电（记者 王明）上海市公安局2日发布通报，指认台湾地区“资通电军”对本市网络实施攻击。', 'zh');
  assert.ok(!cs.some((c) => OUTLETS.has(c.claimant)), show(cs));
});

test('zh: the outlet of a "报道 记者" dateline does not speak the claim that follows it', () => {
  const cs = claimsOf('环球网报道 记者 李华 美国财政部1月3日宣布，以参与黑客组织活动为由制裁一家中国公司。', 'zh');
  assert.ok(!cs.some((c) => OUTLETS.has(c.claimant)), show(cs));
  assert.ok(cs.some((c) => c.claimant === 'US'), show(cs));
});

test('zh: the report told after a dateline is its publisher\'s, not the agency\'s', () => {
  const cs = claimsOf('新华社北京4月8日电（记者 张伟）国家互联网应急中心8日发布关于某研究院遭受网络攻击的调查报告。调查报告显示，美国情报机构多年来对该研究院实施了网络攻击。', 'zh');
  assert.ok(!cs.some((c) => OUTLETS.has(c.claimant)), show(cs));
  assert.ok(cs.some((c) => c.claimant === 'CN' && c.target === 'US'), show(cs));
});

test('zh: an outlet reporting in its own words still speaks (negative)', () => {
  const cs = claimsOf('据新华社报道，美国情报机构对中国的研究院实施了网络攻击。', 'zh');
  assert.ok(cs.some((c) => c.claimant === 'Xinhua' && c.target === 'US'), show(cs));
});
