/**
 * A vendor-style family-word name ("... Spider", "... Panda") listed next to a group, joined by a comma or a
 * conjunction ("Killnet, Mummy Spider and Salty Spider", "Killnet、Mummy Spider和Salty Spider"), is a group
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
  assert.ok(groups('Among the groups named in the advisory are Killnet, Mummy Spider, Salty Spider, Scully Spider, Smokey Spider and Wizard Spider.', 'en').includes('Smokey Spider'));
  assert.ok(groups('Die Behörden nannten am Montag Killnet, Mummy Spider sowie Salty Spider.', 'de').includes('Salty Spider'));
  assert.ok(groups('В списке на прошлой неделе оказались Killnet, Mummy Spider и Salty Spider.', 'ru').includes('Salty Spider'));
  assert.ok(groups('名单包括Killnet、Mummy Spider和Salty Spider。', 'zh').includes('Salty Spider'));
});

test('listed other names of a known group stay that group (fr)', () => {
  assert.deepEqual(groups('APT31, également désigné sous les noms Zirconium ou Judgment Panda, est un mode opératoire documenté.', 'fr'), ['APT31']);
});

test('a family word in an ordinary name, or a family-word name not joined to a group, is no group (negatives: en, de)', () => {
  assert.deepEqual(groups('The pilots flew the Eurofighter and Rafale Typhoon jets over the coast.', 'en'), []);
  assert.deepEqual(groups('Killnet griff die Seite an; später erschien Salty Spider in einem Comicheft.', 'de'), ['Killnet']);
});
