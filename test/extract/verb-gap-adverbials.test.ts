/**
 * Material between a subject and its verb, or between an inverted verb and its subject: a short adverbial of manner or
 * time, or a fronted object pronoun, of the profile (`gapAdverbials`) takes no part in the distance, so the denial
 * stays the subject's ("las rechazó de plano el Gobierno ruso", "a démenti formellement le ministère", "中方对此予以
 * 否认"). A state adjective right after an organ's name is its state ("el Ministerio de Exteriores chino"). A phrase
 * that holds a party ("en Pekín") is no such adverbial. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (lines: string[]) => [...lines, 'Fuente: x'].join('\n');

test('es: a state adjective after an inverted organ is its state', () => {
  const got = claims(article(['Ciberespionaje', 'Washington acusó a Pekín de respaldar a Volt Typhoon. Poco después lo rechazó el Ministerio de Exteriores chino.']), 'es');
  assert.ok(got.includes('CN denies CN'), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('Ministerio')), got.join('; '));
});

test('es: a manner adverbial between the inverted verb and its subject', () => {
  const got = claims(article(['Ataques a la red eléctrica', 'Londres acusó a Moscú de los ataques de Sandworm. Horas más tarde las rechazó de plano el Gobierno ruso.']), 'es');
  assert.ok(got.includes('RU denies RU'), got.join('; '));
  const got2 = claims(article(['Ataques a bancos', 'Berlín culpó a Teherán de la campaña de APT33. Al día siguiente la negó rotundamente el Gobierno iraní.']), 'es');
  assert.ok(got2.includes('IR denies IR'), got2.join('; '));
});

test('es: a phrase that holds a party is no adverbial: no denial by that party', () => {
  const got = claims(article(['Espionaje', 'Washington acusó a Moscú de respaldar a APT29. Poco después las rechazó en Pekín el ministro ruso.']), 'es');
  assert.ok(!got.includes('CN denies CN'), got.join('; '));
});

test('fr: an adverb between the inverted verb and its subject', () => {
  const got = claims(article(['Espionnage', 'Londres accuse Moscou d\'être derrière APT28. Dans la soirée les a démenties catégoriquement le gouvernement russe.']), 'fr');
  assert.ok(got.includes('RU denies RU'), got.join('; '));
});

test('fr: a locative that holds a party is no adverbial', () => {
  const got = claims(article(['Espionnage', 'Londres accuse Moscou d\'être derrière APT28. Dans la soirée les a démenties à Pékin le ministre russe.']), 'fr');
  assert.ok(!got.includes('CN denies CN'), got.join('; '));
});

test('zh: a fronted object pronoun between the subject and the denial after a comma', () => {
  const got = claims(article(['网络攻击', '美国指责中国支持伏特台风的网络攻击，中方对此予以否认。']), 'zh');
  assert.ok(got.includes('CN denies CN'), got.join('; '));
  assert.ok(!got.includes('US denies US'), got.join('; '));
  const got2 = claims(article(['网络攻击', '英国政府指责俄罗斯情报机构支持APT28，俄方对此坚决予以否认。']), 'zh');
  assert.ok(got2.includes('RU denies RU'), got2.join('; '));
});

test('zh: the same shape with no denial verb gives no denial to either side', () => {
  const got = claims(article(['网络攻击', '美国指责中国支持伏特台风的网络攻击，中方对此未予置评。']), 'zh');
  assert.ok(!got.some((c) => / denies /.test(c)), got.join('; '));
});
