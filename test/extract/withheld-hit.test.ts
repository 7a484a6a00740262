/**
 * A hit told of what the subject leaves unnamed ("did not name the agencies that were breached", "n'a pas
 * nommé les agences qui ont été piratées", "không công bố tên các cơ quan bị tấn công"): no confirmation of
 * the subject's own hit. Negative cases: the subject confirming its own hit, also after withholding the
 * attackers' name in a clause of its own ("did not name the attackers but confirmed ..."). Sentences written
 * for this test, the bodies invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const WITHHELD: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: "Estonia's defence ministry did not name the agencies that were breached." },
  { lang: 'en', s: "Estonia's defence ministry would not name the two agencies which had been breached." },
  { lang: 'fr', s: "Le ministère estonien de la Défense n'a pas nommé les agences qui ont été piratées." },
  { lang: 'vi', s: 'Bộ Quốc phòng Estonia không công bố tên các cơ quan bị tấn công.' },
  { lang: 'ru', s: 'Министерство обороны Эстонии не назвало ведомства, которые были взломаны.' },
  { lang: 'de', s: 'Das estnische Verteidigungsministerium nannte die Behörden nicht, die gehackt wurden.' },
  { lang: 'zh', s: '爱沙尼亚国防部未透露遭到黑客攻击的机构名称。' },
];

const OWN: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: "Estonia's defence ministry confirmed that its networks were breached." },
  { lang: 'en', s: "Estonia's defence ministry did not name the attackers but confirmed that its networks were breached." },
  { lang: 'fr', s: 'Le ministère estonien de la Défense a confirmé que ses serveurs ont été piratés.' },
  { lang: 'vi', s: 'Bộ Quốc phòng Estonia không công bố danh tính tin tặc nhưng xác nhận hệ thống của bộ bị xâm nhập.' },
  { lang: 'ru', s: 'Министерство обороны Эстонии подтвердило, что его серверы были взломаны.' },
  { lang: 'de', s: 'Das estnische Verteidigungsministerium bestätigte, dass seine Server gehackt wurden.' },
  { lang: 'zh', s: '爱沙尼亚国防部证实其服务器遭到黑客攻击。' },
];

for (const c of WITHHELD) {
  test(`${c.lang}: a hit told of victims the subject leaves unnamed confirms nothing: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'confirms'), show(cs));
  });
}

for (const c of OWN) {
  test(`${c.lang}: the subject confirming its own hit still confirms (negative): ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'EE' && x.stance === 'confirms'), show(cs));
  });
}
