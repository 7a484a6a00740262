/**
 * A vow to keep countering a threat ("the department would continue to confront Iranian hackers", "continuera à
 * combattre les pirates iraniens", "seguirá combatiendo a los hackers iraníes", "продолжит противодействовать иранским
 * хакерам", "sẽ tiếp tục đối phó với các tin tặc Iran", "将继续打击伊朗黑客") and a refusal to let a threat go unanswered
 * ("werde nicht zulassen, dass ...") warn the party whose hostile acts are countered. What is countered must be hostile:
 * a vow to keep fighting fraud warns of no one. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (body: string, lang: string, claimant: string, target: string) => {
  const cs = claimsOf(body, lang);
  assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target), `${lang}: ${show(cs)}`);
};
const noWarning = (body: string, lang: string) => {
  const cs = claimsOf(body, lang);
  assert.ok(!cs.some((c) => c.stance === 'warns'), `${lang}: ${show(cs)}`);
};

test('en: "would continue to confront Iranian hackers" warns Iran; "would continue to fight fraud" warns no one', () => {
  warns('Deputy Attorney General Lisa Fielding said the Justice Department would continue to confront Iranian hackers who target American hospitals.', 'en', 'US', 'IR');
  noWarning('Deputy Attorney General Lisa Fielding said the Justice Department would continue to fight fraud.', 'en');
});

test('fr: "continuerait à combattre les pirates iraniens" warns Iran; fighting fraud warns no one', () => {
  warns('La vice-ministre américaine de la Justice Lisa Fielding a affirmé que le ministère continuerait à combattre les pirates iraniens qui visent les hôpitaux américains.', 'fr', 'US', 'IR');
  noWarning('La vice-ministre américaine de la Justice Lisa Fielding a affirmé que le ministère continuerait à combattre la fraude.', 'fr');
});

test('es: "seguirá combatiendo a los hackers iraníes" warns Iran; fighting fraud warns no one', () => {
  warns('La vicefiscal general de Estados Unidos, Lisa Fielding, afirmó que el Departamento de Justicia seguirá combatiendo a los hackers iraníes que atacan hospitales estadounidenses.', 'es', 'US', 'IR');
  noWarning('La vicefiscal general de Estados Unidos, Lisa Fielding, afirmó que el Departamento de Justicia seguirá combatiendo el fraude.', 'es');
});

test('ru: "продолжит противодействовать иранским хакерам" warns Iran; fighting fraud warns no one', () => {
  warns('Заместитель генпрокурора США Лиза Филдинг заявила, что министерство юстиции продолжит противодействовать иранским хакерам, атакующим американские больницы.', 'ru', 'US', 'IR');
  noWarning('Заместитель генпрокурора США Лиза Филдинг заявила, что министерство юстиции продолжит бороться с мошенничеством.', 'ru');
});

test('vi, zh: a vow to keep countering hackers warns their state; countering fraud warns no one', () => {
  warns('Bộ trưởng Nội vụ Canada Paul Hebert tuyên bố Ottawa sẽ tiếp tục đối phó với các tin tặc Nga tấn công đường ống dẫn dầu.', 'vi', 'CA', 'RU');
  noWarning('Bộ trưởng Nội vụ Canada Paul Hebert tuyên bố Ottawa sẽ tiếp tục đấu tranh với nạn lừa đảo.', 'vi');
  warns('美国副司法部长菲尔丁表示，司法部将继续打击攻击美国医院的伊朗黑客。', 'zh', 'US', 'IR');
  noWarning('美国副司法部长菲尔丁表示，司法部将继续打击诈骗活动。', 'zh');
});

test('de: "werde nicht zulassen, dass ..." and "werde weiter gegen iranische Hacker vorgehen" warn Iran', () => {
  warns('Die stellvertretende US-Justizministerin Lisa Fielding sagte, das Ministerium werde nicht zulassen, dass iranische Hacker amerikanische Krankenhäuser ungestraft angreifen.', 'de', 'US', 'IR');
  warns('Die stellvertretende US-Justizministerin Lisa Fielding sagte, das Ministerium werde weiterhin gegen iranische Hacker vorgehen, die amerikanische Krankenhäuser angreifen.', 'de', 'US', 'IR');
  noWarning('Die stellvertretende US-Justizministerin Lisa Fielding sagte, das Ministerium werde weiterhin gegen Betrug vorgehen.', 'de');
});
