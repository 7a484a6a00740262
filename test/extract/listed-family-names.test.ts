/**
 * A vendor-style family-word name ("... Spider", "... Panda") listed next to a group, joined by a comma or a
 * conjunction ("Killnet, Hollow Spider and Pallid Spider", "Killnet、Hollow Spider和Pallid Spider"), is a group
 * even with no group word near it; and "désigné sous les noms X ou Y" gives a known group's other names.
 * Negatives: a family word in an ordinary name, a family-word name not joined to a group, and another name
 * of a known group. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name).sort();

test('a family-word name listed next to a group is a group (en, de, ru, zh)', () => {
  assert.ok(groups('The joint alert lists Killnet next to Hollow Spider, Pallid Spider, Wizard Spider and Brittle Spider.', 'en').includes('Brittle Spider'));
  assert.ok(groups('Die Behörden nannten am Montag Killnet, Hollow Spider sowie Pallid Spider.', 'de').includes('Pallid Spider'));
  assert.ok(groups('В списке на прошлой неделе оказались Killnet, Hollow Spider и Pallid Spider.', 'ru').includes('Pallid Spider'));
  assert.ok(groups('名单包括Killnet、Hollow Spider和Pallid Spider。', 'zh').includes('Pallid Spider'));
});

test('listed other names of a known group stay that group (fr)', () => {
  assert.deepEqual(groups("Selon l'agence, APT31 (désigné sous les noms Judgment Panda ou Zirconium selon les éditeurs) a visé le Sénat.", 'fr'), ['APT31']);
});

test('a family word in an ordinary name, or a family-word name not joined to a group, is no group (negatives: en, de)', () => {
  assert.deepEqual(groups('The pilots flew the Eurofighter and Rafale Typhoon jets over the coast.', 'en'), []);
  assert.deepEqual(groups('Killnet griff die Seite an; später erschien Salty Spider in einem Comicheft.', 'de'), ['Killnet']);
});
