/**
 * A state's body named by its usual abbreviation speaks for the state, as the subject of a stance verb
 * ("Das BMVg warf ... vor", "Le SGDSN a accusé", "El DSN acusó") and as a transcript's speaker label
 * ("SPRECHER AA: Wir fordern ..."). The abbreviations are in the entity lexicon
 * (src/knowledge/data/group-list.ts). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) =>
  extract(`${text}\nSource: x`, { lang }).claims.map((c) => `${c.claimant}|${c.stance}|${c.target ?? ''}`).sort();

test('a body abbreviation as the subject of a stance verb speaks for its state (de, fr, es)', () => {
  assert.deepEqual(claims('Das BMVg warf Russland Cyberangriffe auf die Bundeswehr vor.', 'de'), ['DE|accuses|RU']);
  assert.deepEqual(claims('Le SGDSN a accusé la Russie de la campagne de piratage.', 'fr'), ['FR|accuses|RU']);
  assert.deepEqual(claims('El DSN acusó a Rusia de la campaña de ciberataques.', 'es'), ['ES|accuses|RU']);
});

test('a body abbreviation in a speaker label makes its state the "we" of the answer (de)', () => {
  const text = 'Regierungspressekonferenz\n\nFRAGE: Wie bewertet die Bundesregierung die Angriffe auf die Wahlkommission?\n\nSPRECHER AA: Wir fordern Russland auf, diese Cyberangriffe sofort einzustellen.';
  assert.deepEqual(claims(text, 'de'), ['DE|calls-for|RU']);
});

test('a body abbreviation that is accused or hit does not speak (de)', () => {
  assert.deepEqual(claims('Russland warf dem BMI vor, Desinformation zu verbreiten.', 'de'), ['RU|accuses|DE']);
  assert.deepEqual(claims('Hacker drangen in das Netz des BMI ein, teilte die Polizei mit.', 'de'), []);
  assert.deepEqual(claims('SPRECHER AA: Dazu äußern wir uns nicht.', 'de'), []);
});
