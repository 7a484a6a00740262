/**
 * Accusations of a physical strike (drones, missiles, air strikes, shelling) are no claims about a cyber
 * operation; an accusation whose passage tells a cyber act beside the weapon still is. Texts written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (lines: string[]) => [...lines, 'Source: x'].join('\n');

test('en: an accusation of drone strikes is no claim; one of hacking during the strikes is', () => {
  const strike = claims(article([
    'Grid operator restores power after outage',
    'The energy ministry of Ukraine accused Russia of striking two substations with drones overnight.',
  ]), 'en');
  assert.ok(!strike.some((c) => c.startsWith('UA accuses') || c.startsWith('UA attributes')), strike.join('; '));
  const hack = claims(article([
    'Grid operator restores power after outage',
    'The energy ministry of Ukraine accused Russia of hacking the dispatch servers while missiles hit two substations.',
  ]), 'en');
  assert.ok(hack.some((c) => /^UA (accuses|attributes) RU$/.test(c)), hack.join('; '));
});

test('de: Vorwurf von Raketenangriffen ist kein Cyber-Vorwurf, Vorwurf eines Hackerangriffs schon', () => {
  const strike = claims(article([
    'Angriffe in der Nacht',
    'Die ukrainische Regierung wirft Russland vor, in der Nacht Umspannwerke mit Raketen beschossen zu haben.',
  ]), 'de');
  assert.ok(!strike.some((c) => / (accuses|attributes) RU$/.test(c)), strike.join('; '));
  const hack = claims(article([
    'Angriffe in der Nacht',
    'Die ukrainische Regierung wirft Russland vor, die Server des Netzbetreibers gehackt zu haben.',
  ]), 'de');
  assert.ok(hack.some((c) => /^UA (accuses|attributes) RU$/.test(c)), hack.join('; '));
});

test('es: una denuncia de bombardeos no es una atribución cibernética', () => {
  const got = claims(article([
    'Noche de ataques en el este',
    'El Gobierno de Ucrania acusó a Rusia de lanzar misiles contra la red eléctrica de Járkov.',
  ]), 'es');
  assert.ok(!got.some((c) => / (accuses|attributes) RU$/.test(c)), got.join('; '));
});

test('ru: обвинение в ударах беспилотников не приписывает кибератаку; обвинение в DDoS-атаке приписывает', () => {
  const strike = claims(article([
    'Ночные удары',
    'Министерство обороны России обвинило Украину в атаке беспилотников на нефтебазу.',
  ]), 'ru');
  assert.ok(!strike.some((c) => / (accuses|attributes) UA$/.test(c)), strike.join('; '));
  const ddos = claims(article([
    'Ночные удары',
    'Министерство обороны России обвинило Украину в DDoS-атаке на сайт нефтебазы.',
  ]), 'ru');
  assert.ok(ddos.some((c) => /^RU (accuses|attributes) UA$/.test(c)), ddos.join('; '));
});

test('zh: 指责无人机袭击不是网络攻击归因', () => {
  const got = claims(article([
    '夜间遇袭',
    '俄罗斯国防部指责乌克兰使用无人机袭击炼油厂。',
  ]), 'zh');
  assert.ok(!got.some((c) => / (accuses|attributes) UA$/.test(c)), got.join('; '));
});
