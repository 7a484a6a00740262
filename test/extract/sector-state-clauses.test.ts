/**
 * "The Velmoran government judges that the Russian government ordered the attack": two government mentions
 * with a speech or stance verb between are two clauses, not a list of targeted sectors, so the
 * second stays the state acting (en, de, es). A real list still counts ("telecoms firms and
 * government agencies"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('a speech verb between two government mentions makes no list (en, de, es)', () => {
  assert.deepEqual(sectors('Brief\nThe Velmoran government judges that the Russian government ordered the recent cyber attack.\nSource: x', 'en'), []);
  assert.deepEqual(sectors('Kurz\nDie britische Regierung erklärte, die russische Regierung sei für den Cyberangriff verantwortlich.\nSource: x', 'de'), []);
  assert.deepEqual(sectors('Breve\nEl Gobierno británico afirma que el Gobierno ruso fue responsable del ciberataque.\nSource: x', 'es'), []);
});

test('a list of victims with a government item still counts', () => {
  assert.deepEqual(sectors('Brief\nThe hackers attacked telecoms firms and government agencies in three countries.\nSource: x', 'en'), ['government', 'telecommunications']);
});

test('a bare adjective after the state ("specifically the Russian military") is no list item (en, es, fr)', () => {
  assert.deepEqual(sectors('Brief\nOfficials in London believe the Russian government, specifically the Russian military, carried out the cyber attack.\nSource: x', 'en'), []);
  assert.deepEqual(sectors('Breve\nLondres afirma que el Gobierno ruso, en concreto el servicio militar ruso, estuvo detrás del ciberataque.\nSource: x', 'es'), []);
  assert.deepEqual(sectors("Brève\nLondres affirme que le gouvernement russe, et plus précisément le renseignement militaire russe, est derrière la cyberattaque.\nSource: x", 'fr'), []);
});
