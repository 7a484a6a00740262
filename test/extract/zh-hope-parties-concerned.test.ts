/**
 * A hope addressed to "the parties concerned" ("我们希望有关方面以负责任的态度……", traditional
 * "希望有關方面"): an appeal to a party left unnamed, made by the speaker even with no party to
 * address. Negatives: a hope about an event ("希望会谈取得成果") calls on no one; a reporter asking
 * whether the speaker hopes so makes no call. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = '外交部发言人例行记者会';

for (const [body, who] of [
  ['问：有报道称，一家美国公司指控中国黑客入侵了其服务器。中方对此有何回应？\n答：中方一贯反对一切形式的网络攻击。我们希望有关方面以负责任的态度看待网络安全问题。', 'CN'],
  ['中国外交部发言人李明说，我们希望有关方面以专业的态度对待这起事件，不要妄下结论。', 'CN'],
  ['台灣外交部發言人表示，我們希望有關方面以負責任的態度處理此事。', 'TW'],
] as const) {
  test(`zh: a hope addressed to the parties concerned is an appeal: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'zh', { title });
    assert.ok(cs.some((c) => c.claimant === who && c.stance === 'calls-for'), show(cs));
  });
}

for (const body of [
  '中国外交部发言人李明说，我们希望会谈取得积极成果。',
  '问：你是否希望有关方面公布更多证据？\n答：我刚才已经回答了这个问题。',
]) {
  test(`zh: no appeal (negative): ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'zh', { title });
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}
