/**
 * A threat group admitting its own act: an admission verb whose complement is the act, in the perfect or
 * the infinitive ("admitted to breaching", "a reconnu avoir piraté", "admitió haber hackeado", "признала,
 * что взломала", "thừa nhận đã xâm nhập", "cũng nhận đã đánh sập", "承认入侵了"). The group owns the act as
 * it would by claiming it: claimant and target the group. In Vietnamese, "nói trên" after a noun
 * ("hệ thống nói trên", the aforementioned system) is no speech verb, so it does not take the place of the
 * group's own "tuyên bố" in front of the act it claims.
 * Negatives: a victim admitting it was hit (the passive, or "bị"), a state admitting that a group did it,
 * a group that denies or does not admit the act, and "nói trên truyền hình" (said on television), which
 * stays speech. Names and sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

type Claims = ReturnType<typeof claimsOf>;
const owns = (cs: Claims) => cs.some((c) => c.claimant === 'Quillmoth' && c.stance === 'attributes' && c.target === 'Quillmoth');
const title = { title: 'Hackers hit a port authority' };

for (const [lang, body] of [
  ['en', 'The hacking group Quillmoth admitted to breaching the port authority\'s billing servers.'],
  ['en', 'The hacking group Quillmoth admitted having knocked the port authority\'s website offline.'],
  ['fr', 'Le groupe de pirates Quillmoth a reconnu avoir piraté les serveurs de facturation du port.'],
  ['fr', 'Le groupe de pirates Quillmoth admet avoir chiffré les serveurs de facturation du port.'],
  ['es', 'El grupo de hackers Quillmoth admitió haber hackeado los servidores de facturación del puerto.'],
  ['es', 'El grupo de hackers Quillmoth reconoce haber cifrado los servidores de facturación del puerto.'],
  ['ru', 'Хакерская группировка Quillmoth признала, что взломала серверы портового управления.'],
  ['vi', 'Nhóm tin tặc Quillmoth thừa nhận đã xâm nhập máy chủ của cảng vụ.'],
  ['vi', 'Nhóm tin tặc Quillmoth, vốn hoạt động từ năm ngoái, cũng nhận đã làm tê liệt cổng thông tin của cảng vụ.'],
  ['vi', 'Nhóm tin tặc Quillmoth tuyên bố trên Telegram đã xâm nhập máy chủ nói trên và tung ra danh sách khách hàng.'],
  ['zh', '黑客组织Quillmoth承认入侵了港务局的服务器。'],
] as const) {
  test(`${lang}: a group admitting its own act owns it: ${body.slice(0, 48)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(owns(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The port authority admitted that it had been breached by the hacking group Quillmoth.'],
  ['en', 'The hacking group Quillmoth denied having breached the port authority\'s billing servers.'],
  ['fr', 'Le port a reconnu avoir été victime d\'une cyberattaque du groupe de pirates Quillmoth.'],
  ['fr', 'Le groupe de pirates Quillmoth n\'a jamais reconnu avoir piraté les serveurs du port.'],
  ['es', 'El puerto reconoció haber sido atacado por el grupo de hackers Quillmoth.'],
  ['ru', 'Портовое управление признало, что хакерская группировка Quillmoth взломала его серверы.'],
  ['vi', 'Cảng vụ thừa nhận đã bị nhóm tin tặc Quillmoth xâm nhập.'],
  ['vi', 'Nhóm tin tặc Quillmoth không nhận đã xâm nhập máy chủ của cảng vụ.'],
  ['zh', '港务局承认遭到黑客组织Quillmoth入侵。'],
] as const) {
  test(`${lang}: no admission of the group's own act (negative): ${body.slice(0, 48)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!owns(cs), show(cs));
  });
}

test('fr: a state admitting that a group did it is no claim of the group (negative)', () => {
  const cs = claimsOf('La France a reconnu que le groupe de pirates Quillmoth avait piraté les serveurs du port.', 'fr', title);
  assert.ok(!cs.some((c) => c.claimant === 'Quillmoth'), show(cs));
});

test('vi: "nói trên truyền hình" (said on television) stays speech', () => {
  const cs = claimsOf('Bộ trưởng Nam của Việt Nam nói trên truyền hình rằng Trung Quốc đứng sau vụ tấn công.', 'vi', title);
  assert.ok(cs.some((c) => c.claimant === 'VN' && c.target === 'CN'), show(cs));
});
