/**
 * The claim queries against the store's own visibility: for a viewer, the claims whose latest
 * version the store shows (Store.get, src/storage/visibility.ts) are exactly the claims every claim
 * query lists and counts
 * (list, count, contested subjects, the matrix whole and filtered by date and sector).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { accusationMatrix, contestedSubjects, countClaims, listClaims } from '../../src/claims/claim-queries.ts';
import { ACCUSING_STANCES, DENYING_STANCES, claimParty, type Claim, type ClaimStance } from '../../src/model/claim.ts';
import { tlpMarkingId, type TlpLevel } from '../../src/model/tlp.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import { claimArb } from './claim-arbitrary.ts';

export const SUBJECTS = ['intrusion-set--6b3c0c55-9a51-4d8c-a1e0-4c4c1f3b5d2e', 'intrusion-set--0f1e2d3c-4b5a-4968-8776-655443322110', 'campaign--2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d'];
export const PARTIES = ['location--0b4a1f5e-8f3e-4d6a-9a51-2c7e5f1d3b4a', 'location--1c5b2a6f-9a4f-4e7b-8b62-3d8f6a2e4c5b', 'identity--2d6c3b7a-8b5a-4f8c-9c73-4e9a7b3f5d6c'];
const STANCES: ClaimStance[] = ['attributes', 'accuses', 'denies', 'warns'];

/** `n` valid claims over a few subjects and parties, so subjects are contested and cells repeat; marked `levels[i % levels.length]`. */
export function sampleClaims(n: number, seed: number, levels: Array<TlpLevel | undefined>): Claim[] {
  const base = fc.sample(fc.uniqueArray(claimArb, { minLength: n, maxLength: n, selector: (c) => c.id }), { numRuns: 1, seed })[0]!;
  return base.map((c, i) => {
    const claim: Record<string, unknown> = {
      ...c,
      stance: STANCES[i % STANCES.length],
      subject_refs: [SUBJECTS[i % SUBJECTS.length], ...(i % 4 === 0 ? [SUBJECTS[(i + 1) % SUBJECTS.length]] : [])],
      addressee_refs: [PARTIES[i % PARTIES.length]],
      speaks_for_ref: PARTIES[(i + 1) % PARTIES.length],
      targeted_sectors: ['energy'],
      made_on: `2024-0${1 + (i % 9)}-1${i % 10}`,
    };
    delete claim.responds_to_refs;
    delete claim.object_marking_refs;
    const level = levels[i % levels.length];
    if (level) claim.object_marking_refs = [tlpMarkingId(level)];
    return claim as Claim;
  });
}

function expected(claims: Claim[]) {
  const contested = new Map<string, { a: number; d: number; t: number }>();
  const matrix = new Map<string, number>();
  for (const c of claims) {
    for (const s of c.subject_refs ?? []) {
      const e = contested.get(s) ?? { a: 0, d: 0, t: 0 };
      if (ACCUSING_STANCES.includes(c.stance)) e.a++;
      if (DENYING_STANCES.includes(c.stance)) e.d++;
      e.t++;
      contested.set(s, e);
    }
    if (!ACCUSING_STANCES.includes(c.stance)) continue;
    for (const a of c.addressee_refs ?? []) {
      const key = `${claimParty(c)} ${a}`;
      matrix.set(key, (matrix.get(key) ?? 0) + 1);
    }
  }
  return {
    contested: [...contested].filter(([, e]) => e.a > 0 && e.d > 0).map(([s, e]) => `${s} ${e.a} ${e.d} ${e.t}`).sort(),
    matrix: [...matrix].map(([k, n]) => `${k} ${n}`).sort(),
  };
}

/** Asserts every claim query answers `viewer` with exactly the claims (latest versions) the store shows them. */
export async function assertQueriesMatchStore(store: Store, viewer: Viewer, label: string): Promise<number> {
  const db = store.db;
  const ids = (await db.query<{ id: string }>('SELECT id FROM claims')).map((r) => r.id);
  const visible: Claim[] = [];
  for (const id of ids) {
    // The index holds each claim's latest version: visible when the store shows that version.
    const [latest] = await store.get(SYSTEM, id);
    const [found] = await store.get(viewer, id, [latest!.version]);
    if (found) visible.push(found.object as Claim);
  }
  const want = expected(visible);
  assert.deepEqual((await listClaims(db, viewer, { limit: 1000 })).map((c) => c.id).sort(), visible.map((c) => c.id).sort(), `${label}: list`);
  assert.equal(await countClaims(db, viewer), visible.length, `${label}: count`);
  const subject = SUBJECTS[0]!;
  assert.deepEqual(
    (await listClaims(db, viewer, { subject, limit: 1000 })).map((c) => c.id).sort(),
    visible.filter((c) => c.subject_refs?.includes(subject)).map((c) => c.id).sort(),
    `${label}: one subject`,
  );
  assert.deepEqual((await contestedSubjects(db, viewer)).map((r) => `${r.subject_ref} ${r.accusing} ${r.denying} ${r.total}`).sort(), want.contested, `${label}: contested`);
  const cells = (rows: Array<{ party_ref: string; addressee_ref: string; count: number }>) => rows.map((r) => `${r.party_ref} ${r.addressee_ref} ${r.count}`).sort();
  assert.deepEqual(cells(await accusationMatrix(db, viewer)), want.matrix, `${label}: matrix`);
  assert.deepEqual(cells(await accusationMatrix(db, viewer, { from: '2000-01-01' })), want.matrix, `${label}: matrix by date`);
  assert.deepEqual(cells(await accusationMatrix(db, viewer, { sector: 'energy' })), want.matrix, `${label}: matrix by sector`);
  return visible.length;
}
