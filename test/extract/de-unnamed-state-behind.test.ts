/**
 * German verb-second order of "a state is behind it": "hinter dem Angriff stecke ein fremder Staat", "hinter der
 * Kampagne steht eine ausländische Regierung" is an attribution to a state left unnamed (no target), as the fr, es, ru
 * and vi profiles read "derrière ... il y a un État", "detrás ... hay un Estado". Negatives: a denied state, a state
 * named beside the noun. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'attributes' && !c.target);

for (const body of [
  'Das lettische Außenministerium erklärte, hinter dem Angriff auf das Steuerportal stecke ein fremder Staat.',
  'Das lettische Außenministerium erklärte, hinter der Störkampagne stehe vermutlich eine ausländische Regierung.',
]) {
  test(`de: a state behind the act, left unnamed, in verb-second order: ${body}`, () => {
    const cs = claimsOf(body, 'de');
    assert.ok(unnamed(cs, 'LV'), show(cs));
  });
}

test('de: no state behind it (negative)', () => {
  const cs = claimsOf('Das lettische Außenministerium erklärte, hinter dem Angriff auf das Steuerportal stecke keine Regierung.', 'de');
  assert.ok(!unnamed(cs, 'LV'), show(cs));
});
