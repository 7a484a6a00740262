/**
 * A falsity qualifier said of a report or of what was reported rebuts it: the speaker denies even when no
 * accusation verb is told and no state accused it (a company): "said the report was false", "cho rằng bài báo
 * mà X đăng là sai sự thật", "称该文章纯属猜测", "der Bericht sei haltlos", "el informe es
 * infundado". A qualifier naming the report a sham carries it: «псевдорасследования»,
 * "pseudo-investigations", "pseudo-enquêtes". Not a denial: "false positive", "false flag", a falsity said of
 * something no one reported against the speaker, the attributive "thông tin sai sự thật", the verb "猜测", a
 * report's owner calling it nothing, and a report that speaks ("the report said the hackers' claims were false"
 * is no denial by the accused). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DENIALS: Array<[lang: string, body: string, denier: string]> = [
  ['en', 'Citizen Lab published a report on the spyware. NSO Group said the report was false.', 'NSO Group'],
  ['en', 'Citizen Lab published a report on the spyware. Candiru said the report was baseless.', 'Candiru'],
  ['en', 'Russia said Western media were preparing pseudo-investigations into the attacks.', 'RU'],
  ['vi', 'Citizen Lab công bố báo cáo về phần mềm gián điệp. NSO Group cho rằng bài báo mà Citizen Lab đăng là sai sự thật.', 'NSO Group'],
  ['zh', '公民实验室发布报告称记者手机遭到入侵。NSO集团表示，该报告的结论基于猜测。', 'NSO Group'],
  ['zh', '公民实验室发布报告称记者手机遭到入侵。NSO集团称这些消息纯属猜测。', 'NSO Group'],
  ['ru', 'В Кремле заявили, что британские журналисты пишут «псевдорасследования» о взломах.', 'RU'],
  ['ru', 'Citizen Lab опубликовала доклад о шпионской программе. NSO Group заявила, что эти сведения необоснованны.', 'NSO Group'],
  ['fr', 'Moscou affirme que la presse occidentale prépare des pseudo-enquêtes sur les cyberattaques.', 'RU'],
  ['de', 'Citizen Lab veröffentlichte einen Bericht über die Spähsoftware. NSO Group erklärte, der Bericht sei haltlos.', 'NSO Group'],
  ['es', 'Citizen Lab publicó un informe sobre el programa espía. NSO Group afirmó que el informe es infundado.', 'NSO Group'],
];

for (const [lang, body, denier] of DENIALS) {
  test(`${lang}: calling a report false denies it: ${body.slice(-40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === denier && c.stance === 'denies'), show(cs));
  });
}

const NOT_DENIALS: Array<[lang: string, body: string]> = [
  ['en', 'The antivirus flagged the file, but the alert was a false positive.'],
  ['en', 'Researchers said the attack may have been a false flag operation.'],
  ['en', 'Microsoft said the rumours about a holiday were false.'],
  ['en', 'Microsoft said the investigation found no evidence that its systems were compromised.'],
  ['vi', 'Nhóm tin tặc lan truyền thông tin sai sự thật trên mạng xã hội.'],
  ['zh', '日本媒体猜测攻击可能来自中国。'],
  ['ru', 'Citizen Lab опубликовала доклад о шпионской программе. Эксперты назвали доклад Citizen Lab фантазиями.'],
  ['de', 'Die Polizei erklärte, die Meldungen über einen Stromausfall seien falsch.'],
];

for (const [lang, body] of NOT_DENIALS) {
  test(`${lang}: no denial: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}

test('en: a report calling the hackers\' claims false is no denial by the accused', () => {
  const cs = claimsOf('Mandiant accused APT28 of the attack. The report said the claims by the hackers were false.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'Mandiant' && c.stance === 'accuses'), show(cs));
  assert.ok(!cs.some((c) => c.stance === 'denies' && c.claimant !== 'Mandiant'), show(cs));
});
