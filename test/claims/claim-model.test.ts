import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { buildClaim, correctClaim } from '../../src/claims/build-claim.ts';
import { claimParty, claimProblems, evidenceMatches, stanceSide } from '../../src/model/claim.ts';

const id = (type: string) => `${type}--${randomUUID()}`;
const base = () => ({
  claimant_ref: id('identity'),
  stance: 'attributes' as const,
  subject_refs: [id('intrusion-set')],
  made_on: '2024-05-01',
  source_ref: id('report'),
  evidence: { text: 'GRU unit 26165', start: 10, end: 24, lang: 'en' },
});

test('the validator names each problem by its JSON path', () => {
  const claim = buildClaim(base());
  assert.deepEqual(claimProblems(claim), []);
  const bad = { ...claim, evidence: { ...claim.evidence, end: 30 }, stance: 'blames', subject_refs: [id('identity')], colour: 'red' };
  const problems = claimProblems(bad, 'claims[2]');
  assert.ok(problems.includes('claims[2].evidence.end: end - start must equal the passage\'s length'), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('claims[2].stance: must be one of')));
  assert.ok(problems.some((p) => p.startsWith('claims[2].subject_refs[0]: must reference intrusion-set')));
  assert.ok(problems.includes('claims[2].colour: unknown property'));
  assert.ok(claimProblems({ ...claim, stance: 'overlaps' }).some((p) => p.includes('at least two subjects')));
  assert.ok(claimProblems({ ...claim, responds_to_refs: [claim.id] }).some((p) => p.includes('cannot answer itself')));
  const { subject_refs: _drop, ...noSubject } = claim;
  assert.ok(claimProblems(noSubject).some((p) => p.startsWith('claim.subject_refs: required')));
  assert.deepEqual(claimProblems({ ...noSubject, subject_description: 'attacks on telecoms' }), []);
});

test('offsets count UTF-16 units, so astral characters and combining marks round-trip', () => {
  const stored = 'Trước đó, 𠀀 “Salt Typhoon” tấn công';
  const text = 'Salt Typhoon';
  const start = stored.indexOf(text);
  assert.ok(evidenceMatches({ text, start, end: start + text.length, lang: 'vi' }, stored));
  assert.ok(!evidenceMatches({ text, start: start - 1, end: start - 1 + text.length, lang: 'vi' }, stored));
});

test('corrections keep id and created and move modified forward; helpers classify stances', () => {
  const claim = buildClaim({ ...base(), speaks_for_ref: id('location') }, new Date('2025-01-01T00:00:00Z'));
  const later = correctClaim(claim, { confidence: 40 }, new Date('2024-01-01T00:00:00Z')); // a clock behind still moves forward
  assert.equal(later.id, claim.id);
  assert.equal(later.created, claim.created);
  assert.ok(later.modified > claim.modified);
  assert.equal(claimParty(claim), claim.speaks_for_ref);
  assert.deepEqual(['attributes', 'confirms', 'denies', 'warns'].map((s) => stanceSide(s as never)), ['for', 'for', 'against', 'neutral']);
  assert.throws(() => correctClaim(claim, { made_on: 'yesterday' }), { code: 'OPS_ERR_CLAIM_INVALID' });
});
