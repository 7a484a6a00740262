/**
 * Two victims confirming their hits in one sentence, the second clause opened by a contrastive conjunction after
 * a comma (Vietnamese "còn", "while", "而"): each confirms its own hit. Negative: "còn" opening a clause with no
 * confirmer of its own adds none. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

test('vi: "A xác nhận ..., còn B xác nhận ...": both confirm', () => {
  const cs = claimsOf('Cục Hàng không Nhật Bản xác nhận hệ thống bị xâm nhập, còn Velmora Airlines xác nhận trang web của hãng bị tấn công.', 'vi', { title: 'Tấn công mạng' });
  assert.ok(confirms(cs, 'JP') && confirms(cs, 'Velmora Airlines'), show(cs));
});

test('en: "A confirmed ..., while B confirmed ...": both confirm', () => {
  const cs = claimsOf("Japan's aviation bureau confirmed its systems had been breached, while Velmora Airlines confirmed its website had been attacked.", 'en', { title: 'Cyberattack' });
  assert.ok(confirms(cs, 'JP') && confirms(cs, 'Velmora Airlines'), show(cs));
});

test('vi: a clause after "còn" with no confirmer of its own adds none (negative)', () => {
  const cs = claimsOf('Cục Hàng không Nhật Bản xác nhận hệ thống bị xâm nhập, còn nhiều dịch vụ khác vẫn hoạt động bình thường.', 'vi', { title: 'Tấn công mạng' });
  assert.ok(confirms(cs, 'JP'), show(cs));
  assert.equal(cs.filter((c) => c.stance === 'confirms').length, 1, show(cs));
});
