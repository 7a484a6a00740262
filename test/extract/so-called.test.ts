/**
 * "So-called" ("so-called", "所谓", "так называемых", "cái gọi là", "soi-disant") marks words the speaker
 * disputes: the hostile act it holds is not told by the speaker, who attributes nothing. Positives that must
 * stay: the same speaker telling the act plainly, and a denial that uses the word. German "sogenannt" and
 * Spanish "supuesto" are left out: they also name neutrally ("die sogenannte Gruppe X"). Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const disputed = [
  ['en', 'RU', 'A Russian foreign ministry spokeswoman said Western media keep hyping the so-called Chinese hacker attacks on Germany.'],
  ['zh', 'RU', '俄罗斯外交部发言人表示，西方媒体频频炒作所谓“中国黑客攻击德国”。'],
  ['ru', 'FR', 'Представитель МИД Франции заявила, что западные СМИ раздувают тему так называемых китайских хакерских атак на Германию.'],
  ['vi', 'RU', 'Người phát ngôn Bộ Ngoại giao Nga cho biết truyền thông phương Tây thổi phồng cái gọi là các cuộc tấn công của tin tặc Trung Quốc nhằm vào Đức.'],
  ['fr', 'RU', "La porte-parole du ministère russe des Affaires étrangères a déclaré que les médias occidentaux montent en épingle de soi-disant attaques de pirates chinois contre l'Allemagne."],
] as const;

for (const [lang, speaker, body] of disputed) {
  test(`${lang}: a so-called act is not told by the speaker: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyber accusations' });
    assert.ok(!attributes(cs, speaker, 'CN'), show(cs));
  });
}

const told = [
  ['en', 'RU', 'A Russian foreign ministry spokeswoman said Chinese hackers attacked the German parliament.'],
  ['zh', 'RU', '俄罗斯外交部发言人表示，中国黑客攻击了德国议会。'],
  ['ru', 'FR', 'Представитель МИД Франции заявила, что китайские хакеры атаковали парламент Германии.'],
  ['vi', 'RU', 'Người phát ngôn Bộ Ngoại giao Nga cho biết tin tặc Trung Quốc đã tấn công quốc hội Đức.'],
  ['fr', 'RU', 'La porte-parole du ministère russe des Affaires étrangères a déclaré que des pirates chinois ont attaqué le parlement allemand.'],
] as const;

for (const [lang, speaker, body] of told) {
  test(`${lang}: the act told plainly stays an attribution (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyber accusations' });
    assert.ok(attributes(cs, speaker, 'CN'), show(cs));
  });
}

for (const [lang, claimant, body] of [
  ['zh', 'CN', '中国驻德国使馆发言人表示，中方坚决反对德方炒作所谓“中国黑客攻击”。'],
  ['ru', 'RU', 'Посол России отверг обвинения в так называемых российских хакерских атаках.'],
] as const) {
  test(`${lang}: a denial that says "so-called" still denies (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyber accusations' });
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'denies'), show(cs));
  });
}
