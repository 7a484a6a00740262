/**
 * A speech verb before its subject ('"...," said X'). English puts it there only right after the
 * quotation or clause it reports, and drops "that" after a verb with its own subject: "Prosecutors
 * say X developed ...", "The minister told X that ..." make no speaker of X. German, French and
 * Spanish invert after any opening ('„...“, sagte X', '« ... », a déclaré X', '"...", dijo X').
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('en: after a quotation or a comma the name after "said" speaks', () => {
  assert.deepEqual(people('"This was a deliberate act," said Oskar Lindahl.', 'en'), ['Oskar Lindahl']);
  assert.deepEqual(people('The intrusion was contained, said Oskar Lindahl, who leads the response team.', 'en'), ['Oskar Lindahl']);
});

test('en: a verb with its own subject before the name reports a clause, or has the name as object', () => {
  assert.deepEqual(people('Prosecutors say Dmitri Volkhov developed the ransomware and sold access to affiliates.', 'en'), []);
  assert.deepEqual(people('The minister told Ivo Randall that the flaw was serious.', 'en'), []);
});

test('de, fr, es: the inverted speaker after a quotation', () => {
  assert.deepEqual(people('„Wir sind vorbereitet“, sagte Henrik Vossberg.', 'de'), ['Henrik Vossberg']);
  assert.deepEqual(people('« Nous restons vigilants », a déclaré Claire Dubreuil.', 'fr'), ['Claire Dubreuil']);
  assert.deepEqual(people('"Fue un ataque grave", dijo Esteban Robledo.', 'es'), ['Esteban Robledo']);
});
