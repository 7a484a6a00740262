/**
 * A warning of a threat group whose claimant attributes that group to one state elsewhere in the text warns
 * of the state; an attribution to two states, another claimant's attribution, or none leaves the group as
 * the target. And an attribution whose groups are only carried over, all named by an earlier telling of the
 * same claimant with more groups, is that telling again. Claims and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnedGroupsOwnState } from '../../src/extract/claims/attributed-group-warning.ts';
import { dropRestatements } from '../../src/extract/claims/postprocess.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const claim = (claimant: string, stance: ClaimCandidate['stance'], target: string | undefined, about: string[], start = 0): ClaimCandidate => ({
  claimant, claimant_kind: 'organization', stance, target, about,
  evidence: { text: 'x'.repeat(20), start, end: start + 20 }, confidence: 0.7, method: 'cue',
});

test('a warning of a group its claimant attributes to one state warns of the state', () => {
  const out = warnedGroupsOwnState([claim('Sekoia', 'attributes', 'IR', ['Amber Kestrel']), claim('Sekoia', 'warns', 'Amber Kestrel', ['Amber Kestrel'], 100)]);
  assert.deepEqual(out.map((c) => [c.stance, c.target, c.about]), [['attributes', 'IR', ['Amber Kestrel']], ['warns', 'IR', ['Amber Kestrel']]]);
});

test('two states, another claimant, or no attribution leave the group as the target (negatives)', () => {
  const two = warnedGroupsOwnState([
    claim('Sekoia', 'attributes', 'IR', ['Amber Kestrel']), claim('Sekoia', 'accuses', 'SY', ['Amber Kestrel'], 50), claim('Sekoia', 'warns', 'Amber Kestrel', ['Amber Kestrel'], 100),
  ]);
  assert.equal(two[2]!.target, 'Amber Kestrel');
  const other = warnedGroupsOwnState([claim('Velmora', 'attributes', 'IR', ['Amber Kestrel']), claim('Sekoia', 'warns', 'Amber Kestrel', ['Amber Kestrel'], 100)]);
  assert.equal(other[1]!.target, 'Amber Kestrel');
  const none = warnedGroupsOwnState([claim('Sekoia', 'warns', 'Amber Kestrel', ['Amber Kestrel'], 100)]);
  assert.equal(none[0]!.target, 'Amber Kestrel');
});

test('carried groups all named by an earlier telling with more groups restate it; new or own-named groups stay', () => {
  const first = claim('Sekoia', 'attributes', 'CN', ['Pale Otter', 'Grey Wren', 'Dusk Marten']);
  const carried = claim('Sekoia', 'attributes', 'CN', ['Grey Wren', 'Dusk Marten'], 200);
  assert.equal(dropRestatements([first, carried], { namesOwnGroups: () => false }).length, 1);
  // named in its own words: another telling
  assert.equal(dropRestatements([first, carried], { namesOwnGroups: (c) => c === carried }).length, 2);
  // a group the first did not name: another operation
  const other = claim('Sekoia', 'attributes', 'CN', ['Grey Wren', 'Salt Moth'], 200);
  assert.equal(dropRestatements([first, other], { namesOwnGroups: () => false }).length, 2);
  // another target
  const elsewhere = claim('Sekoia', 'attributes', 'KP', ['Grey Wren'], 200);
  assert.equal(dropRestatements([first, elsewhere], { namesOwnGroups: () => false }).length, 2);
});

test("an attribution read from the warning's own sentence does not retarget it (negative)", () => {
  const out = warnedGroupsOwnState([claim('Sekoia', 'attributes', 'NO', ['Amber Kestrel'], 100), claim('Sekoia', 'warns', 'Amber Kestrel', ['Amber Kestrel'], 100)]);
  assert.equal(out[1]!.target, 'Amber Kestrel');
});
