/**
 * Spanish demonyms in every gender and number ("las autoridades españolas", "hackers alemanes",
 * "fuentes iraníes"), generated from one listed form, name their state as the listed forms do.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';
import { esDemonymForms } from '../../src/knowledge/data/inflect.ts';

test('a demonym in any gender and number names its state (es)', () => {
  const shown = (body: string) => claimsOf(body, 'es').map((c) => [c.claimant, c.target ?? null]);
  assert.deepEqual(shown('Las autoridades españolas atribuyeron el ataque a Rusia.'), [['ES', 'RU']]);
  assert.deepEqual(shown('Las autoridades alemanas atribuyeron el ataque a hackers rusos.'), [['DE', 'RU']]);
  assert.deepEqual(shown('Las fuentes taiwanesas atribuyeron el ataque a China.'), [['TW', 'CN']]);
});

test('the forms follow Spanish agreement', () => {
  assert.deepEqual(esDemonymForms('francés'), ['francés', 'francesa', 'franceses', 'francesas']);
  assert.deepEqual(esDemonymForms('iraní'), ['iraní', 'iraníes', 'iranís']);
  assert.deepEqual(esDemonymForms('estadounidense'), ['estadounidense', 'estadounidenses']);
  assert.deepEqual(esDemonymForms('españoles'), ['españoles']);
});
