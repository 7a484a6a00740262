/**
 * Speaking about something rather than stating a clause: a person who criticises, describes,
 * comments on, posts about or testifies about something acts ("Minister X criticised the response",
 * "X kritisierte die Reaktion", "X a décrit l'attaque", "X criticó la respuesta", "X раскритиковал
 * ответ"). As its patient ("X was criticised") or as the object of such a verb the person does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('en, de: verbs of speaking about something', () => {
  assert.deepEqual(people('Minister Halvard Lindqvist criticised the slow response to the attack.', 'en'), ['Halvard Lindqvist']);
  assert.deepEqual(people('Minister Halvard Lindqvist posted about the attack on the grid.', 'en'), ['Halvard Lindqvist']);
  assert.deepEqual(people('Ministerin Gudrun Albrecht kritisierte die langsame Reaktion auf den Angriff.', 'de'), ['Gudrun Albrecht']);
});

test('fr, es, ru: verbs of speaking about something', () => {
  assert.deepEqual(people("La ministre Clémence Vautrin a décrit l'attaque contre le réseau.", 'fr'), ['Clémence Vautrin']);
  assert.deepEqual(people('La ministra Pilar Escudero criticó la respuesta al ataque.', 'es'), ['Pilar Escudero']);
  assert.equal(people('Министр Олег Скворцов раскритиковал ответ на атаку.', 'ru').length, 1);
});

test('en: the patient or the object of such a verb does not act', () => {
  assert.deepEqual(people('Minister Halvard Lindqvist was criticised for the slow response.', 'en'), []);
  assert.deepEqual(people('Critics in parliament criticised Minister Halvard Lindqvist for the slow response.', 'en'), []);
});
