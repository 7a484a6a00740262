/**
 * A victim telling, with no verb of confirming, that its own systems were hit, when a short modifier
 * stands between the possessive and the system noun: "其内部办公网络", "其內部郵件系統" (its internal
 * network, its mail system). The speaker confirms, claimant and target itself. Guards in the other
 * languages keep the same construction ("its internal mail servers", "ses serveurs de messagerie
 * internes", ...). Negatives: a negated finding, a partner's network named as the victim. Names invented
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirmsSelf = (cs: ReturnType<typeof claimsOf>, who: RegExp) =>
  cs.some((c) => c.stance === 'confirms' && who.test(String(c.claimant)) && c.claimant === c.target);

for (const [lang, body] of [
  ['zh', '澜星科技公司表示，在其内部办公网络中发现了黑客入侵的痕迹。'],
  ['zh', '瀾星科技公司表示，其內部郵件系統遭駭客入侵。'],
  ['zh', '澜星科技公司称，其海外办公系统近日发现了黑客攻击。'],
  ['en', 'Lanxing Technology said it had found traces of a hacker intrusion in its internal office network.'],
  ['fr', 'La société Lanxing a indiqué avoir découvert une intrusion dans ses serveurs de messagerie internes.'],
  ['de', 'Das Unternehmen Lanxing teilte mit, es habe einen Hackerangriff auf seine internen Mailserver entdeckt.'],
  ['es', 'La empresa Lanxing informó de una intrusión de hackers en sus servidores internos de correo.'],
  ['ru', 'Компания «Ланксинг» сообщила, что зафиксировала хакерскую атаку на свои внутренние почтовые серверы.'],
  ['vi', 'Công ty Lanxing cho biết hệ thống thư điện tử nội bộ của mình bị tin tặc xâm nhập.'],
] as const) {
  test(`${lang}: a victim tells of a hit on its own systems: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on Lanxing' });
    assert.ok(confirmsSelf(cs, /^(?:澜星科技|瀾星科技|Lanxing(?: Technology)?|Lanksing)$/), show(cs));
  });
}

for (const [lang, body] of [
  ['zh', '澜星科技公司表示，其内部网络未发现黑客入侵。'],
  ['zh', '澜星科技公司表示，其合作伙伴日本电信的网络发现了黑客攻击。'],
] as const) {
  test(`${lang}: no own hit told (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on Lanxing' });
    assert.ok(!confirmsSelf(cs, /^(?:澜星科技|瀾星科技)$/), show(cs));
  });
}
