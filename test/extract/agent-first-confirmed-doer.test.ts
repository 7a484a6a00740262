/**
 * A confirmation of a hit told in an agent-first passive ("bị tin tặc Triều Tiên xâm nhập", "遭到朝鲜黑客入侵",
 * "được ... "): the agent between the passive marker and the hostile verb did the act, so the confirmer also
 * attributes it, besides confirming its own hit. Negative: a passive with no agent attributes nothing.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['vi', 'Cơ quan Hành chính Tòa án Hàn Quốc đã thừa nhận hệ thống máy chủ của các tòa án bị tin tặc Triều Tiên xâm nhập.'],
  ['vi', 'Bộ Quốc phòng Hàn Quốc xác nhận hệ thống nội bộ bị tin tặc Triều Tiên tấn công.'],
  ['zh', '韩国法院行政处承认，法院网络遭到朝鲜黑客入侵。'],
] as const) {
  test(`${lang}: the agent of an agent-first passive hit is attributed by the confirmer: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on the courts' });
    assert.ok(cs.some((c) => c.claimant === 'KR' && c.stance === 'confirms'), show(cs));
    assert.ok(attributes(cs, 'KR', 'KP'), show(cs));
  });
}

test('vi: a passive hit with no agent attributes nothing (negative)', () => {
  const cs = claimsOf('Bộ Quốc phòng Hàn Quốc xác nhận hệ thống nội bộ của Bộ bị tấn công vào tuần trước.', 'vi', { title: 'Cyberattack' });
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
});
