/**
 * A threat group offering the key that undoes its extortion ("offered to hand over the decryption keys",
 * "a promis de fournir les clés de déchiffrement", "entregaría la clave de descifrado", "den
 * Entschlüsselungsschlüssel herauszugeben", "передать ключ для расшифровки", "cung cấp khóa giải mã", "提供解密密钥")
 * owns the act: only its perpetrator can. Negatives: a police agency or a vendor releasing a decryptor for a
 * group's victims claims nothing, nor does the group named after the offer or behind another party.
 * Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Ransomware at the hospital' };
const owns = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.claimant === 'Quillrot' && c.stance === 'attributes' && c.target === 'Quillrot');

for (const [lang, body] of [
  ['en', 'The ransomware gang Quillrot then offered to hand over the decryption keys at no cost to the clinic.'],
  ['fr', 'Le groupe de pirates Quillrot a promis de fournir gratuitement les clés de déchiffrement à la clinique.'],
  ['es', 'El grupo de hackers Quillrot anunció que entregaría gratis la clave de descifrado a la clínica.'],
  ['de', 'Die Hackergruppe Quillrot will den Entschlüsselungsschlüssel kostenlos herausgeben.'],
  ['ru', 'Хакерская группировка Quillrot пообещала бесплатно передать клинике ключ для расшифровки данных.'],
  ['vi', 'Nhóm ransomware Quillrot hứa sẽ trao khóa giải mã cho phòng khám trong tuần này.'],
  ['zh', '黑客组织Quillrot表示将免费向医院提供解密密钥。'],
] as const) {
  test(`${lang}: a group offering the decryption key owns the act: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(owns(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Europol released a free decryption key for victims of the Quillrot ransomware gang.'],
  ['en', 'After the Quillrot ransomware gang hit the clinic, Europol released a decryption key.'],
  ['fr', 'Après l\'attaque du groupe de pirates Quillrot, Europol a publié gratuitement une clé de déchiffrement.'],
  ['vi', 'Sau vụ tấn công của nhóm ransomware Quillrot, Europol đã phát hành miễn phí khóa giải mã.'],
] as const) {
  test(`${lang}: someone else releasing a key claims nothing for the group (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!owns(cs), show(cs));
  });
}
