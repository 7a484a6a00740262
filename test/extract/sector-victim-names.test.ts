/**
 * A victim whose own name carries its sector's word ("Ferrocarriles Velmoranos", "Université
 * Technique de Velmora", "Velmora General Hospital") names that sector where the name is the object
 * of the act (after the act and its victim marker); the same name as a speaker or in passing stays out.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();

test('es: "ciberataque contra los Ferrocarriles Velmoranos"', () => {
  const text = 'Resumen\nEl grupo reivindicó un ciberataque contra los Ferrocarriles Velmoranos el martes.\nSource: x';
  assert.ok(sectors(text, 'es').includes('transportation'), sectors(text, 'es').join(','));
});

test('en: "an attack on Velmora General Hospital"', () => {
  const text = 'Brief\nThe group claimed an attack on Velmora General Hospital last week.\nSource: x';
  assert.ok(sectors(text, 'en').includes('healthcare'), sectors(text, 'en').join(','));
});

test('fr: "une cyberattaque contre l\'Université Technique de Velmora"', () => {
  const text = "Brève\nLe groupe a revendiqué une cyberattaque contre l'Université Technique de Velmora mardi.\nSource: x";
  assert.ok(sectors(text, 'fr').includes('education'), sectors(text, 'fr').join(','));
});

test('the same names as speakers or named in passing stay out (en, es, fr)', () => {
  assert.deepEqual(sectors('Brief\nVelmora General Hospital said the attack by the group was contained.\nSource: x', 'en'), []);
  assert.deepEqual(sectors('Resumen\nLos Ferrocarriles Velmoranos informaron de un ataque del grupo.\nSource: x', 'es'), []);
  assert.deepEqual(sectors("Brève\nSelon l'Université Technique de Velmora, l'attaque du groupe a échoué.\nSource: x", 'fr'), []);
});
