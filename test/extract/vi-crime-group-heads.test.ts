/**
 * Vietnamese names a ransomware or cybercrime gang with the same head as a hacking group: "nhóm tội phạm
 * mạng X", "nhóm ransomware X", "nhóm mã độc tống tiền X", like "the X ransomware gang", "le groupe de
 * rançongiciel X", "die Ransomware-Gruppe X", "el grupo de ransomware X", "黑客组织X". The name after such a
 * head is a threat group, so its own claim ("lên tiếng nhận trách nhiệm") and its threat ("đe dọa công bố")
 * are the group's. Negative: a state after the head is no group ("các nhóm tội phạm mạng Trung Quốc").
 * Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const groupsOf = (body: string, lang: string) => extract(`Tin tặc\n${body}\nSource: https://example.org/x`, { lang }).intrusion_sets.map((g) => g.name);

for (const [lang, body] of [
  ['vi', 'Nhóm tội phạm mạng Quillrot đã lợi dụng lỗ hổng trong phần mềm chia sẻ tệp. Vài ngày sau, nhóm Quillrot đăng bài nhận trách nhiệm trên blog.'],
  ['vi', 'Nhóm ransomware Quillrot đã lên tiếng nhận trách nhiệm về vụ tấn công bệnh viện.'],
  ['vi', 'Nhóm mã độc tống tiền Quillrot tuyên bố đã mã hóa máy chủ của công ty vận tải.'],
  ['en', 'The Quillrot ransomware gang claimed responsibility for the attack on the hospital.'],
  ['fr', 'Le groupe de rançongiciel baptisé Quillrot a revendiqué l\'attaque contre l\'hôpital.'],
] as const) {
  test(`${lang}: a crime gang's own claim: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Tấn công mã độc tống tiền' });
    assert.ok(cs.some((c) => c.claimant === 'Quillrot' && c.stance === 'attributes' && c.target === 'Quillrot'), show(cs));
  });
}

test('vi: a crime gang threatening to publish data warns', () => {
  const cs = claimsOf('Nhóm ransomware Quillrot đe dọa công bố dữ liệu đã đánh cắp.', 'vi', { title: 'Tấn công mã độc tống tiền' });
  assert.ok(cs.some((c) => c.claimant === 'Quillrot' && c.stance === 'warns'), show(cs));
});

test('vi: a state after the head is no group (negative)', () => {
  assert.deepEqual(groupsOf('Các nhóm tội phạm mạng Trung Quốc đã tấn công nhiều ngân hàng.', 'vi'), []);
  const cs = claimsOf('Các nhóm tội phạm mạng Trung Quốc đã tấn công nhiều ngân hàng.', 'vi');
  assert.ok(!cs.some((c) => c.stance === 'attributes' && c.target === c.claimant), show(cs));
});
