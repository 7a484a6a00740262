/**
 * Issue 13, deliverable 3, for statements (migration 092-statements-visibility): the statement
 * queries decide who sees a statement from columns kept on write (restricted, its owners, the
 * restricted counts of the summaries) and answer every viewer exactly as the store would: a viewer
 * sees a statement when the store shows them at least one of its claims. Statements of three copies
 * each, written by two organisations and the installation at every TLP level and naming different
 * sectors, shared, received, corrected to another level or sector, deleted; a database of the
 * previous release (no 092 columns) upgraded in place, its statements regrouped from scratch into
 * the same ones the live writes made; then a version written only to a restricted TAXII collection.
 * On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { buildUserViewer } from '../helpers/factories.ts';
import { correctClaim } from '../../src/claims/build-claim.ts';
import { contestedStatements, countStatements, listStatements, statementMatrix } from '../../src/claims/statement-queries.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import { ACCUSING_STANCES, DENYING_STANCES, type Claim } from '../../src/model/claim.ts';
import { tlpMarkingId, type TlpLevel } from '../../src/model/tlp.ts';
import { SYSTEM, type Viewer } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import { sampleClaims } from './claim-visibility-check.ts';

/** Claims in threes that share a statement key and date (one statement each), marked `levels` in turn, made in `year` (so sets do not join). */
function statementClaims(statements: number, seed: number, levels: Array<TlpLevel | undefined>, year: number): Claim[] {
  const base = sampleClaims(statements * 3, seed, [undefined]);
  return base.map((c, i) => {
    const head = base[i - (i % 3)]!;
    const claim: Record<string, unknown> = {
      ...c,
      claimant_ref: head.claimant_ref, speaks_for_ref: head.speaks_for_ref, stance: head.stance,
      subject_refs: head.subject_refs, addressee_refs: head.addressee_refs, made_on: `${year}${head.made_on!.slice(4)}`,
      // copies differ in sectors: a statement is in a sector when one of its claims names it
      // a third of the statements are finance only; the others' first copy names energy, the second water and finance, the third none
      targeted_sectors: Math.floor(i / 3) % 3 === 0 ? ['finance'] : [['energy'], ['water', 'finance'], []][i % 3],
    };
    if ((claim.targeted_sectors as string[]).length === 0) delete claim.targeted_sectors;
    delete claim.object_marking_refs;
    const level = levels[i % levels.length];
    if (level) claim.object_marking_refs = [tlpMarkingId(level)];
    return claim as Claim;
  });
}

interface StatementRow { id: string; party_ref: string; state_ref: string; stance: string; first_on: string | null; last_on: string | null }

