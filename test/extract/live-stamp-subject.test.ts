/**
 * A live blog's time stamp opening an entry ("* 19h40:", "19.40 Uhr:", "10:40 GMT:") is no part of the sentence:
 * the name after it opens the sentence, and as a bare speaking subject ("Velmora xác nhận bị tấn công",
 * "Velmora bestätigte einen Cyberangriff") it is an organisation, as it is without the stamp. Negative: a
 * common noun after a stamp ("Experten", "Người dùng") names no body. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirmsOwn = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.claimant === 'Velmora' && c.stance === 'confirms' && c.target === 'Velmora');

for (const [lang, body] of [
  ['vi', 'Tin tặc tấn công sàn giao dịch Velmora.\n* 19h40: Velmora xác nhận bị tấn công.'],
  ['vi', 'Tin tặc tấn công sàn giao dịch Velmora.\n19:40 - Velmora xác nhận bị tấn công.'],
  ['de', 'Hacker griffen das Werk von Velmora an.\n19.40 Uhr: Velmora bestätigte einen Cyberangriff auf seine Systeme.'],
  ['en', 'Hackers hit the Velmora exchange.\n10:40 GMT: Velmora confirmed it had been hit by a cyberattack.'],
] as const) {
  test(`${lang}: a company after a live blog's stamp confirms its own hit: ${body.slice(-40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Live: cyberattack on an exchange' });
    assert.ok(confirmsOwn(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Hacker griffen das Werk von Velmora an.\n19.40 Uhr: Experten bestätigten einen Cyberangriff auf das Werk.'],
  ['vi', 'Tin tặc tấn công sàn giao dịch Velmora.\n* 19h40: Người dùng xác nhận bị tấn công.'],
] as const) {
  test(`${lang}: after a stamp, a common noun names no body (negative): ${body.slice(-40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Live: cyberattack on an exchange' });
    assert.ok(!cs.some((c) => c.claimant === 'Experten' || c.claimant === 'Người dùng' || c.claimant === 'Velmora'), show(cs));
  });
}
