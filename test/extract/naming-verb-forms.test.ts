/**
 * More forms of the naming verb before a group's name: the French present "qu'elle désigne sous le nom de X"
 * (no longer taken by the bare "désigne X" cue) and the Russian gerund "назвав её исполнителя X". Negatives:
 * malware named the same way stays no group; a German naming phrase the change leaves alone. Sentences and names written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('a present-tense naming verb with "sous le nom de" names the group (fr)', () => {
  assert.deepEqual(groups("Les opérateurs, un groupe de pirates qu'elle désigne sous le nom de Silt Heron, ont visé des ministères.", 'fr'), ['Silt Heron']);
});

test('a naming gerund with its object names the activity\'s doer (ru)', () => {
  assert.deepEqual(groups('Исследователи описали схожую активность, назвав ее исполнителя Silt Heron.', 'ru'), ['Silt Heron']);
});

test('malware named the same way stays no group (negatives: fr, de, ru)', () => {
  assert.deepEqual(groups("Le logiciel malveillant, que l'entreprise désigne sous le nom de Silt Heron, vole des courriels.", 'fr'), []);
  assert.deepEqual(groups('Die Forscher gaben der Schadsoftware den Namen Silt Heron.', 'de'), []);
  assert.deepEqual(groups('Velmora beschreibt die Schadsoftware unter dem Namen Silt Heron.', 'de'), []);
  assert.deepEqual(groups('Исследователи нашли новый троян, назвав его Silt Heron.', 'ru'), []);
});
