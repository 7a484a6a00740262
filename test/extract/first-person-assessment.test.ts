/**
 * A vendor's post assesses in the first person with verbs of judging and assigning: zh "我们判断此次攻击来自X组织"
 * (judging), ru "мы относим активность X к Y" / "исследователи отнесли кампанию к Y" (assigning an activity to its
 * actor). The post's publisher (a research source its byline names) attributes the activity to the group.
 * Negatives: a judgement withheld ("难以判断", "作出明确判断") and "относится к" / an assignment to a category, not
 * an actor. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const VENDOR = { title: 'Notes on a new espionage campaign', header: 'Threat Research | Sekoia | 12 May 2025' };

for (const [lang, body] of [
  ['zh', '结合样本代码与网络基础设施，我们判断此次攻击来自APT28组织。'],
  ['zh', '結合樣本程式碼與網路基礎設施，我們判斷此次攻擊來自APT28組織。'],
  ['ru', 'С умеренной степенью уверенности мы относим активность Ferntide к APT28.'],
  ['ru', 'По совокупности признаков мы отнесли эту кампанию к APT28.'],
] as const) {
  test(`${lang}: the publisher's first-person assessment attributes: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, VENDOR);
    assert.ok(attributes(cs, 'Sekoia', 'APT28') || attributes(cs, 'Sekoia', 'RU'), show(cs));
  });
}

for (const [lang, body] of [
  ['zh', '目前还难以判断此次攻击来自APT28组织。'],
  ['zh', '受害单位很难在短时间内作出明确判断，APT28组织的行动由此得以持续。'],
  ['ru', 'Эта уязвимость относится к классу ошибок use-after-free.'],
  ['ru', 'Мы относим эти файлы к разряду подозрительных.'],
] as const) {
  test(`${lang}: no attribution by a withheld judgement or a category (negative): ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, VENDOR);
    assert.ok(!cs.some((c) => c.claimant === 'Sekoia' && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}
