/**
 * Chinese names a firm or an NGO right after a noun for its kind, with no space between: "资安业者X表示",
 * "國際人權組織「X」指出", "安全厂商X（Gloss）发布报告" (han-firm-names.ts). The name ends at its quotes, at a bracket
 * (whose Latin gloss is then its value) or at a verb of speech; the name alone later ("X研判") is the same body.
 * Russian and Vietnamese put a space and a Latin-script name after such a noun (firm-noun-latin-name.test.ts); the
 * glued Han name is Chinese's own. A kind noun before a common word ("安全厂商表示", "公司发言人") names no one.
 * Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [body, claimant, stance] of [
  // The verb of speech closes the name.
  ['资安业者霜岭数据表示，这一波鱼叉攻击来自朝鲜。', '霜岭数据', 'attributes'],
  ['網路安全公司青崖資訊認為，這一波魚叉攻擊來自朝鮮。', '青崖資訊', 'attributes'],
  // Quotes close the name of an NGO.
  ['国际人权组织“北岸守望”指出，两名律师的手机曾被以色列间谍软件入侵。', '北岸守望', 'attributes'],
  ['國際人權組織「北岸守望」指出，兩名律師的手機曾被以色列間諜軟體入侵。', '北岸守望', 'attributes'],
  // A bracket with a Latin gloss closes the name; the bare name later speaks, under the gloss.
  ['资安业者霜岭数据（Frostridge Data）上周公布了调查结果。霜岭数据研判，这一波鱼叉攻击来自朝鲜。', 'Frostridge Data', 'attributes'],
  ['資安業者青崖資訊（Qingya Info）上週公布了調查結果。青崖資訊呼籲各地醫院盡快更新郵件閘道。', 'Qingya Info', 'calls-for'],
] as const) {
  test(`zh: a kind noun glued to a Han name makes it a body: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'zh');
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === stance), show(cs));
  });
}

for (const [body, word] of [
  // A kind noun before a common word, a role or a staff noun: no name.
  ['安全厂商表示，这一波鱼叉攻击来自朝鲜。', '厂商'],
  ['资安公司发言人表示，这一波鱼叉攻击来自朝鲜。', '发言人'],
  ['網路安全公司研究人員認為，針對港務局的那波魚叉攻擊來自朝鮮。', '研究人員'],
  // A determiner or a number after the noun: a count of firms, no name.
  ['资安业者三家均表示，这一波鱼叉攻击来自朝鲜。', '三家'],
] as const) {
  test(`zh: a kind noun before a common word names no body: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'zh');
    assert.ok(!cs.some((c) => c.claimant_kind === 'organization' && c.claimant.includes(word)), show(cs));
  });
}
