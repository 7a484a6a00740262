/**
 * One statement read as aimed both at a state and at a group, tool or company is aimed at the state
 * (the conventions: the target is the state the text ties the act to, the group only when no state is
 * named). The dropped reading's operations join the kept claim; two states on one statement stay two
 * claims; a group alone stays the target. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import { preferStateTargets } from '../../src/extract/claims/postprocess.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const accusations = (cs: ClaimCandidate[], claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes'));

for (const [lang, body] of [
  ['en', 'Last year Lookout attributed the use of the ROCKSALT tool to a group it calls Grey Finch, which it suspects of working on behalf of the Iranian government.'],
  ['fr', "L'an dernier, l'entreprise Lookout avait attribué l'usage de l'outil ROCKSALT à un groupe qu'elle appelle GREY FINCH et qu'elle soupçonne de travailler pour le compte du gouvernement iranien."],
] as const) {
  test(`${lang}: one statement, a state and a tool as accused: the state stays: ${body.slice(0, 40)}`, () => {
    const cs = accusations(claimsOf(body, lang), 'Lookout');
    assert.deepEqual(cs.map((c) => c.target), ['IR'], show(cs));
    assert.equal(cs[0]!.about.length, 1, show(cs));
  });
}

const candidate = (target: string | undefined, about: string[], start = 0, stance: ClaimCandidate['stance'] = 'warns'): ClaimCandidate => ({
  claimant: 'Acme Labs', claimant_kind: 'organization', stance, target, about,
  evidence: { text: 'x'.repeat(20), start, end: start + 20 }, confidence: 0.7, method: 'cue',
});

test('a group-aimed reading after the state-aimed one is dropped and its groups kept', () => {
  const out = preferStateTargets([candidate('CN', []), candidate('Blue Heron', ['Blue Heron'])]);
  assert.deepEqual(out.map((c) => [c.target, c.about]), [['CN', ['Blue Heron']]]);
});

test('a group-aimed reading before the state-aimed one is dropped too, and the order of the rest kept', () => {
  const other = candidate('Grey Finch', ['Grey Finch'], 100);
  const out = preferStateTargets([candidate('Blue Heron', ['Blue Heron']), other, candidate('KP', ['Kettle'])]);
  assert.deepEqual(out.map((c) => [c.target, c.about]), [['Grey Finch', ['Grey Finch']], ['KP', ['Kettle', 'Blue Heron']]]);
});

test('accuses and attributes are one stance here; EU and NATO count as states', () => {
  const out = preferStateTargets([candidate('EU', [], 0, 'attributes'), candidate('Blue Heron', ['Blue Heron'], 0, 'accuses')]);
  assert.deepEqual(out.map((c) => c.target), ['EU']);
});

test('two states on one statement stay two claims; a group alone stays; other stances and statements are untouched', () => {
  assert.equal(preferStateTargets([candidate('CN', []), candidate('RU', [])]).length, 2);
  assert.deepEqual(preferStateTargets([candidate('Blue Heron', ['Blue Heron'])]).map((c) => c.target), ['Blue Heron']);
  assert.equal(preferStateTargets([candidate('CN', []), candidate('Blue Heron', [], 0, 'attributes')]).length, 2);
  assert.equal(preferStateTargets([candidate('CN', []), candidate('Blue Heron', [], 40)]).length, 2);
});

test('the input is not changed', () => {
  const state = candidate('CN', []);
  preferStateTargets([state, candidate('Blue Heron', ['Blue Heron'])]);
  assert.deepEqual(state.about, []);
});
