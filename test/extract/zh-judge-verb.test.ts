/**
 * Chinese "判断/判斷" (to judge, to assess) is a verb of assessment like 认定 and 研判: its subject
 * attributes what follows ("X判断，此次攻击来自Y"), and a vendor's "we" (我们判断…) is the vendor that
 * publishes the post, named by a product brand of the vendor ("360安全大脑"). Negatives: the noun
 * ("作出明确判断"), judging by a bare means ("仅凭IP地址判断…") or as a task ("难以判断…") attributes nothing.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant, target] of [
  ['zh', '日本国家网络安全中心判断，此次攻击来自朝鲜。', 'JP', 'KP'],
  ['zh', '日本國家網路安全中心判斷，這次攻擊來自北韓。', 'JP', 'KP'],
  ['zh', '360安全大脑本月捕获到一批针对港口企业的钓鱼邮件。我们判断，这批邮件来自朝鲜黑客。', 'Qihoo 360', 'KP'],
] as const) {
  test(`${lang}: 判断 attributes: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, { title: '港口企业遭钓鱼攻击' });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const [lang, body] of [
  ['zh', '分析人士认为，仅凭IP地址判断攻击来源并不可靠，俄罗斯的服务器也可能被利用。'],
  ['zh', '专家称，目前难以判断此次攻击是否来自朝鲜。'],
  ['zh', '日本难以在短时间内对攻击来源作出明确判断，朝鲜是否参与仍不清楚。'],
] as const) {
  test(`${lang}: 判断 as a noun, a means or a task attributes nothing (negative): ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, { title: '港口企业遭钓鱼攻击' });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
