/**
 * Reserving the right to respond is a warning ("Moscow reserves the right to take countermeasures",
 * "Moskau behalte sich Gegenmaßnahmen vor", "Moscú se reserva el derecho a responder", "Moscou se réserve
 * le droit de ..."): the cue words live in the profiles. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`).sort();

test('reserving the right to respond warns (de, es, fr, en)', () => {
  const both = ['RU denies RU', 'RU warns undefined'];
  assert.deepEqual(claims('Die russische Botschaft wies die Vorwürfe zurück. Moskau behalte sich Gegenmaßnahmen vor, hieß es.', 'de'), both);
  assert.deepEqual(claims('La embajada rusa rechazó las acusaciones. Moscú se reserva el derecho a responder.', 'es'), both);
  assert.deepEqual(claims("L'ambassade de Russie a rejeté les accusations. Moscou se réserve le droit de prendre des mesures.", 'fr'), both);
  assert.deepEqual(claims('The Russian embassy rejected the accusations. Moscow reserves the right to take countermeasures, it said.', 'en'), both);
});

test('reserving other things is no warning', () => {
  assert.deepEqual(claims('Die Bahn behält sich Änderungen am Fahrplan vor.', 'de'), []);
  assert.deepEqual(claims('La empresa se reserva la admisión.', 'es'), []);
});
