/**
 * A vendor's post whose first sentence opens on a time adverbial ("In early May 2024, ...", "В конце апреля 2024 года ...",
 * "Ende April 2024 ...") before its subject, a research source's own team, systems or sensors: the time is no word before
 * the subject, so the source opens the post and publishes it, and the later "we" assessing the matter is its own.
 * Not when more than a few words stand between the time and the source, nor when the "we" is quoted from someone else,
 * nor, with no source named, for any guessed vendor. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (lines: string[]) => [...lines, 'Source: x'].join('\n');

for (const [lang, title, opening, assessment, source] of [
  ['en', 'Odd logins at a water utility',
    'In early May 2024, the monitoring sensors of Volexity flagged a burst of odd logins at a small regional water utility.',
    'We believe the intrusions were the work of hackers working for the Iranian government.', 'Volexity'],
  ['ru', 'Странные входы в сеть водоканала',
    'В самом конце апреля 2024 года системы мониторинга Positive Technologies заметили серию странных входов в сеть небольшого водоканала.',
    'Мы полагаем, что за этими вторжениями стоит иранская группировка, действующая в интересах государства.', 'Positive Technologies'],
  ['de', 'Seltsame Anmeldungen bei einem Wasserversorger',
    'Ende April 2024 haben die Sensoren von Sekoia eine Häufung seltsamer Anmeldungen bei einem kleinen kommunalen Wasserversorger gemeldet.',
    'Wir gehen davon aus, dass ein iranischer Nachrichtendienst hinter diesen Einbrüchen steckt.', 'Sekoia'],
  ['fr', 'Des connexions étranges chez un distributeur d\'eau',
    'Vers la fin avril 2024, les capteurs de Trellix ont relevé une vague de connexions étranges chez un petit distributeur d\'eau régional.',
    'Nous estimons que ces intrusions sont l\'œuvre d\'un acteur étatique iranien.', 'Trellix'],
] as const) {
  test(`${lang}: a source after an opening time adverbial publishes the post; its later "we" assessment is its own`, () => {
    const got = claims(article([title, opening, assessment]), lang);
    assert.ok(got.some((c) => c.startsWith(`${source} `) && /(attributes|accuses) IR$/.test(c)), got.join('; '));
  });
}

test('en: many words between the opening time and the source leave the post without a publisher', () => {
  const got = claims(article([
    'Odd logins at a water utility',
    'In early May 2024, during a routine review of access logs at a small regional water utility, engineers working with Volexity noticed a burst of odd logins.',
    'We believe the intrusions were the work of hackers working for the Iranian government.',
  ]), 'en');
  assert.ok(!got.some((c) => c.startsWith('Volexity ') && / IR$/.test(c)), got.join('; '));
});

test('en: with no source named, the "we" of a dated post is no guessed vendor\'s', () => {
  const got = claims(article([
    'Odd logins at a water utility',
    'In early May 2024, our monitoring sensors flagged a burst of odd logins at a small regional water utility.',
    'We believe the intrusions were the work of hackers working for the Iranian government.',
  ]), 'en');
  assert.ok(!got.some((c) => / IR$/.test(c)), got.join('; '));
});

test('ru: a "we" quoted from another named vendor is that vendor\'s, not the dated source\'s', () => {
  const got = claims(article([
    'Странные входы в сеть водоканала',
    'В конце апреля 2024 года системы мониторинга Positive Technologies зафиксировали серию странных входов в сеть небольшого водоканала.',
    '«Мы полагаем, что за этими вторжениями стоит Иран», — заявили в ESET.',
  ]), 'ru');
  assert.ok(got.some((c) => /^ESET (attributes|accuses) IR$/.test(c)), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('Positive Technologies ') && / IR$/.test(c)), got.join('; '));
});