/** What every statement query must answer the viewer: the statements of the claims the store shows them. */
async function expected(store: Store, viewer: Viewer) {
  const db = store.db;
  const statementOf = new Map((await db.query<{ claim_id: string; statement_id: string }>('SELECT claim_id, statement_id FROM claim_statement_members')).map((r) => [r.claim_id, r.statement_id]));
  const seen = new Set<string>();
  for (const id of statementOf.keys()) {
    const [latest] = await store.get(SYSTEM, id);
    const [found] = await store.get(viewer, id, [latest!.version]);
    if (found) seen.add(statementOf.get(id)!);
  }
  const rows = (await db.query<StatementRow>('SELECT id, party_ref, state_ref, stance, first_on, last_on FROM claim_statements')).filter((s) => seen.has(s.id));
  // a statement's sectors are its claims' (every claim's: the filter is on the statement)
  const inEnergy = new Set((await db.query<{ claim_id: string }>("SELECT claim_id FROM claim_sectors WHERE sector = 'energy'")).map((r) => statementOf.get(r.claim_id)));
  const subjects = await db.query<{ statement_id: string; subject_ref: string }>('SELECT statement_id, subject_ref FROM claim_statement_subjects');
  const addressees = await db.query<{ statement_id: string; addressee_ref: string; addressee_state_ref: string }>(
    'SELECT statement_id, addressee_ref, addressee_state_ref FROM claim_statement_addressees');
  const contested = new Map<string, { a: number; d: number; t: number }>();
  const matrix = [new Map<string, Set<string>>(), new Map<string, Set<string>>()];
  const energy = [new Map<string, Set<string>>(), new Map<string, Set<string>>()];
  for (const s of rows) {
    for (const sub of subjects.filter((x) => x.statement_id === s.id)) {
      const e = contested.get(sub.subject_ref) ?? { a: 0, d: 0, t: 0 };
      if ((ACCUSING_STANCES as readonly string[]).includes(s.stance)) e.a++;
      if ((DENYING_STANCES as readonly string[]).includes(s.stance)) e.d++;
      e.t++;
      contested.set(sub.subject_ref, e);
    }
    if (!(ACCUSING_STANCES as readonly string[]).includes(s.stance)) continue;
    for (const a of addressees.filter((x) => x.statement_id === s.id)) {
      for (const [rollup, key] of [[0, `${s.party_ref} ${a.addressee_ref}`], [1, `${s.state_ref} ${a.addressee_state_ref}`]] as const) {
        matrix[rollup]!.set(key, (matrix[rollup]!.get(key) ?? new Set()).add(s.id));
        if (inEnergy.has(s.id)) energy[rollup]!.set(key, (energy[rollup]!.get(key) ?? new Set()).add(s.id));
      }
    }
  }
  // the matrix of the statements first reported between two days (either open)
  const between = (from?: string, to?: string, energyOnly = false) => [0, 1].map((rollup) => {
    const cells = new Map<string, Set<string>>();
    for (const s of rows) {
      if (!(ACCUSING_STANCES as readonly string[]).includes(s.stance) || !s.first_on || (energyOnly && !inEnergy.has(s.id))) continue;
      if ((from && s.first_on < from) || (to && s.first_on > to)) continue;
      for (const a of addressees.filter((x) => x.statement_id === s.id)) {
        const key = rollup ? `${s.state_ref} ${a.addressee_state_ref}` : `${s.party_ref} ${a.addressee_ref}`;
        cells.set(key, (cells.get(key) ?? new Set()).add(s.id));
      }
    }
    return [...cells].map(([k, ids]) => `${k} ${ids.size}`).sort();
  });
  return {
    between,
    lastOn: new Map(rows.map((s) => [s.id, s.last_on])),
    since: (day: string, energyOnly = false) => rows.filter((s) => s.last_on !== null && s.last_on >= day && (!energyOnly || inEnergy.has(s.id))).map((s) => s.id).sort(),
    ids: rows.map((s) => s.id).sort(),
    energyIds: rows.filter((s) => inEnergy.has(s.id)).map((s) => s.id).sort(),
    contested: [...contested].filter(([, e]) => e.a > 0 && e.d > 0).map(([s, e]) => `${s} ${e.a} ${e.d} ${e.t}`).sort(),
    matrix: matrix.map((m) => [...m].map(([k, ids]) => `${k} ${ids.size}`).sort()),
    energy: energy.map((m) => [...m].map(([k, ids]) => `${k} ${ids.size}`).sort()),
  };
}

const cells = (rows: Array<{ party_ref: string; addressee_ref: string; count: number }>) => rows.map((r) => `${r.party_ref} ${r.addressee_ref} ${r.count}`).sort();

/** 051's index of statements by latest date, as releases before 095 have it. */
const PREVIOUS_LAST_INDEX = 'CREATE INDEX claim_statements_last ON claim_statements (last_on)';

/** 051's index of attributing statements by date, as releases before 094 have it. */
const PREVIOUS_MATRIX_INDEX = 'CREATE INDEX claim_statement_addressees_matrix ON claim_statement_addressees (stance, first_on, party_ref, addressee_ref)';

/**
 * Date ranges that cut months at both ends, at one, at none, within one month or two, or reversed
 * (the statements are first reported on January 10 and 17-19, April 10-13 and July 14-16).
 */
const DATE_RANGES: Array<[string | undefined, string | undefined]> = [
  ['2024-01-18', '2024-07-15'], ['2023-04-12', undefined], [undefined, '2024-04-11'], ['2024-01-01', '2024-06-30'],
  ['2024-04-11', '2024-04-12'], ['2024-01-15', '2024-02-20'], ['2023-01-01', '2024-12-31'], ['2024-06-01', '2024-03-31'],
];

