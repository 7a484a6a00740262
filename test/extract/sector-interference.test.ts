/**
 * Interference in a state's elections or affairs is an act against them: "intentan interferir en
 * las elecciones", "sich in die Wahlen einzumischen", "пытались вмешаться в выборы", "tenté
 * d'interférer dans les élections", "are interfering in the elections" name the elections as a
 * targeted sector (a sector-only cue: it codes no claim by itself). Elections named with no act
 * are none. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (line: string, lang: string) => extract(`Title\n${line}\nSource: https://example.test/a`, { lang }).sectors.map((s) => s.name);

test('interference verbs make the elections a target (es, de, ru, fr, en)', () => {
  assert.deepEqual(sectors('El servicio de inteligencia dijo que actores extranjeros intentan interferir en las elecciones presidenciales.', 'es'), ['elections']);
  assert.deepEqual(sectors('Der Geheimdienst warnte, ausländische Akteure versuchten, sich in die Wahlen einzumischen.', 'de'), ['elections']);
  assert.deepEqual(sectors('В ведомстве заявили, что иностранные структуры пытались вмешаться в выборы.', 'ru'), ['elections']);
  assert.deepEqual(sectors("Selon le service, des acteurs étrangers ont tenté d'interférer dans les élections.", 'fr'), ['elections']);
  assert.deepEqual(sectors('The agency said foreign actors are interfering in the elections.', 'en'), ['elections']);
});

test('elections named with no act are no target', () => {
  assert.deepEqual(sectors('El ministro habló de las elecciones en una rueda de prensa.', 'es'), []);
  assert.deepEqual(sectors('Der Minister sprach auf einer Pressekonferenz über die Wahlen.', 'de'), []);
});
