/**
 * Reported speech whose speaker follows the speech verb ("..., said the bank.", "..., a indiqué la
 * banque.", "..., dijo el banco.", "..., erklärte die Bank.", "..., сообщил банк."): the sector word
 * there is who speaks, not a sector hit. What a speech verb introduces ("said banks were hit", "dijo
 * que ... bancos") and a sector named before the inverted verb stay targets. Sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (body: string, lang: string) => extract(`Report\n${body}\nSource: x`, { lang }).sectors.map((s) => s.name).sort();

test('a sector word after an inverted speech verb is the speaker (en, fr, es, de, ru)', () => {
  assert.deepEqual(sectors('The hackers attacked the retailer, said the bank.', 'en'), []);
  assert.deepEqual(sectors('Les pirates ont attaqué un détaillant, a indiqué la banque.', 'fr'), []);
  assert.deepEqual(sectors('Los piratas atacaron a un minorista, informó el banco.', 'es'), []);
  assert.deepEqual(sectors('Die Hacker griffen einen Einzelhändler an, erklärte die Bank.', 'de'), []);
  assert.deepEqual(sectors('Хакеры атаковали ритейлера, сообщил банк.', 'ru'), []);
});

test('a sector named before the inverted verb is still the one hit (en, fr, ru)', () => {
  assert.deepEqual(sectors('The hackers attacked two hospitals, said the bank.', 'en'), ['healthcare']);
  assert.deepEqual(sectors('Les pirates ont attaqué des hôpitaux, a indiqué la banque.', 'fr'), ['healthcare']);
  assert.deepEqual(sectors('Хакеры атаковали больницы, сообщил банк.', 'ru'), ['healthcare']);
});

test('what a speech verb introduces is no speaker (en, es, ru)', () => {
  assert.deepEqual(sectors('Officials said banks were hit by the ransomware attack.', 'en'), ['finance']);
  assert.deepEqual(sectors('The hackers attacked the retailer, officials said, and said hospitals were also hit.', 'en'), ['healthcare']);
  assert.deepEqual(sectors('"We were attacked," the spokesman said, adding that hospitals were hit.', 'en'), ['healthcare']);
  assert.deepEqual(sectors('El ministerio dijo que los piratas atacaron bancos.', 'es'), ['finance']);
  assert.deepEqual(sectors('Министерство сообщило, что хакеры атаковали банки.', 'ru'), ['finance']);
});
