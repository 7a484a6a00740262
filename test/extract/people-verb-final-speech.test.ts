/**
 * "Wie X mitteilte": German puts the speech verb at the end of a subordinate clause, after the name
 * and its apposition ("Wie X, Sprecher des Amts, mitteilte, ..."); English and French open the same
 * clause with "as"/"comme" ("As X told reporters, ...", "Comme l'a indiqué X, ..."). A body as the
 * clause's subject, or a name inside a clause someone else states, is no speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('de: the verb closing a subordinate clause, after an apposition or right after the name', () => {
  assert.deepEqual(people('Wie Tobias Reinhardt, Sprecher des Auswärtigen Amts, mitteilte, wurde der Botschafter einbestellt.', 'de'), ['Tobias Reinhardt']);
  assert.deepEqual(people('Wie Tobias Reinhardt bekanntgab, wurde der Botschafter einbestellt.', 'de'), ['Tobias Reinhardt']);
});

test('en, fr: the same clause opened by "as", "comme"', () => {
  assert.deepEqual(people('As Oskar Lindahl told reporters, the group had used stolen credentials.', 'en'), ['Oskar Lindahl']);
  assert.deepEqual(people("Comme l'a indiqué Claire Dubreuil, porte-parole du ministère, l'ambassadeur a été convoqué.", 'fr'), ['Claire Dubreuil']);
});

test('de: a body as the subject, or a name in a clause another states, is no speaker', () => {
  assert.deepEqual(people('Wie die Bundesregierung mitteilte, wurde der Botschafter einbestellt.', 'de'), []);
  assert.deepEqual(people('Der Sprecher teilte mit, dass Tobias Reinhardt den Botschafter einbestellt habe.', 'de'), []);
});
