/**
 * A seat of government or a body's seat stands for who governs there when it speaks: "the Blue House said" is South
 * Korea, "la Casa Rosada negó" Argentina, "Bruselas acusó", "Брюссель заявил", "Brüssel warnt" the EU (not Belgium).
 * The seat as a place is no claimant: "a conference in Brussels", "protesters outside the White House". Texts
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract([text, 'Source: x'].join('\n'), { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

test('en: Brussels speaking is the EU; the Blue House and Planalto are their states', () => {
  let got = claims('Brussels accused Iran on Thursday of sponsoring the APT33 operators who hit several chemical plants.', 'en');
  assert.ok(got.some((c) => /^EU (accuses|attributes) IR$/.test(c)), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('BE ')), got.join('; '));
  got = claims('The Blue House said Kimsuky, a North Korean unit, had phished the aides of the defence minister.', 'en');
  assert.ok(got.some((c) => /^KR (accuses|attributes) KP$/.test(c)), got.join('; '));
  got = claims('Planalto denied that Brazilian agencies had bought Pegasus to watch reporters.', 'en');
  assert.ok(got.some((c) => /^BR denies/.test(c)), got.join('; '));
});

test('ru: "Брюссель заявил" is the EU', () => {
  const got = claims('Брюссель заявил, что за взломом серверов министерства стоит группировка Turla, связанная с ФСБ России.', 'ru');
  assert.ok(got.some((c) => /^EU (accuses|attributes) RU$/.test(c)), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('BE ')), got.join('; '));
});

test('fr, de: Bruxelles and Brüssel speaking are the EU', () => {
  let got = claims('Bruxelles a dénoncé jeudi les intrusions du groupe Gamaredon, rattaché au FSB russe, contre des ministères ukrainiens.', 'fr');
  assert.ok(got.some((c) => /^EU (accuses|attributes|warns) RU$/.test(c)), got.join('; '));
  got = claims('Brüssel warnt vor neuen Angriffen der Gruppe Sandworm, die dem russischen Militärgeheimdienst GRU zugerechnet wird.', 'de');
  assert.ok(got.some((c) => /^EU (accuses|attributes|warns) RU$/.test(c)), got.join('; '));
});

test('es, zh: the Casa Rosada, the Palacio Nacional, 青瓦台 speak for their states', () => {
  let got = claims('La Casa Rosada negó que la Secretaría de Inteligencia haya contratado el programa espía Predator.', 'es');
  assert.ok(got.some((c) => /^AR denies/.test(c)), got.join('; '));
  got = claims('El Palacio Nacional rechazó que el Ejército haya espiado a activistas con Pegasus.', 'es');
  assert.ok(got.some((c) => /^MX denies/.test(c)), got.join('; '));
  assert.ok(!got.some((c) => c.startsWith('Palacio')), got.join('; '));
  got = claims('青瓦台表示，朝鲜黑客组织Kimsuky对统一部发动了网络攻击。', 'zh');
  assert.ok(got.some((c) => /^KR (accuses|attributes) KP$/.test(c)), got.join('; '));
});

test('negatives: the seat as a place speaks for no one', () => {
  let got = claims('At a briefing in Brussels, Recorded Future said APT29 was behind the phishing wave.', 'en');
  assert.ok(!got.some((c) => /^(EU|BE) /.test(c)), got.join('; '));
  got = claims('Protesters gathered outside the White House after Lazarus Group stole the funds of a game studio.', 'en');
  assert.ok(!got.some((c) => c.startsWith('US ')), got.join('; '));
  got = claims('Lors d\'un colloque à Bruxelles, Mandiant a attribué la campagne au groupe APT28.', 'fr');
  assert.ok(!got.some((c) => /^(EU|BE) /.test(c)), got.join('; '));
});
