/**
 * A person as the patient of a passive verb ("Ambassador X was summoned", "Minister X has been accused
 * of ...", "X was asked to explain ...") does not act: a passive auxiliary right before the verb after
 * the name. A progressive ("X is warning that ...") and a verb further on ("X was quoted as saying")
 * stay the person's acts. German, French, Spanish and Russian passives ("wurde einbestellt", "a été
 * convoquée", "fue convocada", "был вызван") make no actor either.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('en: a passive auxiliary before the verb makes the person its patient', () => {
  assert.deepEqual(people('Ambassador Rosalind Achterberg was summoned to the ministry.', 'en'), []);
  assert.deepEqual(people('Minister Halvard Lindqvist has been accused of hiding the breach.', 'en'), []);
  assert.deepEqual(people('Ambassador Rosalind Achterberg was asked to explain the attack.', 'en'), []);
});

test('en: progressives and a speech verb further on stay acts', () => {
  assert.deepEqual(people('Minister Halvard Lindqvist is warning that more attacks will come.', 'en'), ['Halvard Lindqvist']);
  assert.deepEqual(people('Minister Halvard Lindqvist was quoted as saying the attack came from Russia.', 'en'), ['Halvard Lindqvist']);
});

test('de, fr, es, ru: passives make no actor', () => {
  assert.deepEqual(people('Botschafterin Rosalind Achterberg wurde ins Ministerium einbestellt.', 'de'), []);
  assert.deepEqual(people("L'ambassadrice Rosalind Achterberg a été convoquée au ministère.", 'fr'), []);
  assert.deepEqual(people('La embajadora Rosalind Achterberg fue convocada al ministerio.', 'es'), []);
  assert.deepEqual(people('Посол Андрей Кузьмин был вызван в министерство.', 'ru'), []);
});
