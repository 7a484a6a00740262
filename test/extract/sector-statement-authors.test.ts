/**
 * A sector word that names who issued a statement is no sector hit: right after a statement's noun
 * and its link to the author ("Comunicado del Gobierno de ...", "statement by the government",
 * "déclaration du gouvernement"), or as a speaker whose name runs on to its speech verb ("El Gobierno
 * de la República de Velmoria informa que ..."). The same word as the act's object still counts.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('the author of a statement (es, fr, en)', () => {
  assert.deepEqual(sectors(brief('Comunicado del Gobierno de Velmoria ante el ataque contra los bancos del país.'), 'es'), ['finance']);
  assert.deepEqual(sectors(brief("Déclaration du gouvernement de Velmorie après l'attaque contre les hôpitaux."), 'fr'), ['healthcare']);
  assert.deepEqual(sectors(brief('Statement by the Government of Velmoria on the cyberattack against its hospitals.'), 'en'), ['healthcare']);
});

test('a speaker whose name runs on to its verb (es, en)', () => {
  assert.deepEqual(sectors(brief('El Gobierno de la República Bolivariana de Velmoria informa que hackers atacaron los bancos.'), 'es'), ['finance']);
  assert.deepEqual(sectors(brief('The Government of the Republic of Velmoria said hackers attacked the banks.'), 'en'), ['finance']);
});

test('the government attacked still counts (es, en)', () => {
  assert.deepEqual(sectors(brief('Los hackers atacaron el Gobierno de la República de Velmoria, informa la agencia.'), 'es'), ['government']);
  assert.deepEqual(sectors(brief('Hackers attacked the government and banks.'), 'en'), ['finance', 'government']);
});
