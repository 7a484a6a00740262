/**
 * A speaking name that is an organisation's, not a person's: a run whose own acronym follows it in brackets
 * ("Computer Emergency Response Team (MyCERT) has warned", the acronym holding the run's initials), or one
 * closing in a word companies are named with ("Khuzestan Steel erklärte"). A person's affiliation in brackets
 * keeps them a person ("Jane Holloway (MIT) said"). Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const peopleOf = (body: string, lang: string) => extract(`Cyberattack\n${body}\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

for (const [lang, body] of [
  ['en', "Velmora's Computer Emergency Response Team (VCERT) has warned government officials of a phishing campaign."],
  ['en', 'National Cyber Defence Unit (NCDU) said the phishing campaign targeted ministries.'],
  ['de', 'Die Führung von Zagros Steel erklärte, dank rechtzeitiger Maßnahmen sei kein Schaden entstanden.'],
] as const) {
  test(`${lang}: an organisation speaking is no person: ${body.slice(0, 40)}`, () => {
    assert.deepEqual(peopleOf(body, lang), []);
  });
}

test('en: a person with an affiliation in brackets stays a person', () => {
  assert.deepEqual(peopleOf('Jane Holloway (MIT) said the phishing campaign was large.', 'en'), ['Jane Holloway']);
});
