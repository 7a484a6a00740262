/**
 * A known person's family name alone ("Peskov said", "Песков заявил", "Peskow sagte") names them when the text
 * never gives the full name, if the knowledge base gives that family name to one person only and it stands
 * alone (not inside a longer capitalised name). A person named only as the owner of who speaks ("X's spokesman
 * said", known or not) neither speaks nor acts, and "'s" is no part of a name. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const x = (body: string, lang = 'en') => extract(`Headline\n${body}\nSource: https://example.org/x`, { lang });
const names = (body: string, lang = 'en') => x(body, lang).people.map((p) => p.name);

test('en, ru, de: a known family name alone before a speech verb names the person', () => {
  assert.deepEqual(names('Peskov said the accusations were baseless.'), ['Dmitry Peskov']);
  assert.deepEqual(names('Песков заявил, что обвинения беспочвенны.', 'ru'), ['Dmitry Peskov']);
  assert.deepEqual(names('Peskow sagte, die Vorwürfe seien haltlos.', 'de'), ['Dmitry Peskov']);
});

test('en: a known family name inside another capitalised name, or with no verb of its own, names no one', () => {
  assert.deepEqual(names('Marta Peskov said the accusations were baseless.'), ['Marta Peskov']);
  assert.deepEqual(names('The Peskov interview was cancelled.'), []);
});

test("en: the owner of who speaks is no speaker, and 's is no part of a name", () => {
  for (const body of ["Vladimir Putin's spokesman said the accusations were baseless.", "Mira Castellane's spokesman said the accusations were baseless."]) {
    const r = x(body);
    assert.deepEqual(r.people.map((p) => p.name), [], body);
    assert.ok(r.mentioned_people.every((p) => !/['’]s$/u.test(p.name)), JSON.stringify(r.mentioned_people.map((p) => p.name)));
  }
  assert.deepEqual(names('Mira Castellane said the accusations were baseless.'), ['Mira Castellane']);
});
