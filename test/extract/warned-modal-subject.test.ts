/**
 * A warning whose subject carries a modal ("Washington must understand that there will be consequences",
 * "Вашингтон должен понимать, что ...") is addressed to that subject: the speaker warns it, the subject
 * does not warn anyone. Russian's short masculine "должен" is a modal like "должны". Texts written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (lines: string[]) => [...lines, 'Source: x'].join('\n');

test('ru: "Вашингтон должен понимать, что придется платить" is a warning to the US by the speaker', () => {
  const got = claims(article([
    'Комментарий посольства России',
    'Посольство России в Канберре заявило, что обвинения в кибератаках на австралийские банки безосновательны.',
    'Канберра должна осознавать, что за такие шаги придется платить.',
  ]), 'ru');
  assert.ok(got.includes('RU warns AU'), got.join('; '));
  assert.ok(!got.includes('AU warns RU'), got.join('; '));
});

test('en: "Ottawa must understand there will be consequences" is the speaker warning Canada', () => {
  const got = claims(article([
    'Embassy rejects hacking claims',
    'The Chinese embassy in Ottawa said the hacking accusations against China were groundless.',
    'Ottawa must understand that such smears will have serious consequences.',
  ]), 'en');
  assert.ok(got.includes('CN warns CA'), got.join('; '));
  assert.ok(!got.includes('CA warns CN'), got.join('; '));
});

test('es: "Londres debe saber que habrá consecuencias" es una advertencia del portavoz al Reino Unido', () => {
  const got = claims(article([
    'La embajada rusa responde',
    'La embajada de Rusia en Madrid afirmó que las acusaciones de ciberataques contra el Reino Unido son infundadas.',
    'Londres debe saber que sus provocaciones tendrán consecuencias.',
  ]), 'es');
  assert.ok(got.includes('RU warns GB'), got.join('; '));
  assert.ok(!got.includes('GB warns RU'), got.join('; '));
});

test('fr, negative: a warning whose subject has no modal is the subject\'s own', () => {
  const got = claims(article([
    'Cyberattaque contre un hôpital',
    "L'Allemagne a averti la Russie de conséquences après le piratage d'un hôpital de Düsseldorf.",
  ]), 'fr');
  assert.ok(got.includes('DE warns RU'), got.join('; '));
});
