/**
 * A lower-case word for an institution's kind before its name ("l'hôpital Velmora", "das Klinikum Velmora", "el
 * hospital Velmora", "Bệnh viện Velmora") introduces the name: the institution that confirms an attack on itself is
 * the claimant. Without a name after it the kind word names no one. Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, name] of [
  ['fr', "L'hôpital Brévande a confirmé mardi une cyberattaque contre ses serveurs de facturation.", 'Brévande'],
  ['fr', 'La clinique Brévande a confirmé une intrusion dans ses serveurs de facturation.', 'Brévande'],
  ['de', 'Das Klinikum Brévande bestätigte am Dienstag einen Cyberangriff auf seine Abrechnungsserver.', 'Brévande'],
  ['de', 'Das Krankenhaus Brévande bestätigte einen Hackerangriff auf seine Abrechnungsserver.', 'Brévande'],
  ['es', 'El hospital Brévande confirmó el martes un ciberataque contra sus servidores de facturación.', 'Brévande'],
  ['vi', 'Bệnh viện Tarvane xác nhận hệ thống máy chủ thanh toán của mình bị tấn công mạng.', 'Tarvane'],
] as const) {
  test(`${lang}: an institution's kind word introduces its name: ${body.slice(0, 45)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === name && c.stance === 'confirms'), show(cs));
  });
}

test('fr, es, de: the kind word with no name after it names no organisation', () => {
  for (const [lang, body] of [
    ['fr', "L'hôpital a confirmé mardi une cyberattaque contre ses serveurs de facturation."],
    ['es', 'El hospital confirmó el martes un ciberataque contra sus servidores de facturación.'],
    ['de', 'Das Klinikum bestätigte am Dienstag einen Cyberangriff auf seine Abrechnungsserver.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => /hôpital|hospital|Klinikum/iu.test(c.claimant)), `${lang}: ${show(cs)}`);
  }
});
