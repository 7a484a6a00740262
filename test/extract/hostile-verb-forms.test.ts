/**
 * Verb forms that tell a sector was hit, beside the ones the profiles had: English "defaced", "wiped",
 * "crippled", "paralysed"; Spanish "afectaron", "paralizaron"; German "lahmgelegt" and the separable
 * "legten ... lahm". A sector named with no hostile act stays out. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).sectors.map((s) => s.name).sort();

test('a hit sector is found through the new verb forms (en, es, de)', () => {
  assert.deepEqual(sectors('State broadcasters and newspapers saw their websites defaced.', 'en'), ['media']);
  assert.deepEqual(sectors('The attack crippled two regional hospitals.', 'en'), ['healthcare']);
  assert.deepEqual(sectors('Los atacantes afectaron a hospitales y puertos de la región.', 'es'), ['healthcare', 'transportation']);
  assert.deepEqual(sectors('Die Angreifer legten mehrere Krankenhäuser der Region lahm.', 'de'), ['healthcare']);
  assert.deepEqual(sectors('Der Angriff hat Flughäfen im ganzen Land lahmgelegt.', 'de'), ['transportation']);
});

test('a sector named with no hostile act is no target (en, es, de)', () => {
  assert.deepEqual(sectors('Broadcasters and newspapers covered the summit.', 'en'), []);
  assert.deepEqual(sectors('Los hospitales y los puertos recibieron nuevos fondos.', 'es'), []);
  assert.deepEqual(sectors('Die Krankenhäuser der Region legten neue Pläne vor.', 'de'), []);
});
