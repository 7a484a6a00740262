/**
 * Chinese has no article: a bare report noun opening a clause, with a verb of finding or assessing, is the report
 * as its subject ("报告认为，…", "报告指出，…", "报告显示，…"), and its author speaks. A bare "报告称" is
 * not read so (in a transcript it as often quotes the accuser's report), nor is a report that is an object
 * ("发布报告"). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const body of [
  '奇安信周一发布了一份报告。报告认为，俄罗斯黑客攻击了多家银行。',
  '奇安信周一发布了一份报告。报告指出，俄罗斯黑客攻击了多家银行。',
  '奇安信周一发布了一份报告。報告顯示，俄罗斯黑客攻击了多家银行。',
]) {
  test(`zh: a bare report opening its clause speaks for its author: ${body.slice(-20)}`, () => {
    const cs = claimsOf(body, 'zh');
    assert.ok(attributes(cs, 'Qi An Xin', 'RU'), show(cs));
  });
}

test('zh: a report that no one is named to have written speaks for no one', () => {
  const cs = claimsOf('银行周一遭到攻击。报告认为，俄罗斯黑客攻击了多家银行。', 'zh');
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
});
