/**
 * "The embassy of China said", "the spokeswoman of the German government said", "la embajada de China
 * afirmó": the possessor of a body or role word right before the speech verb is the body speaking; the
 * possessor of a thing ("with the support of X said") is not, nor the state of a named company.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SPEAKS: Array<{ lang: string; body: string; claimant: string; target: string }> = [
  { lang: 'en', body: 'The embassy of China said the United States had hacked the networks of its universities.', claimant: 'CN', target: 'US' },
  { lang: 'en', body: 'The Foreign Ministry of Iran said Israel was behind the attack on the fuel distribution system.', claimant: 'IR', target: 'IL' },
  { lang: 'en', body: 'The spokeswoman of the German government said Russia was behind the intrusion at the party headquarters.', claimant: 'DE', target: 'RU' },
  { lang: 'vi', body: 'Đại sứ quán của Trung Quốc cho rằng Mỹ đã tấn công mạng lưới của các trường đại học.', claimant: 'CN', target: 'US' },
  { lang: 'vi', body: 'Người phát ngôn của Điện Kremlin nói rằng Ukraine đứng sau vụ tấn công vào đường sắt.', claimant: 'RU', target: 'UA' },
  { lang: 'es', body: 'La embajada de China afirmó que Estados Unidos había pirateado las redes de sus universidades.', claimant: 'CN', target: 'US' },
];

for (const { lang, body, claimant, target } of SPEAKS) {
  test(`${lang}: the possessor of a body word before the verb speaks (${claimant} attributes to ${target})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), `${body}\n${show(cs)}`);
  });
}

test('en: the possessor of a thing does not speak', () => {
  const cs = claimsOf('A report written with the support of Microsoft said China was behind the intrusion.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'Microsoft'), show(cs));
});

test('vi: a named company of a state speaks, not the state', () => {
  const cs = claimsOf('Công ty an ninh mạng Kestrel của Mỹ cho rằng nhóm tin tặc có liên hệ với Chính phủ Iran.', 'vi');
  assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
});
