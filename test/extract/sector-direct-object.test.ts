/**
 * The direct object of a transitive hostile verb is the act's victim with no marker between: a
 * state's government ("breached the Latvian government") or a name that carries its sector's word
 * ("attacked Velmora General Hospital") names the sector hit. The same words as the agent of a
 * passive or the sponsor of the act do not. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('a state\'s government right after a transitive hostile verb is the victim (en, fr, es, ru, de)', () => {
  assert.ok(sectors('Brief\nThe intruders breached the Latvian government in the spring.\nSource: x', 'en').includes('government'));
  assert.ok(sectors('Brève\nLes intrus ont piraté le gouvernement letton au printemps.\nSource: x', 'fr').includes('government'));
  assert.ok(sectors('Resumen\nLos intrusos atacaron al Gobierno de Letonia en primavera.\nSource: x', 'es').includes('government'));
  assert.ok(sectors('Кратко\nНарушители взломали правительство Латвии весной.\nSource: x', 'ru').includes('government'));
  assert.ok(sectors('Kurz\nHacker attackierten die lettische Regierung im Frühjahr.\nSource: x', 'de').includes('government'));
});

test('a name carrying its sector word as the direct object names the sector (en, fr, es)', () => {
  assert.ok(sectors('Brief\nThe intruders attacked Velmora General Hospital on Monday.\nSource: x', 'en').includes('healthcare'));
  assert.ok(sectors("Brève\nLes pirates ont attaqué l'Hôpital Général de Velmora lundi.\nSource: x", 'fr').includes('healthcare'));
  assert.ok(sectors('Resumen\nLos intrusos atacaron el Hospital General de Velmora el lunes.\nSource: x', 'es').includes('healthcare'));
});

test('the agent of a passive or the sponsor of the act is no victim (en, fr, es, ru)', () => {
  const gov = (text: string, lang: string) => sectors(text, lang).filter((s) => s === 'government');
  assert.deepEqual(gov('Brief\nThe port operator was attacked by the Latvian government in the spring.\nSource: x', 'en'), []);
  assert.deepEqual(gov('Brief\nIntruders working on behalf of the Latvian government breached a port operator.\nSource: x', 'en'), []);
  assert.deepEqual(gov('Brève\nLe port a été attaqué par le gouvernement letton au printemps.\nSource: x', 'fr'), []);
  assert.deepEqual(gov('Resumen\nEl puerto fue atacado por el Gobierno de Letonia en primavera.\nSource: x', 'es'), []);
  assert.deepEqual(gov('Кратко\nПорт атаковали хакеры, связанные с правительством Латвии.\nSource: x', 'ru'), []);
});

test('a hospital named as the speaker stays out (en)', () => {
  assert.deepEqual(sectors('Brief\nVelmora General Hospital said it had attacked the backlog of patients.\nSource: x', 'en'), []);
});
