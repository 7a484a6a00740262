/**
 * A sentence whose verb is a transitive hostile verb of the profile ("hackte", "infiltrierte",
 * "visait") tells an act even where the profile's hostile words do not: the sector it takes as
 * object is hit (de, fr). Languages whose hostile words already cover their verbs (en, es, ru) keep
 * their answers; a sector visited or named with no hostile verb is no target. Sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (body: string, lang: string) => extract(`Meldung\n${body}\nSource: x`, { lang }).sectors.map((s) => s.name).sort();

test('a transitive hostile verb makes its sentence tell the act (de, fr)', () => {
  assert.deepEqual(sectors('Die Gruppe hackte mehrere Rüstungsfirmen.', 'de'), ['defense']);
  assert.deepEqual(sectors('Die Spione hackten Universitäten und Forschungseinrichtungen.', 'de'), ['education']);
  assert.deepEqual(sectors('Die Gruppe infiltrierte mehrere Krankenhäuser.', 'de'), ['healthcare']);
  assert.deepEqual(sectors('Le groupe visait des universités depuis 2020.', 'fr'), ['education']);
});

test('languages whose hostile words cover their verbs keep their answers (en, es, ru)', () => {
  assert.deepEqual(sectors('The spies infiltrated several universities last year.', 'en'), ['education']);
  assert.deepEqual(sectors('El grupo hackeó varios bancos.', 'es'), ['finance']);
  assert.deepEqual(sectors('Группа взламывала университеты.', 'ru'), ['education']);
});

test('a sector named with no hostile verb is no target (de, fr, es)', () => {
  assert.deepEqual(sectors('Der Minister besuchte mehrere Rüstungsfirmen.', 'de'), []);
  assert.deepEqual(sectors('Le ministre a visité des universités.', 'fr'), []);
  assert.deepEqual(sectors('El ministro visitó varios bancos.', 'es'), []);
});
