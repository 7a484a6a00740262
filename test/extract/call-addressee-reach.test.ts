/**
 * "We" calling on someone is the other side only when the party right after the call's verb (its
 * addressee) is the one "we" would stand for. A party further on is inside what is called for ("we urge
 * the countries concerned to stop smearing China"): after the speaker accused the US, "we" is still the
 * speaker, not the US. Negative: with the addressee right after the verb, the existing reading holds
 * (claim-stances.test.ts). Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, title, body, caller, smeared] of [
  ['zh', '外交部发言人李文主持例行记者会', '问：你对此有何评论？\n\n答：美方多年来一直对外国政府实施网络窃密。我们敦促有关国家停止抹黑中国。', 'CN', 'US'],
  ['zh', '外交部发言人李文主持例行记者会', '问：你对此有何评论？\n\n答：美国情报机构长期入侵别国网络。我们敦促相关国家不要再抹黑中国。', 'CN', 'US'],
  ['ru', 'Брифинг официального представителя МИД России', 'Вопрос: Как вы это прокомментируете?\n\nОтвет: Американские спецслужбы давно взламывают сети других государств. Мы призываем соответствующие страны прекратить клеветать на Россию.', 'RU', 'US'],
] as const) {
  test(`${lang}: a party inside what is called for is no addressee of "we": ${body.slice(-30)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === caller && c.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === smeared && c.stance === 'calls-for'), show(cs));
  });
}

test('en: "we" with the addressee right after the verb still answers the accuser (negative)', () => {
  const cs = claimsOf('Canada accused China of hacking its research council. We urge the Canadian side to stop these accusations.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'CN' && c.stance === 'calls-for' && c.target === 'CA'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'CA' && c.stance === 'calls-for'), show(cs));
});
