/**
 * A response announced for the future ("我方将根据对方举动作出相应回应", "將作出必要反應"): a threat of a response is a
 * warning to the party whose conduct it answers. Negative cases: a response already given to a question or a
 * request ("已对记者提问作出回应") warns of nothing. Sentences written for this test, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const VOWED: Array<{ text: string; target: string }> = [
  { text: '外交部发言人林波表示，针对日方的挑衅，中方将根据其后续举动作出相应回应。', target: 'JP' },
  { text: '外交部發言人林波表示，中方將根據英方的做法作出必要反應。', target: 'GB' },
  { text: '发言人说，中方将对美方的无理指责作出有力回应。', target: 'US' },
];
const GIVEN = [
  '外交部发言人林波已对日本记者的提问作出回应，称中方一贯反对网络攻击。',
  '該公司表示已對用戶的投訴作出回應，並修復了漏洞。',
];

for (const c of VOWED) {
  test(`zh: a response announced for the future warns: ${c.text.slice(0, 20)}`, () => {
    const cs = claimsOf(c.text, 'zh');
    assert.ok(cs.some((x) => x.claimant === 'CN' && x.stance === 'warns' && x.target === c.target), show(cs));
  });
}
for (const s of GIVEN) {
  test(`zh: a response already given is no warning (negative): ${s.slice(0, 20)}`, () => {
    const cs = claimsOf(s, 'zh');
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
}
