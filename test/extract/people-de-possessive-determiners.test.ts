/**
 * German capitalises nouns, so a possessive determiner opening a sentence before a noun ("Unserer
 * Telemetrie zufolge", "Unsere Forscher erklärten", "Ihrer Einschätzung nach") looks like a given name
 * and a surname. A possessive determiner is closed-class: it opens no name. A name after the noun
 * phrase still counts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Überschrift\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('de: a possessive determiner and its noun are no name', () => {
  assert.deepEqual(people('Unserer Telemetrie zufolge wurden Rechner in Brasilien und Chile befallen.', 'de'), []);
  assert.deepEqual(people('Unsere Forscher erklärten, die Angreifer stammten aus Russland.', 'de'), []);
  assert.deepEqual(people('Ihrer Einschätzung zufolge steckt eine staatliche Gruppe dahinter.', 'de'), []);
});

test('de: a name after such a noun phrase is still found', () => {
  assert.deepEqual(people('Unserer Analyse zufolge erklärte Jana Kowalczyk, die Angreifer stammten aus Russland.', 'de'), ['Jana Kowalczyk']);
  assert.deepEqual(people('Jana Kowalczyk erklärte, die Angreifer stammten aus Russland.', 'de'), ['Jana Kowalczyk']);
});

test('en, fr: lowercase possessives never looked like names', () => {
  assert.deepEqual(people('Our telemetry shows victims in India and Taiwan.', 'en'), []);
  assert.deepEqual(people('Selon notre télémétrie, les victimes se trouvent en Inde.', 'fr'), []);
});
