/**
 * An outlet's correspondent after a source marker relays, it is no source: "Theo phóng viên TTXVN tại Manila,
 * tin tặc đã ... kêu gọi ...", "According to a Reuters correspondent in Manila, hackers ... urging ...", "Selon le
 * correspondant de l'AFP à Manille, ...": neither the outlet nor the correspondent's place makes the claim, and an
 * official speaking in the sentence does. Negative cases: the outlet itself as the source ("Theo TTXVN, ...",
 * "По данным ТАСС, ...") still claims. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const RELAYED: Array<{ lang: string; s: string }> = [
  { lang: 'vi', s: 'Theo phóng viên TTXVN tại Manila, tin tặc đã gửi hàng nghìn tin nhắn tới cư dân, kêu gọi họ sơ tán.' },
  { lang: 'en', s: 'According to a Reuters correspondent in Manila, hackers sent thousands of messages urging residents to flee.' },
  { lang: 'fr', s: "Selon le correspondant de l'AFP à Manille, les pirates ont envoyé des milliers de messages appelant les habitants à fuir." },
  { lang: 'es', s: 'Según el corresponsal de EFE en Manila, los piratas enviaron miles de mensajes que instaban a los vecinos a huir.' },
  { lang: 'ru', s: 'По словам корреспондента ТАСС в Маниле, хакеры разослали тысячи сообщений с призывом к жителям бежать.' },
];

const OFFICIAL: Array<{ lang: string; s: string }> = [
  { lang: 'vi', s: 'Theo phóng viên TTXVN tại Manila, Thứ trưởng Bộ Thông tin Philippines cho biết các vụ tấn công do tin tặc Trung Quốc thực hiện.' },
  { lang: 'en', s: 'According to a Reuters correspondent in Manila, the Philippine deputy minister said Chinese hackers were behind the attack.' },
];

const OUTLET: Array<{ lang: string; s: string; claimant: string }> = [
  { lang: 'vi', s: 'Theo TTXVN, tin tặc Trung Quốc đã tấn công nhiều bộ ngành Philippines.', claimant: 'TTXVN' },
  { lang: 'ru', s: 'По данным ТАСС, за атакой стоят китайские хакеры.', claimant: 'TASS' },
];

for (const c of RELAYED) {
  test(`${c.lang}: a correspondent's outlet relays, it makes no claim: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.equal(cs.length, 0, show(cs));
  });
}

for (const c of OFFICIAL) {
  test(`${c.lang}: the official the correspondent relays speaks: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, 'PH', 'CN'), show(cs));
    assert.ok(!cs.some((x) => x.claimant === 'TTXVN' || x.claimant === 'Reuters'), show(cs));
  });
}

for (const c of OUTLET) {
  test(`${c.lang}: an outlet as the source still claims (negative): ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, c.claimant, 'CN'), show(cs));
  });
}
