/**
 * A family name alone in apposition to a role word ("Minister Kowalczyk", "Präsidentin Valcu",
 * "le ministre Darnaud", "министр Громов", "el ministro Arbeloa") names the role's holder by that
 * name; a capitalised role phrase before it ("Foreign Minister X") is not part of the name. A body in
 * the genitive after a role, a rank abbreviation and a surname the text already gave in full are no
 * new person. Names and sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (text: string, lang: string) => extract(`Meldung\n${text}\nSource: x`, { lang }).people.map((p) => p.name);
const all = (text: string, lang: string) => {
  const x = extract(`Meldung\n${text}\nSource: x`, { lang });
  return [...x.people, ...x.mentioned_people].map((p) => p.name);
};

test('en: a surname alone after a role word, with or without a capitalised role phrase', () => {
  assert.deepEqual(names('Minister Kowalczyk said the intrusion was run from abroad.', 'en'), ['Kowalczyk']);
  assert.deepEqual(names('Foreign Minister Kowalczyk said the intrusion was run from abroad.', 'en'), ['Kowalczyk']);
});

test('de, fr, es: a surname alone after a role word', () => {
  assert.deepEqual(names('Präsidentin Valcu kündigte an, die Prüfberichte der Wahlbehörde offenzulegen.', 'de'), ['Valcu']);
  assert.deepEqual(names('Innenministerin Reinholt sagte, der Angriff sei abgewehrt worden.', 'de'), ['Reinholt']);
  assert.deepEqual(names('Le ministre Darnaud a déclaré que les serveurs avaient été visés.', 'fr'), ['Darnaud']);
  assert.deepEqual(names('El ministro Arbeloa dijo que los servidores habían sido atacados.', 'es'), ['Arbeloa']);
});

test('ru: a surname alone after a role word, in the nominative and after a genitive role', () => {
  const ru = extract('Новость\nМинистр Громов заявил, что атака была отражена.\nSource: x', { lang: 'ru' }).people;
  assert.equal(ru.length, 1);
  assert.equal(ru[0]!.name, 'Громов');
  assert.ok(ru[0]!.aliases.includes('Gromov'));
});

test('not a new person: a body after a role, a rank abbreviation, a surname given in full before', () => {
  // "глава Киберагентства": a body in the genitive, with a common noun's ending.
  assert.deepEqual(all('На слушаниях выступил глава Киберагентства с докладом.', 'ru'), []);
  // "Director Gen. Lars Okonkwo": the rank is abbreviated, the name follows it.
  assert.ok(!all('Agency Director Gen. Lars Okonkwo said the network had been breached.', 'en').includes('Gen'));
  // The full name first, then the surname after the role: one person.
  assert.deepEqual(names('Innenministerin Petra Brandtner sagte, der Angriff sei abgewehrt worden. Ministerin Brandtner erklärte später, die Daten seien sicher.', 'de'), ['Petra Brandtner']);
});

test('a state named after the surname is not whose official they are; one named before it is', () => {
  const after = extract('Meldung\nMinister Kowalczyk accused Russia of attacking the grid.\nSource: x', { lang: 'en' });
  assert.equal([...after.people, ...after.mentioned_people].find((p) => p.name === 'Kowalczyk')?.speaks_for, undefined);
  const before = extract('Meldung\nPoland\'s Digital Minister Kowalczyk accused Russia of attacking the grid.\nSource: x', { lang: 'en' });
  assert.equal(before.people.find((p) => p.name === 'Kowalczyk')?.speaks_for, 'PL');
});
