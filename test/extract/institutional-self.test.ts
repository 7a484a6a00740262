/**
 * A Chinese-language body names itself "本局", "本署", "本中心", "本公司" (this bureau, this agency, this
 * company) where others say "we"; traditional script writes "we" as "我們". Such a self-designation is the
 * publisher speaking: "本公司提醒，X组织持续…发动攻击" is the publisher's warning, "本公司研判…係X所為" its
 * attribution. Negative cases: "本" closing another word ("日本部分企業", "成本", "基本") designates no one.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const HEADER = 'ESET | 新聞稿 | 2024年5月1日';

const SELF: Array<[what: string, body: string, stance: string]> = [
  ['a warning', '本公司提醒，Kimsuky组织持续对政府机构发动攻击。', 'warns'],
  ['an appeal in an advisory', '本公司呼籲各機關提高警覺，定期備份重要資料。', 'warns'],
  ['an attribution', '本公司研判，本次攻擊係Kimsuky組織所為。', 'attributes'],
  ['a warning with traditional "we"', '我們提醒，Kimsuky組織持續對政府機構發動攻擊。', 'warns'],
];

const NOT_SELF: Array<[what: string, body: string]> = [
  ['"日本部分"', '日本部分企業遭到Kimsuky組織攻擊。'],
  ['"基本會議"', '基本會議紀錄顯示，Kimsuky組織持續對政府機構發動攻擊。'],
];

for (const [what, body, stance] of SELF) {
  test(`zh: a body's self-designation makes ${what} the publisher's`, () => {
    const cs = claimsOf(body, 'zh', { header: HEADER });
    assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === stance), show(cs));
  });
}

for (const [what, body] of NOT_SELF) {
  test(`zh: ${what} designates no one (negative)`, () => {
    const cs = claimsOf(body, 'zh', { header: HEADER });
    assert.ok(!cs.some((c) => c.claimant === 'ESET'), show(cs));
  });
}
