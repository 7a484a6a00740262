/**
 * A known source whose name holds a numeral ("Qihoo 360", "360公司") is a name, not a quantity: it speaks
 * like any other vendor, and a research unit written with it ("360数字安全集团") is the vendor. An unknown
 * capitalised word before a number ("Over 130 countries") is still no party. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const NAMED: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Qihoo 360 said the intrusion at the shipyard was carried out by US intelligence.' },
  { lang: 'vi', body: 'Qihoo 360 xác định vụ xâm nhập vào xưởng đóng tàu do tình báo Mỹ thực hiện.' },
  { lang: 'zh', body: '360公司认定，针对该造船厂的入侵由美国情报机构发起。' },
  { lang: 'ru', body: 'Qihoo 360 заявила, что взлом верфи провела американская разведка.' },
  { lang: 'de', body: 'Qihoo 360 erklärte, der Einbruch in die Werft sei vom US-Geheimdienst ausgeführt worden.' },
];

for (const { lang, body } of NAMED) {
  test(`${lang}: a vendor whose name holds a numeral speaks`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Qihoo 360', 'US'), `${body}\n${show(cs)}`);
  });
}

test('zh: the vendor named by its security group speaks', () => {
  const cs = claimsOf('360数字安全集团认定，针对该造船厂的入侵由美国情报机构发起。', 'zh');
  assert.ok(attributes(cs, 'Qihoo 360', 'US'), show(cs));
});

test('en: a capitalised word before a number is still no speaker', () => {
  const cs = claimsOf('Over 130 delegates said the intrusion at the shipyard was carried out by US intelligence.', 'en');
  assert.ok(!cs.some((c) => /\d/u.test(c.claimant)), show(cs));
});
