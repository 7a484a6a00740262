/**
 * A victim confirming its own hit in forms the profiles missed:
 *  - German reported speech in the subjunctive, where "Ziel eines Angriffs geworden" takes "sei/seien" before it
 *    or no auxiliary after it ("das Ministerium sei Ziel eines Cyberangriffs geworden, teilte X mit");
 *  - Vietnamese "của họ" (their) as the victim's own systems, like "their"/"leurs"/"ihre"/"их" in other
 *    profiles ("Velmora cho biết tin tặc đã xâm nhập hệ thống của họ");
 *  - Vietnamese firms told by their trade before the name ("hãng bảo mật Velmora", "nhà cung cấp dịch vụ
 *    thanh toán Velmora"), so that they can speak.
 * Negatives: a possible or future target confirms nothing; systems of another named body are no own hit; a
 * trade word followed by "của" and a state names no firm. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);
const T = { title: 'Cyberattack on a ministry' };

for (const [lang, body, who] of [
  ['de', 'Das Finanzministerium sei Ziel eines Cyberangriffs geworden, teilte die Regierung Estlands mit.', 'EE'],
  ['de', 'Die Regierung Estlands teilte mit, das Finanzministerium sei Ziel eines schweren Hackerangriffs geworden.', 'EE'],
  ['de', 'Microsoft erklärte, seine Server seien Ziel einer Cyberattacke geworden.', 'Microsoft'],
  ['vi', 'Công ty Velmora cho biết tin tặc đã xâm nhập hệ thống của họ.', 'Velmora'],
  ['vi', 'Công ty Velmora cho biết tin tặc đã đánh cắp dữ liệu khách hàng của họ.', 'Velmora'],
  ['vi', 'Nhà cung cấp dịch vụ thanh toán Velmora đã xác nhận hệ thống của mình đã bị tin tặc xâm nhập.', 'Velmora'],
  ['vi', 'Hãng bảo mật Velmora đã thừa nhận máy chủ của mình bị xâm nhập.', 'Velmora'],
] as const) {
  test(`${lang}: a victim confirms its own hit: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, T);
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, body, who] of [
  ['de', 'Die Regierung Estlands teilte mit, das Finanzministerium könnte Ziel eines Cyberangriffs geworden sein.', 'EE'],
  ['vi', 'Công ty Velmora cho biết tin tặc đã xâm nhập hệ thống của Bộ Tài chính Estonia.', 'Velmora'],
  ['vi', 'Công ty Velmora cho biết tin tặc đã xâm nhập hệ thống của họ hàng nhà sáng lập.', 'Velmora'],
] as const) {
  test(`${lang}: no own hit confirmed (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, T);
    assert.ok(!confirms(cs, who), show(cs));
  });
}

test('vi: a trade word before "của" and a state names no firm (negative)', () => {
  const cs = claimsOf('Hãng bảo mật của Mỹ đã xác nhận hệ thống của mình đã bị tin tặc xâm nhập.', 'vi', T);
  assert.ok(!cs.some((c) => /Mỹ|của/u.test(c.claimant)), show(cs));
});
