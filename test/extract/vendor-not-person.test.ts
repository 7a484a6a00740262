/**
 * A known vendor's or lab's name after a staff word ("các nhà nghiên cứu của Recorded Future": a name of two capitalised words) is the body the staff
 * work for, never a person: its later mentions speak for the vendor, not for a state the sentence names.
 * Negative: a person named after the same staff phrase stays a person. Wording invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const body = 'Các nhà nghiên cứu của Recorded Future phát hiện chiến dịch khi xem xét một email gửi tới một cơ quan tại Australia. Recorded Future cho rằng APT35 là một nhóm tin tặc có liên hệ với Iran.';

test('vi: a vendor after a staff word is no person, and speaks for itself', () => {
  const cs = claimsOf(body, 'vi', { title: 'Chiến dịch gián điệp' });
  assert.ok(attributes(cs, 'Recorded Future', 'IR'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'AU'), show(cs));
  const x = extract(`Chiến dịch gián điệp\n${body}\nSource: https://example.org/story`, { lang: 'vi' });
  assert.ok(!x.people.some((p) => p.name === 'Recorded Future'), JSON.stringify(x.people));
});

test('vi: a person after a staff phrase stays a person (negative)', () => {
  const x = extract('Chiến dịch gián điệp\nChuyên gia Trần Văn Khải của Recorded Future cho rằng APT35 có liên hệ với Iran.\nSource: https://example.org/story', { lang: 'vi' });
  assert.ok(x.people.some((p) => p.name.includes('Khải')), JSON.stringify(x.people));
});
