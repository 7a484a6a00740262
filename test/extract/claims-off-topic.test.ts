/**
 * Claims told under another topic of a transcript or a live blog: an exchange after a questioner's
 * label that tells no hostile cyber act, names no group and refers to no accusation makes no claim
 * (a denial excepted); a time-stamped entry on another matter makes no attribution. Texts written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

test('en transcript: a call on a maritime dispute and a warning about drills are no claims; the hacking answer is', () => {
  const text = [
    "Foreign Ministry Spokesperson Zhao Lin's Regular Press Conference",
    'Reuters: The US says Chinese hackers broke into water utilities. What is your response?',
    'Zhao Lin: The US accusation is groundless. We urge the US to stop its cyberattacks on other countries.',
    'Xinhua: The Philippines sent ships to the reef again. What is your comment?',
    'Zhao Lin: China has sovereignty over the islands. We urge the Philippines to stop its provocations.',
    'AFP: The army began exercises near the strait. What is the purpose?',
    'Zhao Lin: The exercises are a stern warning to separatist forces.',
    'Source: x',
  ].join('\n');
  const got = claims(text, 'en');
  assert.ok(got.includes('CN calls-for US'), got.join('; '));
  assert.ok(!got.some((c) => c.endsWith(' PH')), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('CN warns')), got.join('; '));
});

test('zh transcript (问/答): an answer on export controls or the sea makes no claim', () => {
  const text = [
    '外交部发言人主持例行记者会',
    '问：美方称中国黑客入侵了美国水务系统。中方有何回应？',
    '答：中方坚决反对一切形式的网络攻击。我们敦促美方停止对中国的网络攻击。',
    '问：菲方称将继续在南海巡航。中方有何回应？',
    '答：中方立场是一贯的。我们敦促菲方停止侵权挑衅。',
    '问：美国考虑对中国企业实施出口管制。中方有何回应？',
    '答：中方坚决反对。我们将采取必要措施，坚决维护中国企业的正当权益。',
    'Source: x',
  ].join('\n');
  const got = claims(text, 'zh');
  assert.ok(got.includes('CN calls-for US'), got.join('; '));
  assert.ok(!got.some((c) => c.endsWith(' PH')), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('CN warns')), got.join('; '));
});

test('es transcript: a denial still stands in an exchange that leaves the accusation to the context', () => {
  const text = [
    'Conferencia de prensa del portavoz Zhao Lin',
    'AFP: Estados Unidos afirma que hackers chinos atacaron sus redes eléctricas. ¿Cuál es su respuesta?',
    'Zhao Lin: Instamos a Estados Unidos a que deje de difamar a China.',
    'Reuters: Un senador repitió la misma idea ayer. ¿Algún comentario?',
    'Zhao Lin: China rechaza categóricamente esas especulaciones.',
    'Global Times: Filipinas ha enviado buques al arrecife. ¿Cuál es la posición de China?',
    'Zhao Lin: Instamos a Filipinas a que deje de provocar.',
    'Source: x',
  ].join('\n');
  const got = claims(text, 'es');
  assert.ok(got.includes('CN denies CN'), got.join('; '));
  assert.ok(!got.some((c) => c.endsWith(' PH')), got.join('; '));
});

test('de and ru live blogs: an accusation over drones is no attribution; the cyberattack entry is', () => {
  const de = [
    'Liveticker: Cyberangriff auf die Bahn',
    '19:05 Uhr – Die Ukraine wirft Russland den Cyberangriff auf die Bahn vor.',
    '17:30 Uhr – Polen wirft Belarus vor, Migranten an die Grenze zu schicken.',
    '15:10 Uhr – Die Züge fahren wieder.',
    'Source: x',
  ].join('\n');
  const gotDe = claims(de, 'de');
  assert.ok(gotDe.some((c) => c.startsWith('UA ') && c.endsWith(' RU')), gotDe.join('; '));
  assert.ok(!gotDe.some((c) => c.startsWith('PL ')), gotDe.join('; '));
  const ru = [
    'Онлайн: кибератака на железную дорогу',
    '19:05 - Украина обвинила Россию в кибератаке на сайт железной дороги.',
    '17:30 - Польша обвинила Белоруссию в организации потока мигрантов к границе.',
    '15:10 - Поезда снова ходят по расписанию.',
    'Source: x',
  ].join('\n');
  const gotRu = claims(ru, 'ru');
  assert.ok(gotRu.some((c) => c.startsWith('UA ') && c.endsWith(' RU')), gotRu.join('; '));
  assert.ok(!gotRu.some((c) => c.startsWith('PL ')), gotRu.join('; '));
});
