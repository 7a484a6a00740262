/**
 * States that take "similar measures" after an attribution echo it (echo.ts); when they are listed with
 * articles between them ("les Pays-Bas et la Suisse", "Francia y el Reino Unido", "die Niederlande und die
 * Schweiz", "the Netherlands and the United States"), every one of them echoes, not only the one right
 * before the cue. Negative: a state named in another phrase before the list (after a clause break) does not.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, a, b] of [
  ['fr', 'Le Canada a accusé la Russie d’avoir piraté le réseau électrique. Les Pays-Bas et la Suisse ont pris des mesures similaires.', 'NL', 'CH'],
  ['fr', 'Le Canada a accusé la Russie d’avoir piraté le réseau électrique. Les États-Unis et le Japon ont pris des mesures similaires.', 'US', 'JP'],
  ['es', 'Canadá acusó a Rusia de piratear la red eléctrica. Francia y el Reino Unido tomaron medidas similares.', 'FR', 'GB'],
  ['es', 'Canadá acusó a Rusia de piratear la red eléctrica. Los Países Bajos y la India adoptaron medidas similares.', 'NL', 'IN'],
  ['de', 'Kanada beschuldigte Russland, das Stromnetz gehackt zu haben. Die Niederlande und die Schweiz ergriffen ähnliche Maßnahmen.', 'NL', 'CH'],
  ['en', 'Canada accused Russia of hacking the grid. The Netherlands and the United States took similar measures.', 'NL', 'US'],
] as const) {
  test(`${lang}: listed states taking similar measures each echo: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Grid hack' });
    assert.ok(attributes(cs, 'CA', 'RU'), show(cs));
    assert.ok(attributes(cs, a, 'RU'), show(cs));
    assert.ok(attributes(cs, b, 'RU'), show(cs));
  });
}

for (const [lang, body, not] of [
  ['fr', 'Le Canada a accusé la Russie d’avoir piraté le réseau électrique. En Suisse, la France et le Japon ont pris des mesures similaires.', 'CH'],
  ['es', 'Canadá acusó a Rusia de piratear la red eléctrica. En Suiza, Francia y el Reino Unido tomaron medidas similares.', 'CH'],
] as const) {
  test(`${lang}: a place before the list after a comma does not echo (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Grid hack' });
    assert.ok(!attributes(cs, not, 'RU'), show(cs));
  });
}
