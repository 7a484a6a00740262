/**
 * A personal pronoun ("по его словам", "theo ông", "according to him", "selon lui") means the person who opens the
 * sentence before it as its subject, not whoever spoke earlier: when the text ties that person to no state or body,
 * the pronoun's claim has no claimant rather than the earlier speaker's. Negatives: with no person opening the
 * sentence before, the pronoun still goes on with the speaker before; a person with a body makes the claim for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const LEADS: Record<string, string> = {
  ru: 'Глава МИД Молдавии Михай Попшой заявил, что атаки продолжаются.',
  vi: 'Ngoại trưởng Moldova Mihai Popșoi cho biết các cuộc tấn công vẫn tiếp diễn.',
  en: 'Moldovan Foreign Minister Mihai Popșoi said the attacks were continuing.',
  fr: 'Le ministre moldave des Affaires étrangères Mihai Popșoi a déclaré que les attaques se poursuivaient.',
};
const CLAIMS: Record<string, string> = {
  ru: 'По его словам, за атакой стоит группировка Lazarus, связанная с КНДР.',
  vi: 'Theo ông, nhóm Lazarus có liên hệ với Triều Tiên đứng sau vụ xâm nhập.',
  en: 'According to him, the Lazarus group, linked to North Korea, was behind the intrusion.',
  fr: "Selon lui, le groupe Lazarus, lié à la Corée du Nord, est derrière l'intrusion.",
};
const NEWCOMER: Record<string, string> = {
  ru: 'Аналитик Кирилл Смирнов изучил образцы.',
  vi: 'Chuyên gia Arturo Reyes đã phân tích các mẫu mã độc.',
  en: 'The analyst Arturo Reyes examined the samples.',
  fr: "L'analyste Arturo Reyes a examiné les échantillons.",
};
const NO_PERSON: Record<string, string> = {
  ru: 'Атаки продолжились и в марте.',
  vi: 'Các cuộc tấn công tiếp tục trong tháng Ba.',
  en: 'The attacks went on in March.',
  fr: 'Les attaques se sont poursuivies en mars.',
};

for (const lang of ['ru', 'vi', 'en', 'fr']) {
  test(`${lang}: a pronoun after a newly named subject is not the earlier speaker`, () => {
    const cs = claimsOf(`${LEADS[lang]} ${NEWCOMER[lang]} ${CLAIMS[lang]}`, lang);
    assert.ok(!attributes(cs, 'MD', 'KP'), show(cs));
  });
  test(`${lang}: with no person opening the sentence before, the pronoun goes on with the speaker (negative)`, () => {
    const cs = claimsOf(`${LEADS[lang]} ${NO_PERSON[lang]} ${CLAIMS[lang]}`, lang);
    assert.ok(attributes(cs, 'MD', 'KP'), show(cs));
  });
}

test('ru: a newly named subject with a body makes the claim for it (negative)', () => {
  const cs = claimsOf(`${LEADS.ru} Аналитик Group-IB Кирилл Смирнов изучил образцы. ${CLAIMS.ru}`, 'ru');
  assert.ok(attributes(cs, 'Group-IB', 'KP'), show(cs));
});
