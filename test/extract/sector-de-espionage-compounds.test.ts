/**
 * German builds its espionage words as compounds ("Spionagekampagnen", "Wirtschaftsspionage"): such a
 * compound tells the hostile act as "Spionage" does, so the sector it is aimed at counts; a sentence
 * with no act word does not.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string) => extract(text, { lang: 'de' }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Kurz\n${s}\nSource: x`;

test('de: espionage compounds tell the act', () => {
  assert.deepEqual(sectors(brief('Die Gruppe führte jahrelang Spionagekampagnen gegen Kritische Infrastrukturen in Velmorien.')), ['critical-infrastructure']);
  assert.deepEqual(sectors(brief('Das Amt warnt vor Wirtschaftsspionage, die sich vor allem gegen Industrieunternehmen richte.')), ['manufacturing']);
});

test('de: the same sectors without an act word are not targets', () => {
  assert.deepEqual(sectors(brief('Die Messe zeigte neue Produkte für Industrieunternehmen.')), []);
});