async function assertStatementsMatchStore(store: Store, viewer: Viewer, label: string): Promise<number> {
  const db = store.db;
  const want = await expected(store, viewer);
  assert.deepEqual((await listStatements(db, viewer, { limit: 1000 })).map((s) => s.id).sort(), want.ids, `${label}: list`);
  assert.equal(await countStatements(db, viewer), want.ids.length, `${label}: count`);
  assert.deepEqual((await listStatements(db, viewer, { sector: 'energy', limit: 1000 })).map((s) => s.id).sort(), want.energyIds, `${label}: list, one sector`);
  assert.equal(await countStatements(db, viewer, { sector: 'energy' }), want.energyIds.length, `${label}: count, one sector`);
  assert.deepEqual((await listStatements(db, viewer, { from: '2024-04-01', limit: 1000 })).map((s) => s.id).sort(), want.since('2024-04-01'), `${label}: list since a day`);
  assert.equal(await countStatements(db, viewer, { from: '2024-04-01' }), want.since('2024-04-01').length, `${label}: count since a day`);
  assert.deepEqual((await listStatements(db, viewer, { sector: 'energy', from: '2024-04-01', limit: 1000 })).map((s) => s.id).sort(), want.since('2024-04-01', true), `${label}: list, one sector, since a day`);
  assert.equal(await countStatements(db, viewer, { sector: 'energy', from: '2024-04-01' }), want.since('2024-04-01', true).length, `${label}: count, one sector, since a day`);
  // newest first, a page at a time, whole or one sector
  for (const filter of [{}, { sector: 'energy' }]) {
    const all = await listStatements(db, viewer, { ...filter, limit: 1000 });
    const dates = all.map((st) => want.lastOn.get(st.id) ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), `${label}: ${JSON.stringify(filter)} newest first`);
    const pages = [];
    for (let offset = 0; offset < all.length; offset += 4) pages.push(...(await listStatements(db, viewer, { ...filter, limit: 4, offset })));
    assert.deepEqual(pages.map((st) => st.id), all.map((st) => st.id), `${label}: ${JSON.stringify(filter)} pages`);
  }
  assert.deepEqual((await contestedStatements(db, viewer)).map((r) => `${r.subject_ref} ${r.accusing} ${r.denying} ${r.total}`).sort(), want.contested, `${label}: contested`);
  // listed most statements first, and read a page at a time: the pages are the whole list cut up
  const contested = await contestedStatements(db, viewer);
  for (let i = 1; i < contested.length; i++) {
    assert.ok(contested[i - 1]!.accusing + contested[i - 1]!.denying >= contested[i]!.accusing + contested[i]!.denying, `${label}: contested, most statements first`);
  }
  for (const limit of [1, 2, 3]) {
    const pages: typeof contested = [];
    for (let offset = 0; offset < contested.length + limit; offset += limit) pages.push(...(await contestedStatements(db, viewer, { limit, offset })));
    assert.deepEqual(pages, contested, `${label}: contested, pages of ${limit}`);
  }
  for (const rollup of [false, true]) {
    const m = want.matrix[rollup ? 1 : 0];
    const e = want.energy[rollup ? 1 : 0];
    assert.ok(e!.length > 0 && e!.join() !== m!.join(), `${label}: one sector's matrix is not the whole`);
    const cut = want.between('2024-01-18', '2024-07-15')[0]!;
    if (viewer === SYSTEM) assert.ok(cut.length > 0 && cut.join() !== want.between('2024-01-01', '2024-07-31')[0]!.join(), `${label}: a range's ends cut some statements out`);
    assert.deepEqual(cells(await statementMatrix(db, viewer, { rollup })), m, `${label}: matrix${rollup ? ', rolled up' : ''}`);
    assert.deepEqual(cells(await statementMatrix(db, viewer, { rollup, from: '2000-01-01' })), m, `${label}: matrix by date`);
    assert.deepEqual(cells(await statementMatrix(db, viewer, { rollup, sector: 'energy' })), e, `${label}: matrix of one sector`);
    assert.deepEqual(cells(await statementMatrix(db, viewer, { rollup, sector: 'energy', from: '2000-01-01' })), e, `${label}: matrix of one sector by date`);
    // between two days: whole months from the per-month counts, the days at either end from the statements
    for (const [from, to] of DATE_RANGES) {
      const m = want.between(from, to)[rollup ? 1 : 0]!;
      assert.deepEqual(cells(await statementMatrix(db, viewer, { rollup, from, to })), m, `${label}: matrix from ${from} to ${to}${rollup ? ', rolled up' : ''}`);
      const me = want.between(from, to, true)[rollup ? 1 : 0]!;
      assert.deepEqual(cells(await statementMatrix(db, viewer, { rollup, from, to, sector: 'energy' })), me, `${label}: one sector's matrix from ${from} to ${to}${rollup ? ', rolled up' : ''}`);
    }
  }
  return want.ids.length;
}

