/**
 * Vietnamese names a foreign person after a role word ("Bộ trưởng Quốc phòng Anh Grant Shapps"); a known
 * research source's written form after a role of its staff ("các nhà nghiên cứu của Check Point", "chuyên gia
 * của Cisco Talos") is the body the role serves, no person: the vendor stays the claimant of what it says,
 * not a state named later in the sentence. Negative: a foreign person after a role and a state is still one.
 * Sentences written for these tests, with invented group names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [vendor, body] of [
  ['Check Point', 'Check Point nhận định Quillbird là nhóm gián điệp gắn với Trung Quốc. Mã độc được các nhà nghiên cứu của Check Point lần ra sau khi xem xét một tệp đính kèm gửi đến một bộ ở Australia.'],
  ['Cisco Talos', 'Cisco Talos khẳng định Quillbird là nhóm tin tặc làm việc cho Trung Quốc. Chuyên gia của Cisco Talos tìm thấy tệp độc hại trên máy chủ của một bộ tại Indonesia.'],
] as const) {
  test(`vi: a source's name after its staff's role is no person: ${vendor}`, () => {
    const cs = claimsOf(body, 'vi', { title: 'Tin tặc do thám các bộ ngoại giao' });
    assert.ok(attributes(cs, vendor, 'CN'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'AU' || c.claimant === 'ID'), show(cs));
    const x = extract(`Tin tặc do thám các bộ ngoại giao\n${body}\n`, { lang: 'vi' });
    assert.ok(!x.people.some((p) => p.name === vendor), JSON.stringify(x.people));
  });
}

test('vi: a foreign person after a role and a state is still a person (negative)', () => {
  const x = extract('Tin tặc tấn công\nBộ trưởng Quốc phòng Anh Dorian Fellowes cho biết APT28 đã tấn công mạng lưới của bộ.\n', { lang: 'vi' });
  assert.ok(x.people.some((p) => p.name === 'Dorian Fellowes' && p.speaks_for === 'GB'), JSON.stringify(x.people));
});
