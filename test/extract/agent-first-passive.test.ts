/**
 * The passive with its agent before the verb (Vietnamese, Chinese): "X bị Y cáo buộc", "X被Y指控",
 * "X遭Y指控", "... bị Y bác bỏ", "... 遭到Y驳斥". The agent Y accuses or denies; the subject X is the
 * accused, never the accuser. A passive with no agent, or a marker whose phrase holds a clause of its
 * own, names no agent. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, who: string, stance: string, target: string) => cs.some((c) => c.claimant === who && c.stance === stance && c.target === target);

const ACCUSED: Array<{ lang: string; body: string }> = [
  { lang: 'vi', body: 'Iran bị Israel cáo buộc đứng sau nhóm tin tặc MuddyWater.' },
  { lang: 'vi', body: 'Iran bị chính phủ Israel trừng phạt vì nhóm tin tặc MuddyWater.' },
  { lang: 'zh', body: '伊朗被以色列指控支持MuddyWater组织。' },
  { lang: 'zh', body: '伊朗遭以色列指控操纵MuddyWater组织。' },
];

for (const c of ACCUSED) {
  test(`${c.lang}: the agent before the verb accuses the subject: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(has(cs, 'IL', 'accuses', 'IR'), show(cs));
    assert.ok(!cs.some((k) => k.claimant === 'IR'), show(cs));
  });
}

const DENIED: Array<{ lang: string; body: string }> = [
  { lang: 'vi', body: 'Cáo buộc của Israel rằng MuddyWater thuộc Iran đã bị Tehran bác bỏ.' },
  { lang: 'zh', body: '以色列关于MuddyWater受伊朗指挥的指控遭到伊朗驳斥。' },
];

for (const c of DENIED) {
  test(`${c.lang}: the agent before the verb denies: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(has(cs, 'IR', 'denies', 'IR'), show(cs));
    assert.ok(!has(cs, 'IL', 'denies', 'IL'), show(cs));
  });
}

const NO_AGENT: Array<{ lang: string; body: string }> = [
  { lang: 'vi', body: 'Iran bị cáo buộc đứng sau nhóm tin tặc MuddyWater.' },
  { lang: 'zh', body: '伊朗被指控支持MuddyWater组织。' },
];

for (const c of NO_AGENT) {
  test(`${c.lang}: a passive with no agent makes the subject no accuser: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((k) => k.claimant === 'IR' && (k.stance === 'accuses' || k.stance === 'attributes')), show(cs));
  });
}

test('vi: a marker whose phrase holds a clause of its own names no agent of the verb after it', () => {
  const cs = claimsOf('Chính phủ Hà Lan cho biết đã được Israel thông báo rằng Iran đứng sau nhóm MuddyWater.', 'vi');
  assert.ok(!has(cs, 'IL', 'accuses', 'IR'), show(cs));
  assert.ok(!cs.some((k) => k.claimant === 'IR'), show(cs));
});

test('en: the agent after the passive verb is unchanged (a language with no agent-first markers)', () => {
  const cs = claimsOf('Iran was accused by Israel of running the MuddyWater group.', 'en');
  assert.ok(has(cs, 'IL', 'accuses', 'IR'), show(cs));
  assert.ok(!cs.some((k) => k.claimant === 'IR'), show(cs));
});
