/**
 * More surname shapes of the French and German transcriptions of Cyrillic names: French writes the
 * masculine "-ин" as "-ine" after l, k, n, z or ch ("Pouchkine" for Pushkin; not "-cine", "-tine",
 * which French surnames end in), German writes the Armenian "-ян" as "-jan": such a
 * surname gets its English spelling as an alias ("-in", "-yan"). Negative: a surname of neither shape
 * gets none. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { slavicNameToEnglish } from '../../src/extract/translit.ts';

test('fr "-ine" and de "-jan" surnames have an English spelling', () => {
  assert.equal(slavicNameToEnglish('Boris Routchiline', 'fr'), 'Boris Ruchilin');
  assert.equal(slavicNameToEnglish('Oleg Mouraline', 'fr'), 'Oleg Muralin');
  assert.equal(slavicNameToEnglish('Karina Tigranjan', 'de'), 'Karina Tigranyan');
});

test('fr: the English spelling is an alias of the person found', () => {
  const x = extract('Titre\n\nLe dirigeant séparatiste, Oleg Mouraline, a déclaré que les sites étaient attaqués.\nSource: x', { lang: 'fr' });
  const p = x.people.find((q) => q.name === 'Oleg Mouraline');
  assert.ok(p, JSON.stringify(x.people));
  assert.ok(p.aliases.includes('Oleg Muralin'), JSON.stringify(p.aliases));
});

test('fr, de: other surname shapes get no English spelling (negative)', () => {
  assert.equal(slavicNameToEnglish('Paul Marchand', 'fr'), '');
  assert.equal(slavicNameToEnglish('Julie Racine', 'fr'), '');
  assert.equal(slavicNameToEnglish('Anne Lamartine', 'fr'), '');
  assert.equal(slavicNameToEnglish('Jörg Brenner', 'de'), '');
});
