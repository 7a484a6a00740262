/**
 * Three ways a sentence makes a named person its speaker without a speech verb after the name:
 * a preposition of opinion opening the sentence before the name and its comma ("Pour X, ...",
 * "Para X, ...", "For X, ..."); a source marker whose particle governs the name ("Nach Angaben von
 * X"); and verb-second inversion after a fronted object, where the subject follows any verb ("Das
 * bestätigte Sprecher X", "Den Angriff verurteilte Ministerin X"; German only, the language here
 * that inverts so). Sentences written for these tests; the people and companies are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string): string[] => extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('a preposition of opinion before a name and its comma makes the name a speaker (fr, es, en)', () => {
  assert.deepEqual(people("Pour Solène Dubarry, la Russie est derrière l'attaque.", 'fr'), ['Solène Dubarry']);
  assert.deepEqual(people('Pour Mathis Carrel, chercheur, le groupe est chinois.', 'fr'), ['Mathis Carrel']);
  assert.deepEqual(people('Para Ramiro Etxeberria, Rusia está detrás del ataque.', 'es'), ['Ramiro Etxeberria']);
  assert.deepEqual(people('For Marisol Penhallow, the group is clearly Russian.', 'en'), ['Marisol Penhallow']);
});

test('no person where the preposition does not open the sentence, or an organisation or a state follows it (fr, es, en)', () => {
  assert.deepEqual(people('Pour Velmora Systèmes, le groupe est chinois.', 'fr'), []);
  assert.deepEqual(people('Para Estados Unidos, Rusia es responsable.', 'es'), []);
  assert.deepEqual(people('Le rapport a été rédigé pour Solène Dubarry, qui dirige le service.', 'fr'), []);
  assert.deepEqual(people('The report was written for Marisol Penhallow, who leads the team.', 'en'), []);
});

test('a source marker with a particle governs the name after it (de)', () => {
  assert.deepEqual(people('Nach Angaben von Henrike Sauerbrey war die Gruppe russisch.', 'de'), ['Henrike Sauerbrey']);
  assert.deepEqual(people('Nach Angaben von Velmora Systeme war die Gruppe russisch.', 'de'), []);
});

test('after a fronted object the subject follows the verb (de)', () => {
  assert.deepEqual(people('Das bestätigte Sprecher Brandur Lindqvist am Montag.', 'de'), ['Brandur Lindqvist']);
  assert.deepEqual(people('Den Angriff verurteilte Ministerin Henrike Sauerbrey.', 'de'), ['Henrike Sauerbrey']);
  // Negative: a fronted subject makes the name after the verb its object.
  assert.deepEqual(people('Der Minister warnte Sprecher Brandur Lindqvist am Montag.', 'de'), []);
  assert.deepEqual(people('Das Ministerium bestätigte Sprecher Brandur Lindqvist.', 'de'), []);
});
