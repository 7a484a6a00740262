/**
 * A person named inside a relative clause set off by commas between a subject and its verb ("the
 * association, which criticises President X, said") is not the verb's speaker, nor whom a subject
 * pronoun in the next sentence refers to; a person heading the clause ("X, who chairs the
 * committee, said") still speaks. Names and sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (text: string, lang: string) => extract(`Meldung\n${text}\nSource: x`, { lang }).people.map((p) => p.name);

test('en, fr, de, es, ru: a name inside the relative clause does not speak the verb after it', () => {
  assert.deepEqual(names('The association, which criticises President Anton Verhoek, said the payroll files had been wiped.', 'en'), []);
  assert.deepEqual(names("L'association, qui critique le président Anton Verhoek, annonce que les fichiers de paie ont été effacés.", 'fr'), []);
  assert.deepEqual(names('Die Gruppe, die gegen Präsident Anton Verhoek klagt, erklärte, die Lohndateien seien gelöscht worden.', 'de'), []);
  assert.deepEqual(names('La asociación, que critica al presidente Anton Verhoek, afirmó que los archivos de nóminas fueron borrados.', 'es'), []);
  assert.deepEqual(names('Ассоциация, которая критикует президента Антона Верхука, заявила, что файлы зарплат были стерты.', 'ru'), []);
});

test('fr, en: the next sentence\'s subject pronoun does not refer to the name inside the clause', () => {
  assert.deepEqual(names("L'association, qui critique le président Anton Verhoek, annonce que les fichiers de paie ont été effacés. Il affirme pouvoir les restaurer en une semaine.", 'fr'), []);
  assert.deepEqual(names('The association, which criticises President Anton Verhoek, said the payroll files had been wiped. He said they could be restored within a week.', 'en'), []);
});

test('negative: the person the clause describes still speaks', () => {
  assert.deepEqual(names('Minister Anna Holt, who chairs the cyber committee, said the payroll files had been wiped.', 'en'), ['Anna Holt']);
  assert.deepEqual(names('La ministre Anna Holt, qui préside la commission, a déclaré que les fichiers de paie avaient été effacés.', 'fr'), ['Anna Holt']);
  assert.deepEqual(names('Ministerin Anna Holt, die den Ausschuss leitet, sagte, die Lohndateien seien gelöscht worden.', 'de'), ['Anna Holt']);
});
