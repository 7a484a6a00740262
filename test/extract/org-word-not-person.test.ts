/**
 * A capitalised run that ends in an organisation word ("Information System Authority", "Cyber
 * Security Directorate") is a body, not a person, even with a bracketed acronym before its verb,
 * which a person's party or affiliation may also stand in ("Jaak Tamm (RIA) said"). Sentences
 * written for these tests; the people are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('a body with an acronym in brackets before its verb is no person', () => {
  assert.deepEqual(people('The Estonian Information System Authority (RIA) said the intruders had used stolen credentials.', 'en'), []);
  assert.deepEqual(people('The National Cyber Security Directorate (NCSD) said the attack had been contained.', 'en'), []);
  assert.deepEqual(people('Die Nationale Cyber Security Authority (NCSA) erklärte, der Angriff sei abgewehrt worden.', 'de'), []);
});

test('a person with an affiliation in brackets is still one', () => {
  assert.deepEqual(people('Jaak Tamm (RIA) said the intruders had used stolen credentials.', 'en'), ['Jaak Tamm']);
});
