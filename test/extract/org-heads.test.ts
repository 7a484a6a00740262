/**
 * Organisations named by a common noun or a legal form around their proper part: a sector word after a
 * proper modifier ("Velmora Energy"), a campaign ("the Velmora campaign", "la campaña de Velmora"), a legal
 * form or a word for a company ("die Velmora AG", "Công ty Điện lực Velmora", "ПАО «Велмора»", "la société
 * Velmora"). Such a body confirming a hit is the claimant, named in English. Invented names, sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CONFIRMS: Array<[string, string, string]> = [
  // A sector word heading a name after a proper modifier.
  ['en', 'Velmora Energy confirmed that its network had been hacked.', 'Velmora Energy'],
  ['en', 'The Ostrava Water Authority confirmed that its network had been hacked.', 'Ostrava Water Authority'],
  ['fr', 'Velmora Énergie a confirmé une cyberattaque contre ses serveurs.', 'Velmora Énergie'],
  ['es', 'Velmora Energía confirmó un ciberataque contra sus servidores.', 'Velmora Energía'],
  // A campaign, named after the last word of its proper part.
  ['en', 'Rosa Velmora leads the polls. The Velmora campaign said some of its internal emails had been hacked.', 'Velmora campaign'],
  ['es', 'La campaña de Ana Velmora confirmó que sus sistemas fueron atacados.', 'Velmora campaign'],
  ['fr', "L'équipe de campagne de Marc Velmora a confirmé une cyberattaque contre ses serveurs.", 'Velmora campaign'],
  // A legal form or a word for a company: the proper part alone.
  ['de', 'Die Velmora AG bestätigte einen Cyberangriff auf ihre Server.', 'Velmora'],
  ['vi', 'Công ty Điện lực Velmora xác nhận bị tấn công mạng.', 'Velmora'],
  ['ru', 'ПАО «Велмора» подтвердило кибератаку на свои серверы.', 'Velmora'],
  ['fr', 'Selon un communiqué, la société Velmora a confirmé une cyberattaque contre ses serveurs.', 'Velmora'],
];
for (const [lang, body, name] of CONFIRMS) {
  test(`${lang}: a body named by a head confirms under its name (${name})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === name && c.stance === 'confirms' && c.target === name), show(cs));
  });
}

test('es: a person named inside a campaign\'s name does not confirm for it', () => {
  const cs = claimsOf('La campaña de Ana Velmora confirmó que sus sistemas fueron atacados.', 'es');
  assert.ok(!cs.some((c) => c.claimant === 'Ana Velmora'), show(cs));
});

test('vi: the capitalised descriptors of a company are not its name', () => {
  const cs = claimsOf('Công ty Tập đoàn Công nghệ Velmora xác nhận bị tấn công mạng.', 'vi');
  assert.ok(cs.some((c) => c.claimant === 'Velmora' && c.stance === 'confirms'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Tập'), show(cs));
});

test('en, vi: a company named in an accusation is no accused state; the state behind it is', () => {
  for (const [lang, body] of [
    ['en', 'Britain sanctioned the company Velmora Technology, which it called a front for China’s security ministry.'],
    ['vi', 'Anh trừng phạt công ty Velmora Digital, mà London cho là bình phong của cơ quan tình báo Trung Quốc.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'GB' && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'CN'), `${lang}: ${show(cs)}`);
  }
});

test('en: a campaign is named after a candidate named in full, not after an adjective', () => {
  const cs = claimsOf('The Velmorian campaign said some of its internal emails had been hacked.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'Velmorian campaign'), show(cs));
});

test('en, ru: a heading in capitals or a sector word in capitals is no organisation', () => {
  const en = claimsOf('MINISTER FOR DEFENCE\nThe ministry said attacks on its websites continued.', 'en');
  assert.ok(!en.some((c) => /MINISTER/u.test(c.claimant)), show(en));
  const ru = claimsOf('СМИ сообщили о кибератаке на польские банки.', 'ru');
  assert.ok(!ru.some((c) => c.claimant === 'СМИ'), show(ru));
});

test('vi, en: an actor tied to a state through its government ("có liên hệ với Chính phủ X", "linked to the government of X") is that state\'s', () => {
  for (const [lang, body, claimant] of [
    ['vi', 'Hãng bảo mật Velmora của Mỹ cho rằng nhóm APT33 có liên hệ với Chính phủ Iran từng xâm nhập mạng lưới của Bộ Y tế Israel.', 'Velmora'],
    ['en', 'Velmora Labs said the APT33 group, linked to the government of Iran, broke into the Israeli health ministry.', 'Velmora Labs'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'attributes' && c.target === 'IR'), `${lang}: ${show(cs)}`);
  }
});
