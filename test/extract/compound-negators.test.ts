/**
 * A negator's syllable inside a compound negates no confirmation after it: Vietnamese "hàng không"
 * (aviation), "không quân" (air force), "không gian" (space); Chinese "不断" (again and again), "不法"
 * (unlawful). The victim still confirms it was hit. Negatives: the same verbs after a real negator
 * ("không xác nhận", "没有遭到", "未证实") confirm nothing. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, body] of [
  ['vi', 'JP', 'Cục Hàng không Nhật Bản xác nhận máy chủ đặt vé của ba sân bay khu vực bị tin tặc xâm nhập.'],
  ['vi', 'JP', 'Lực lượng không quân Nhật Bản thừa nhận hệ thống thư điện tử bị tấn công.'],
  ['vi', 'JP', 'Cơ quan không gian Nhật Bản xác nhận mạng nội bộ của cơ quan bị xâm nhập.'],
  ['zh', 'Microsoft', '微软表示，其系统近日不断遭到网络攻击。'],
  ['zh', 'Microsoft', '微软表示，其服务器被不法分子入侵。'],
] as const) {
  test(`${lang}: a compound holding a negator's syllable negates nothing: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, who, body] of [
  ['vi', 'JP', 'Cục Hàng không Nhật Bản không xác nhận máy chủ đặt vé của ba sân bay khu vực bị tin tặc xâm nhập.'],
  ['vi', 'JP', 'Nhật Bản chưa thừa nhận hệ thống thư điện tử bị tấn công.'],
  ['zh', 'Microsoft', '微软表示，其系统没有遭到网络攻击。'],
  ['zh', 'Microsoft', '微软未证实其系统遭到攻击。'],
] as const) {
  test(`${lang}: a real negator still negates the confirmation (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(!confirms(cs, who), show(cs));
  });
}