for (const backend of BACKENDS) {
  describe(`statement visibility (${backend})`, () => {
    test('every statement query answers each viewer with the statements of the claims the store shows them', () =>
      withStore(backend, async (store, location) => {
        const a1 = buildUserViewer({ orgId: 'org-a', role: 'editor' });
        const a2 = buildUserViewer({ orgId: 'org-a' });
        const b1 = buildUserViewer({ orgId: 'org-b', role: 'editor' });
        const c1 = buildUserViewer({ orgId: 'org-c' });
        const outsider = buildUserViewer();
        // 5 levels over copies in threes: every statement mixes levels differently
        const levels = [undefined, 'amber', 'red', 'amber+strict', 'green'] as const;
        const restrictedOnly = ['amber', 'amber+strict', 'red'] as const;
        const mixed = statementClaims(10, 11, [...levels], 2024);
        const closed = statementClaims(8, 12, [...restrictedOnly, 'amber', 'red'], 2023);
        // copies of one statement from different writers: A writes the first, B the second, the installation the third
        const byWriter = (claims: Claim[], k: number) => claims.filter((_, i) => i % 3 === k);
        for (const claims of [mixed, closed]) {
          await store.put(byWriter(claims, 0), { actor: a1 });
          await store.put(byWriter(claims, 1), { actor: b1 });
          await store.put(byWriter(claims, 2));
        }
        const restrictedStatements = async () => Number((await store.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM claim_statements WHERE restricted = 1'))[0]!.n);
        assert.ok(await restrictedStatements() >= 8, 'the closed statements are restricted');
        const amberOfA = byWriter(closed, 0).filter((c) => c.object_marking_refs?.[0] === tlpMarkingId('amber'));
        const redOfB = byWriter(closed, 1).filter((c) => c.object_marking_refs?.[0] === tlpMarkingId('red'));
        assert.ok(amberOfA.length >= 2 && redOfB.length >= 1);
        await store.shareWith(amberOfA[0]!.id, 'org-c', { actor: a1 });
        await store.addRecipient(redOfB[0]!.id, c1.userId, { actor: b1 });
        // a1 is granted a claim of a statement their organisation owns already: it counts once
        await store.addRecipient(redOfB[0]!.id, a1.userId, { actor: b1 });
        const ownedToo = await store.db.query("SELECT 1 FROM claim_statement_members m JOIN claim_statement_owners o ON o.statement_id = m.statement_id WHERE m.claim_id = ? AND o.owner_org = 'org-a'", [redOfB[0]!.id]);
        assert.equal(ownedToo.length, 1, 'the granted claim is in a statement org-a owns');
        const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['a1', a1], ['a2', a2], ['b1', b1], ['c1', c1], ['outsider', outsider]];
        const check = async (when: string) => {
          const seen: number[] = [];
          for (const [name, viewer] of viewers) seen.push(await assertStatementsMatchStore(store, viewer, `${when}, ${name}`));
          return seen;
        };
        const seen = await check('stored');
        assert.equal(seen[0], 18, 'the system viewer sees every statement');
        assert.ok(new Set(seen).size >= 4, `viewers see different statements: ${seen}`);
        assert.ok(seen[5]! < seen[0]!, 'an outsider does not see the restricted statements');

        // a correction opens a restricted statement (one copy CLEAR), another closes an open one, a delete
        const opened = correctClaim(amberOfA[1]!, { object_marking_refs: [tlpMarkingId('clear')] } as never);
        const open = byWriter(mixed, 0).find((c) => !c.object_marking_refs)!;
        const closing = correctClaim(open, { object_marking_refs: [tlpMarkingId('red')] } as never);
        // and one that moves a claim out of its sectors
        const moved = correctClaim(byWriter(mixed, 0).find((c) => c.targeted_sectors?.includes('energy') && c.id !== open.id)!, { targeted_sectors: ['finance'] } as never);
        await store.put([opened, closing, moved], { actor: a1 });
        await store.delete(amberOfA[0]!.id, undefined, { actor: a1 });
        await check('corrected and deleted');

        // the release before 094's database: no per-month counts, no dates on sector rows; opened, 094 and 095 fill them from the statements as the writes kept them
        const monthTables = {
          claim_statement_month_matrix_stats: 'SELECT sector, month, rollup, party_ref, addressee_ref, n, r_n FROM claim_statement_month_matrix_stats WHERE n <> 0 OR r_n <> 0 ORDER BY rollup, sector, month, party_ref, addressee_ref',
          claim_statement_month_matrix_owned: 'SELECT owner_org, sector, month, rollup, party_ref, addressee_ref, n FROM claim_statement_month_matrix_owned WHERE n <> 0 ORDER BY owner_org, rollup, sector, month, party_ref, addressee_ref',
        };
        const kept: unknown[][] = [];
        for (const [table, read] of Object.entries(monthTables)) {
          kept.push(await store.db.query(read));
          await store.db.exec(`DROP TABLE ${table}`);
        }
        const sectorRows = 'SELECT sector, statement_id, last_on, restricted FROM claim_statement_sectors ORDER BY sector, statement_id';
        kept.push(await store.db.query(sectorRows));
        await store.db.exec('DROP INDEX claim_statement_sectors_last');
        for (const column of ['last_on', 'restricted']) await store.db.exec(`ALTER TABLE claim_statement_sectors DROP COLUMN ${column}`);
        await store.db.exec('DROP INDEX claim_statements_last');
        await store.db.exec(PREVIOUS_LAST_INDEX);
        await store.db.exec("DELETE FROM schema_migrations WHERE id = '095-statements-list-order'");
        assert.ok(kept[0]!.length >= 10 && kept[1]!.length >= 2, `per-month counts were kept on write: ${kept[0]!.length} ${kept[1]!.length}`);
        // and 051's index of attributing statements by date, which 094 widened
        await store.db.exec('DROP INDEX claim_statement_addressees_matrix');
        await store.db.exec(PREVIOUS_MATRIX_INDEX);
        await store.db.exec("DELETE FROM schema_migrations WHERE id = '094-statements-month-matrix'");
        const filled = await openOpsTrackStore(location);
        try {
          assert.deepEqual(await filled.db.query(monthTables.claim_statement_month_matrix_stats), kept[0], 'per-month counts filled by the upgrade');
          assert.deepEqual(await filled.db.query(monthTables.claim_statement_month_matrix_owned), kept[1], 'per-owner per-month counts filled by the upgrade');
          assert.deepEqual(await filled.db.query(sectorRows), kept[2], 'sector rows dated by the upgrade');
          for (const [name, viewer] of viewers) await assertStatementsMatchStore(filled, viewer, `upgraded from 093, ${name}`);
        } finally {
          await filled.close();
        }

        // the release before 092's database: no 092 columns or tables, no 093 indexes; opened, it regroups once and answers the same
        const stmt = 'SELECT id, n_claims FROM claim_statements ORDER BY id';
        const before = await store.db.query(stmt);
        for (const table of ['claim_statement_owners', 'claim_statement_sectors', 'claim_statement_sector_matrix_stats',
          'claim_statement_subject_owned', 'claim_statement_matrix_owned', 'claim_statement_sector_matrix_owned',
          'claim_statement_month_matrix_stats', 'claim_statement_month_matrix_owned']) await store.db.exec(`DROP TABLE ${table}`);
        for (const index of ['claim_statements_restricted', 'claim_statement_subject_stats_contested', 'claim_statement_subject_stats_contested_open', 'claim_statement_addressees_matrix', 'claim_statements_last']) await store.db.exec(`DROP INDEX ${index}`);
        await store.db.exec(PREVIOUS_MATRIX_INDEX);
        await store.db.exec(PREVIOUS_LAST_INDEX);
        for (const [table, column] of [['claim_statements', 'restricted'], ['claim_statement_addressees', 'restricted'], ['claim_statement_subject_stats', 'r_accusing'],
          ['claim_statement_subject_stats', 'r_denying'], ['claim_statement_subject_stats', 'r_total'], ['claim_statement_matrix_stats', 'r_n']]) {
          await store.db.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
        }
        await store.db.exec("DELETE FROM schema_migrations WHERE id IN ('092-statements-visibility', '093-statements-contested-order', '094-statements-month-matrix', '095-statements-list-order')");
        const upgraded = await openOpsTrackStore(location);
        try {
          assert.deepEqual(await upgraded.db.query(stmt), before, 'the same statements after the upgrade');
          for (const [name, viewer] of viewers) await assertStatementsMatchStore(upgraded, viewer, `upgraded, ${name}`);

          // a version written only to a restricted TAXII collection: the counts are found exactly
          const scoped = statementClaims(2, 13, [undefined, 'green', undefined], 2022);
          await upgraded.put(scoped, { actor: a1, collectionId: 'collection-of-a' });
          for (const [name, viewer] of viewers) await assertStatementsMatchStore(upgraded, viewer, `collection-scoped, ${name}`);
        } finally {
          await upgraded.close();
        }
      }));

    test('contested subjects come most statements first, a page at a time, for every viewer (093)', () =>
      withStore(backend, async (store) => {
        const a1 = buildUserViewer({ orgId: 'org-a', role: 'editor' });
        const b1 = buildUserViewer({ orgId: 'org-b', role: 'editor' });
        const c1 = buildUserViewer({ orgId: 'org-c' });
        const outsider = buildUserViewer();
        // 30 subjects with 2-4 accusing and 1-2 denying statements (one claim each, a month apart, so none
        // join); one accusing claim of every fourth subject is AMBER of org-a, one denying claim of the
        // next AMBER of org-b: owners count their subjects higher than others do, and equal counts of
        // owned and unowned subjects meet at the edges of pages. Two more subjects of one accusation
        // and one denial, the accusation AMBER of org-a, of org-b: contested for their owners only, and
        // counted below every subject they do not own
        const subjects = Array.from({ length: 32 }, (_, k) => `intrusion-set--00000000-0000-4000-8000-${String(k).padStart(12, '0')}`);
        const plan = subjects.flatMap((subject, k) => k >= 30
          ? [{ subject, stance: 'attributes', owner: k === 30 ? 'a' : 'b' }, { subject, stance: 'denies', owner: undefined }]
          : [
            ...Array.from({ length: 2 + (k % 3) }, (_, j) => ({ subject, stance: 'attributes', owner: k % 4 === 0 && j === 0 ? 'a' : undefined })),
            ...Array.from({ length: 1 + (Math.floor(k / 3) % 2) }, (_, j) => ({ subject, stance: 'denies', owner: k % 4 === 1 && j === 0 ? 'b' : undefined })),
          ]);
        const base = sampleClaims(plan.length, 21, [undefined]);
        const claims = base.map((c, i) => {
          const claim: Record<string, unknown> = {
            ...c, stance: plan[i]!.stance, subject_refs: [plan[i]!.subject], targeted_sectors: ['energy'],
            made_on: new Date(Date.UTC(2010, i, 1)).toISOString().slice(0, 10),
          };
          if (plan[i]!.owner) claim.object_marking_refs = [tlpMarkingId('amber')];
          return claim as Claim;
        });
        const ownedBy = (owner: string) => claims.filter((_, i) => plan[i]!.owner === owner);
        await store.put(ownedBy('a'), { actor: a1 });
        await store.put(ownedBy('b'), { actor: b1 });
        await store.put(claims.filter((_, i) => !plan[i]!.owner));
        // org-b shares two of its claims with org-c
        for (const claim of ownedBy('b').slice(0, 2)) await store.shareWith(claim.id, 'org-c', { actor: b1 });
        const viewers: Array<[string, Viewer]> = [['system', SYSTEM], ['a1', a1], ['b1', b1], ['c1', c1], ['outsider', outsider]];
        const orders = new Set<string>();
        for (const [name, viewer] of viewers) {
          const want = (await expected(store, viewer)).contested.map((row) => {
            const [subject, a, d, t] = row.split(' ');
            return { subject_ref: subject!, accusing: Number(a), denying: Number(d), total: Number(t) };
          }).sort((x, y) => y.accusing + y.denying - (x.accusing + x.denying) || (x.subject_ref < y.subject_ref ? -1 : 1));
          assert.ok(want.length >= 6, `${name}: enough contested subjects to page through`);
          const all = await contestedStatements(store.db, viewer);
          assert.deepEqual(all, want, `${name}: contested, most statements first, then by subject`);
          for (const limit of [1, 2, 3, 5]) {
            for (let offset = 0; offset <= want.length; offset++) {
              assert.deepEqual(await contestedStatements(store.db, viewer, { limit, offset }), want.slice(offset, offset + limit), `${name}: limit ${limit}, offset ${offset}`);
            }
          }
          orders.add(all.map((r) => `${r.subject_ref} ${r.accusing} ${r.denying}`).join());
        }
        assert.ok(orders.size >= 4, 'the viewers see different counts');
      }));
  });
}
