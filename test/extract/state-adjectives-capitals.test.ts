/**
 * A state speaks through an adjective before an organ ("le gouvernement marocain", "die moldauische
 * Regierung", "el Gobierno albanés") or through its capital standing for its government (metonymy:
 * "Rabat a rejeté", "Tirana accused"); a capital that is only where something happens ("à Rabat") is no
 * party. The entity lexicon (src/knowledge/data/country-forms.ts) gives these forms for states it
 * had only by name. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) =>
  extract(`${text}\nSource: x`, { lang }).claims.map((c) => `${c.claimant}|${c.stance}|${c.target ?? ''}`).sort();

test('a state adjective before an organ names the state that speaks (fr, de, es, ru)', () => {
  assert.deepEqual(claims("Le gouvernement marocain a rejeté les accusations d'espionnage informatique.", 'fr'), ['MA|denies|MA']);
  assert.deepEqual(claims('Die moldauische Regierung warf Russland Cyberangriffe auf die Wahlkommission vor.', 'de'), ['MD|accuses|RU']);
  assert.deepEqual(claims('El Gobierno albanés acusó a Irán del ciberataque contra los servicios públicos.', 'es'), ['AL|accuses|IR']);
  assert.deepEqual(claims('Правительство Марокко отвергло обвинения в кибершпионаже.', 'ru'), ['MA|denies|MA']);
});

test('a capital as the subject of a speech verb stands for its state (fr, en)', () => {
  assert.deepEqual(claims("Rabat a rejeté les accusations d'espionnage informatique.", 'fr'), ['MA|denies|MA']);
  assert.deepEqual(claims('Tirana accused Tehran of the cyberattack on its government servers.', 'en'), ['AL|accuses|IR']);
});

test('a capital that is only a place does not speak (fr)', () => {
  assert.deepEqual(claims("Lors d'un sommet à Rabat, le ministre polonais a accusé la Russie de la campagne de piratage.", 'fr'), ['PL|accuses|RU']);
  assert.deepEqual(claims('Les diplomates se sont réunis à Rabat pour parler de cybersécurité.', 'fr'), []);
});
