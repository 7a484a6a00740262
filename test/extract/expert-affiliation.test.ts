/**
 * A person named with an affiliation after the name speaks for its body when nothing before the name
 * says otherwise: an expert's role before the name ("researcher X of Y", "chuyên gia X của Y", "эксперт X
 * из Y", "Forscher X von Y") names no body of its own, so the affiliation says whom the expert speaks for;
 * and an organisation word may head the body's name ("X von der Firma Y", "X из компании Y", "X của hãng
 * Y"), whatever verb follows. An office before the name ("Attorney X of the District Court of Y") keeps to
 * its role phrase: the body after it is where the office sits, not a firm the holder speaks for; a place
 * after the preposition is no body. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SPEAKS: Array<{ lang: string; body: string; claimant: string; target: string }> = [
  { lang: 'vi', body: 'Chuyên gia Lê Thành Đạt của Kaspersky nhận định nhóm Lazarus do Triều Tiên hậu thuẫn đã thực hiện vụ tấn công.', claimant: 'Kaspersky', target: 'KP' },
  { lang: 'vi', body: 'Chuyên gia Phạm Quốc Huy của ESET đánh giá nhóm Turla của Nga đứng sau chiến dịch này.', claimant: 'ESET', target: 'RU' },
  { lang: 'en', body: 'Researcher Odile Fenwick of Sekoia said the Kimsuky campaign was run by North Korea.', claimant: 'Sekoia', target: 'KP' },
  { lang: 'ru', body: 'Аналитик Олег Тарасов из Group-IB изучил образцы и связал кампанию Gamaredon с Россией.', claimant: 'Group-IB', target: 'RU' },
  { lang: 'de', body: 'Jörg Wendel von der Firma ESET analysierte die Schadsoftware und schrieb sie der Gruppe Turla aus Russland zu.', claimant: 'ESET', target: 'RU' },
  { lang: 'en', body: 'Analyst Priya Raman of Group-IB said the Gamaredon intrusions were run by Russia.', claimant: 'Group-IB', target: 'RU' },
];

for (const { lang, body, claimant, target } of SPEAKS) {
  test(`${lang}: the expert speaks for the body after the name: ${body.slice(0, 48)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

const OFFICES: Array<{ lang: string; body: string; body_: string }> = [
  { lang: 'en', body: 'U.S. Attorney Nadia Reeve of the Western District of Texas said the defendants had worked for China.', body_: 'Western District of Texas' },
  { lang: 'vi', body: 'Bộ trưởng Lê Văn Tâm của Bộ Công an cho biết nhóm APT32 không liên quan đến Việt Nam.', body_: 'Bộ Công an' },
];

for (const { lang, body, body_ } of OFFICES) {
  test(`${lang}: an office's holder does not speak for the body after the name: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === body_), show(cs));
  });
}

test('de, ru: a place after the preposition is no body', () => {
  const de = claimsOf('Forscher Lars Quendt von der Stadt Dresden sagte, hinter APT41 stehe China.', 'de');
  assert.ok(!de.some((c) => c.claimant === 'Dresden'), show(de));
  const ru = claimsOf('Эксперт Олег Тарасов из Казани заявил, что за кампанией Gamaredon стоит Россия.', 'ru');
  assert.ok(!ru.some((c) => /Казан|Kazan/u.test(c.claimant)), show(ru));
});
