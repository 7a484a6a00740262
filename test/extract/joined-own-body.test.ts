/**
 * A list of speakers whose member is a state's own body named with its state ("Japan's police",
 * "la police du Japon", "la Agencia ... de Japón"): the state and its body are one member, and the list
 * walks on past them to the other members, each of whom claims.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claimants = (text: string, lang: string) =>
  [...new Set(extract(`${text}\nSource: https://example.org/story`, { lang }).claims.filter((c) => c.stance === 'attributes' || c.stance === 'accuses').map((c) => c.claimant))].sort();

test('en: "The FBI and Japan\'s National Police Agency said": both states claim', () => {
  assert.deepEqual(claimants("Exchange robbed\nThe FBI and Japan's National Police Agency said Thursday that North Korea's Lazarus group had taken bitcoin from a trading platform.", 'en'), ['JP', 'US']);
});

test('fr: "le FBI et la police nationale du Japon ont affirmé": both states claim', () => {
  assert.deepEqual(claimants("Vol de cryptomonnaies\nLe FBI et l'Agence nationale de la police du Japon ont affirmé lundi que le groupe nord-coréen Lazarus avait volé des bitcoins.", 'fr'), ['JP', 'US']);
});

test('es: "el FBI y la Agencia Nacional de Policía de Japón afirmaron": both states claim', () => {
  assert.deepEqual(claimants('Robo de criptomonedas\nEl FBI y la Agencia Nacional de Policía de Japón afirmaron el lunes que el grupo norcoreano Lazarus robó bitcoines de una plataforma.', 'es'), ['JP', 'US']);
});
