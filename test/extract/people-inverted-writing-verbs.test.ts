/**
 * A verb of writing stands before its subject after a quotation as a speech verb does ("« ... », écrit
 * X", "«...», escribió X", "„...“, schreibt X", "\"...,\" writes X", "«...», — пишет X"): X speaks. A
 * writing verb with anything but the name after it ("écrit par X": an author) names no speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('fr, es, de, en, ru: a writing verb before its subject after a quotation', () => {
  assert.deepEqual(people('« Cette attaque est grave », écrit Jean Kowal, directeur général du centre.', 'fr'), ['Jean Kowal']);
  assert.deepEqual(people('«Este ataque es grave», escribió Juan Kowal, director del centro.', 'es'), ['Juan Kowal']);
  assert.deepEqual(people('„Dieser Angriff ist ernst“, schreibt Jan Kowal, Direktor des Zentrums.', 'de'), ['Jan Kowal']);
  assert.deepEqual(people('"This attack is serious," writes John Kowal, the centre\'s director.', 'en'), ['John Kowal']);
  assert.deepEqual(people('«Эта атака серьёзна», — пишет Ян Коваль, директор центра.', 'ru'), ['Ян Коваль']);
});

test('fr, es: an author after "par"/"por" is no speaker', () => {
  assert.deepEqual(people('Un article écrit par Jean Kowal a été publié hier.', 'fr'), []);
  assert.deepEqual(people('Un artículo escrito por Juan Kowal fue publicado ayer.', 'es'), []);
  assert.deepEqual(people('"This attack is serious," wrote a reader to John Kowal.', 'en'), []);
});
