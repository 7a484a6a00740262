/**
 * Linking an act to its author with an active verb ("tied the theft of the cryptocurrency to Lazarus",
 * "a lié le vol ... au groupe", "đã liên kết vụ đánh cắp ... với nhóm", "vinculó el robo ... con el grupo",
 * "brachte den Diebstahl ... mit der Gruppe in Verbindung", "связала кражу ... с группировкой") attributes
 * it, whatever the length of the act's noun phrase; linking two things that are no actor attributes
 * nothing. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const LINKED: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: "Japan's police agency tied the theft of the cryptocurrency to Lazarus." },
  { lang: 'en', body: "Japan's police agency linked the theft of the exchange's cold wallet to Lazarus." },
  { lang: 'fr', body: 'La police japonaise a lié le vol de la cryptomonnaie au groupe Lazarus.' },
  { lang: 'vi', body: 'Cảnh sát Nhật Bản đã liên kết vụ đánh cắp tiền điện tử với nhóm Lazarus.' },
  { lang: 'es', body: 'La policía japonesa vinculó el robo de la criptomoneda con el grupo Lazarus.' },
  { lang: 'de', body: 'Die japanische Polizei brachte den Diebstahl der Kryptowährung mit der Gruppe Lazarus in Verbindung.' },
  { lang: 'ru', body: 'Японская полиция связала кражу криптовалюты с группировкой Lazarus.' },
];

for (const { lang, body } of LINKED) {
  test(`${lang}: linking the act to a group attributes it`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'JP', 'Lazarus Group') && cs.some((c) => c.about.includes('Lazarus Group')), `${body}\n${show(cs)}`);
  });
}

const NOTHING: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'The Japanese operator linked the payment systems of its branches to the central bank.' },
  { lang: 'fr', body: "L'opérateur japonais a lié les serveurs de ses filiales au réseau de la banque centrale." },
  { lang: 'vi', body: 'Nhà mạng Nhật Bản đã liên kết hệ thống thanh toán của các chi nhánh với ngân hàng trung ương.' },
];

for (const { lang, body } of NOTHING) {
  test(`${lang}: linking things that are no actor attributes nothing`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(cs.filter((c) => c.stance === 'attributes' || c.stance === 'accuses'), [], `${body}\n${show(cs)}`);
  });
}
