/**
 * Keeps the statement tables (migration 051) in step with the claim index: one statement, many
 * sources (issue 15, item 4).
 *
 * Grouping: claims with the same claimant's voice (claimant-kind.ts `claimantVoice`: a named
 * speaker speaks with the voice of the party, so a spokesperson's words and their government's are
 * one statement), party (the body spoken for), stance, addressees and
 * subjects (as sets of ids; a claim naming no subject object groups with the others naming none)
 * share a key. Within a key, dated claims are taken oldest first: a statement starts at the first
 * date and takes every claim dated up to STATEMENT_WINDOW_DAYS (7) days after it; the next claim
 * starts the next statement. Claims of unknown date form one statement of their own per key (they
 * never join a dated one). The grouping of a key is a function of its claims only, so the order of
 * writes does not matter and an upgrade builds the same statements as live writes would.
 *
 * Every write regroups the keys its claims had and have, in the write's own transaction (the
 * `claim-statements` store hook, registered after the claim index hook).
 *
 * Visibility (migration 092) is kept on the same writes: a statement is `restricted` when every
 * member claim is AMBER, AMBER+STRICT or RED (the claim index's own `tlp`), its owners are the
 * organisations owning an AMBER or AMBER+STRICT member, and the summaries count the restricted
 * statements apart (`r_*`), so statement-queries.ts answers a user from the summaries and the few
 * restricted statements they see. A statement's sectors are its members' targeted sectors, with a
 * matrix summary per sector, so the matrix of one sector is read like the whole one.
 */
import { insertRows } from '../storage/multi-row-insert.ts';
import type { QueryOptions, SqlDb } from '../storage/sql-db.ts';
import { hashUuid } from '../knowledge/ids.ts';
import { ACCUSING_STANCES, DENYING_STANCES, type ClaimStance } from '../model/claim.ts';
import { inList } from '../storage/sql-fragment.ts';
import { claimantKind, claimantVoice, stateOf, type ClaimantIdentity } from './claimant-kind.ts';
import { ALL_SECTORS } from './statements-schema.ts';

/** Claims of one key dated within this many days of a statement's first date belong to it. */
export const STATEMENT_WINDOW_DAYS = 7;

const CHUNK = 500;

interface KeyClaim {
  id: string;
  claimant_ref: string;
  party_ref: string;
  stance: string;
  made_on: string | null;
  subjects: string[];
  addressees: string[];
}

interface KeyAttrs {
  claimant_ref: string;
  party_ref: string;
  state_ref: string;
  claimant_kind: string;
  stance: string;
  subjects: string[];
  addressees: Array<{ ref: string; state: string }>;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The grouping key of a claim (a hash of the fields a statement shares). */
export function statementKey(c: Pick<KeyClaim, 'claimant_ref' | 'party_ref' | 'stance' | 'subjects' | 'addressees'>): string {
  return hashUuid('opstrack-statement-key', JSON.stringify([claimantVoice(c.claimant_ref, c.party_ref), c.party_ref, c.stance, [...c.addressees].sort(), [...c.subjects].sort()]));
}

const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

export interface StatementGroup {
  first_on: string | null;
  last_on: string | null;
  ids: string[];
}

/** A member claim's marking, from the claim index (tlp null: unmarked). */
interface MemberMarking {
  tlp: string | null;
  owner_org: string | null;
}

const OPEN_LEVELS = new Set(['clear', 'green']);
const OWN_LEVELS = new Set(['amber', 'amber+strict']);

/** What a statement's members decide beyond its key: whether it is restricted, the organisations that see it as owners (none when open), its targeted sectors (sorted). */
export interface StatementProfile {
  restricted: boolean;
  owners: string[];
  sectors: string[];
}

/** The profile of a statement of these members (their markings and sectors from the claim index). */
export function statementProfile(ids: readonly string[], marking: ReadonlyMap<string, MemberMarking>, sectorsOf: ReadonlyMap<string, string[]>): StatementProfile {
  const marks = ids.map((id) => marking.get(id) ?? { tlp: null, owner_org: null });
  const restricted = marks.length > 0 && marks.every((m) => m.tlp !== null && !OPEN_LEVELS.has(m.tlp));
  const owners = restricted ? new Set(marks.filter((m) => m.tlp !== null && OWN_LEVELS.has(m.tlp) && m.owner_org).map((m) => m.owner_org!)) : new Set<string>();
  const sectors = new Set(ids.flatMap((id) => sectorsOf.get(id) ?? []));
  return { restricted, owners: [...owners].sort(), sectors: [...sectors].sort() };
}

/** The statements of one key's claims (see the module comment). */
export function groupByWindow(members: ReadonlyArray<{ claim_id: string; made_on: string | null }>): StatementGroup[] {
  const dated = members.filter((m) => m.made_on).sort((a, b) => (a.made_on! < b.made_on! ? -1 : a.made_on! > b.made_on! ? 1 : a.claim_id < b.claim_id ? -1 : 1));
  const groups: StatementGroup[] = [];
  let current: StatementGroup | undefined;
  for (const m of dated) {
    if (!current || dayNumber(m.made_on!) - dayNumber(current.first_on!) > STATEMENT_WINDOW_DAYS) {
      current = { first_on: m.made_on, last_on: m.made_on, ids: [] };
      groups.push(current);
    }
    current.ids.push(m.claim_id);
    current.last_on = m.made_on;
  }
  const unknown = members.filter((m) => !m.made_on).map((m) => m.claim_id).sort();
  if (unknown.length) groups.push({ first_on: null, last_on: null, ids: unknown });
  return groups;
}

/** The indexed claims (latest versions) among `ids`, with their subjects and addressees. */
async function indexedClaims(tx: SqlDb, ids: readonly string[]): Promise<KeyClaim[]> {
  const out: KeyClaim[] = [];
  for (const part of chunks([...new Set(ids)])) {
    const rows = await tx.query<Omit<KeyClaim, 'subjects' | 'addressees'>>(
      `SELECT id, claimant_ref, party_ref, stance, made_on FROM claims WHERE ${inList('id', part).sql}`,
      part,
    );
    if (rows.length === 0) continue;
    const found = rows.map((r) => r.id);
    const subjects = await tx.query<{ claim_id: string; subject_ref: string }>(`SELECT claim_id, subject_ref FROM claim_subjects WHERE ${inList('claim_id', found).sql}`, found);
    const addressees = await tx.query<{ claim_id: string; addressee_ref: string }>(`SELECT claim_id, addressee_ref FROM claim_addressees WHERE ${inList('claim_id', found).sql}`, found);
    for (const r of rows) {
      out.push({
        ...r,
        made_on: r.made_on ?? null,
        subjects: subjects.filter((s) => s.claim_id === r.id).map((s) => s.subject_ref).sort(),
        addressees: addressees.filter((a) => a.claim_id === r.id).map((a) => a.addressee_ref).sort(),
      });
    }
  }
  return out;
}

async function identityOf(tx: SqlDb, id: string): Promise<ClaimantIdentity | undefined> {
  const [row] = await tx.query<{ object_json: string }>('SELECT object_json FROM objects WHERE id = ? ORDER BY version DESC LIMIT 1', [id]);
  return row ? (JSON.parse(row.object_json) as ClaimantIdentity) : undefined;
}

async function attrsOf(tx: SqlDb, c: KeyClaim): Promise<KeyAttrs> {
  const voice = claimantVoice(c.claimant_ref, c.party_ref);
  const speaksFor = c.party_ref !== voice ? c.party_ref : undefined;
  return {
    // the statement's claimant is the voice its claims share (a named speaker is shown from the claims the reader sees)
    claimant_ref: voice,
    party_ref: c.party_ref,
    state_ref: stateOf(c.party_ref) ?? c.party_ref,
    claimant_kind: claimantKind(voice, speaksFor, await identityOf(tx, voice)),
    stance: c.stance,
    subjects: c.subjects,
    addressees: c.addressees.map((ref) => ({ ref, state: stateOf(ref) ?? ref })),
  };
}

async function storedAttrs(tx: SqlDb, statementId: string): Promise<KeyAttrs | undefined> {
  const [s] = await tx.query<{ claimant_ref: string; party_ref: string; state_ref: string; claimant_kind: string; stance: string }>(
    'SELECT claimant_ref, party_ref, state_ref, claimant_kind, stance FROM claim_statements WHERE id = ?',
    [statementId],
  );
  if (!s) return undefined;
  const subjects = await tx.query<{ subject_ref: string }>('SELECT subject_ref FROM claim_statement_subjects WHERE statement_id = ?', [statementId]);
  const addressees = await tx.query<{ addressee_ref: string; addressee_state_ref: string }>(
    'SELECT addressee_ref, addressee_state_ref FROM claim_statement_addressees WHERE statement_id = ?',
    [statementId],
  );
  return { ...s, subjects: subjects.map((r) => r.subject_ref), addressees: addressees.map((r) => ({ ref: r.addressee_ref, state: r.addressee_state_ref })) };
}

/** Moves the summary counts by `delta` statements of a key, `restricted` of them restricted. */
async function moveStats(tx: SqlDb, a: KeyAttrs, delta: number, restricted: number): Promise<void> {
  if (delta === 0 && restricted === 0) return;
  const accusing = ACCUSING_STANCES.includes(a.stance as ClaimStance);
  const denying = DENYING_STANCES.includes(a.stance as ClaimStance);
  for (const subject of a.subjects) {
    await tx.exec(
      `INSERT INTO claim_statement_subject_stats (subject_ref, n_accusing, n_denying, n_total, r_accusing, r_denying, r_total) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (subject_ref) DO UPDATE SET n_accusing = claim_statement_subject_stats.n_accusing + excluded.n_accusing,
         n_denying = claim_statement_subject_stats.n_denying + excluded.n_denying, n_total = claim_statement_subject_stats.n_total + excluded.n_total,
         r_accusing = claim_statement_subject_stats.r_accusing + excluded.r_accusing,
         r_denying = claim_statement_subject_stats.r_denying + excluded.r_denying, r_total = claim_statement_subject_stats.r_total + excluded.r_total`,
      [subject, accusing ? delta : 0, denying ? delta : 0, delta, accusing ? restricted : 0, denying ? restricted : 0, restricted],
    );
  }
  if (!accusing) return;
  {
    for (const [rollup, party, target] of matrixCells(a)) {
      await tx.exec(
        `INSERT INTO claim_statement_matrix_stats (rollup, party_ref, addressee_ref, n, r_n) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (rollup, party_ref, addressee_ref) DO UPDATE SET n = claim_statement_matrix_stats.n + excluded.n,
           r_n = claim_statement_matrix_stats.r_n + excluded.r_n`,
        [rollup, party, target, delta, restricted],
      );
    }
  }
}

/**
 * The accuser-by-accused cells an attributing statement of these attributes counts in, as
 * [rollup, party, addressee]: once per cell (two addressees of one state roll up to one cell).
 */
function matrixCells(a: KeyAttrs): Array<[number, string, string]> {
  const cells = new Map<string, [number, string, string]>();
  for (const addressee of a.addressees) {
    cells.set(`0|${a.party_ref}|${addressee.ref}`, [0, a.party_ref, addressee.ref]);
    cells.set(`1|${a.state_ref}|${addressee.state}`, [1, a.state_ref, addressee.state]);
  }
  return [...cells.values()];
}

/** Statements (and restricted ones) per sector among some statements of a key. */
function sectorCounts(profiles: readonly StatementProfile[]): Map<string, { n: number; r: number }> {
  const out = new Map<string, { n: number; r: number }>();
  for (const p of profiles) {
    for (const sector of p.sectors) {
      const e = out.get(sector) ?? { n: 0, r: 0 };
      e.n++;
      if (p.restricted) e.r++;
      out.set(sector, e);
    }
  }
  return out;
}

/**
 * Moves a matrix summary's counts (`n`, `r_n`) of a key's attributes by `sign` times these counts,
 * each under its key: the values of `keyColumns` joined by newlines (a sector; a sector and a month).
 */
async function moveCellStats(
  tx: SqlDb, a: KeyAttrs, table: string, keyColumns: readonly string[], counts: ReadonlyMap<string, { n: number; r: number }>, sign: 1 | -1,
): Promise<void> {
  if (!ACCUSING_STANCES.includes(a.stance as ClaimStance)) return;
  const cells = matrixCells(a);
  const columns = [...keyColumns, 'rollup', 'party_ref', 'addressee_ref'];
  const sql = `INSERT INTO ${table} (${columns.join(', ')}, n, r_n) VALUES (${columns.map(() => '?').join(', ')}, ?, ?)
     ON CONFLICT (${columns.join(', ')}) DO UPDATE SET n = ${table}.n + excluded.n, r_n = ${table}.r_n + excluded.r_n`;
  for (const [key, c] of counts) {
    if (c.n === 0 && c.r === 0) continue;
    for (const [rollup, party, target] of cells) await tx.exec(sql, [...key.split('\n'), rollup, party, target, sign * c.n, sign * c.r]);
  }
}

/** Moves the per-sector matrix counts of a key's attributes by `sign` times these counts. */
const moveSectorStats = (tx: SqlDb, a: KeyAttrs, counts: ReadonlyMap<string, { n: number; r: number }>, sign: 1 | -1) =>
  moveCellStats(tx, a, 'claim_statement_sector_matrix_stats', ['sector'], counts, sign);

/** A statement's month (of its first date), none when undated. */
const monthOf = (firstOn: string | null): string | null => (firstOn ? firstOn.slice(0, 7) : null);

/** The sectors a statement's per-month counts go to: every statement's, and each of its own. */
const monthSectors = (p: StatementProfile): string[] => [ALL_SECTORS, ...p.sectors];

/**
 * Statements (and restricted ones) per sector and month (keyed `sector\nmonth`) among some
 * statements of a key (`months[i]` is `profiles[i]`'s); undated statements are in no month.
 */
function monthCounts(profiles: readonly StatementProfile[], months: ReadonlyArray<string | null>): Map<string, { n: number; r: number }> {
  const out = new Map<string, { n: number; r: number }>();
  for (const [i, p] of profiles.entries()) {
    const month = months[i];
    if (!month) continue;
    for (const sector of monthSectors(p)) {
      const e = out.get(`${sector}\n${month}`) ?? { n: 0, r: 0 };
      e.n++;
      if (p.restricted) e.r++;
      out.set(`${sector}\n${month}`, e);
    }
  }
  return out;
}

/** Moves the per-month matrix counts (keyed `sector\nmonth`) of a key's attributes by `sign` times these counts. */
const moveMonthStats = (tx: SqlDb, a: KeyAttrs, counts: ReadonlyMap<string, { n: number; r: number }>, sign: 1 | -1) =>
  moveCellStats(tx, a, 'claim_statement_month_matrix_stats', ['sector', 'month'], counts, sign);

/** Restricted statements per owner, per owner and sector, and per owner, sector ('' for all) and month, among some statements of a key. */
function ownedCounts(profiles: readonly StatementProfile[], months: ReadonlyArray<string | null>): { owners: Map<string, number>; sectors: Map<string, number>; months: Map<string, number> } {
  const owners = new Map<string, number>();
  const sectors = new Map<string, number>();
  const byMonth = new Map<string, number>();
  for (const [i, p] of profiles.entries()) {
    const month = months[i];
    for (const org of p.owners) {
      owners.set(org, (owners.get(org) ?? 0) + 1);
      for (const sector of p.sectors) sectors.set(`${org}\n${sector}`, (sectors.get(`${org}\n${sector}`) ?? 0) + 1);
      if (month) for (const sector of monthSectors(p)) byMonth.set(`${org}\n${sector}\n${month}`, (byMonth.get(`${org}\n${sector}\n${month}`) ?? 0) + 1);
    }
  }
  return { owners, sectors, months: byMonth };
}

/** `after` minus `before` of counts by key, the keys that moved only. */
function countDelta(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const d = (after.get(k) ?? 0) - (before.get(k) ?? 0);
    if (d !== 0) out.set(k, d);
  }
  return out;
}

/** Moves the per-owner counts (subjects, matrix, matrix per sector, matrix per month) of a key's attributes by these deltas. */
async function moveOwnedStats(
  tx: SqlDb, a: KeyAttrs, owned: { owners: ReadonlyMap<string, number>; sectors: ReadonlyMap<string, number>; months: ReadonlyMap<string, number> },
): Promise<void> {
  const { owners, sectors: ownerSectors, months: ownerMonths } = owned;
  const accusing = ACCUSING_STANCES.includes(a.stance as ClaimStance);
  const denying = DENYING_STANCES.includes(a.stance as ClaimStance);
  const cells = accusing ? matrixCells(a) : [];
  for (const [org, delta] of owners) {
    for (const subject of a.subjects) {
      await tx.exec(
        `INSERT INTO claim_statement_subject_owned (owner_org, subject_ref, n_accusing, n_denying, n_total) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (owner_org, subject_ref) DO UPDATE SET n_accusing = claim_statement_subject_owned.n_accusing + excluded.n_accusing,
           n_denying = claim_statement_subject_owned.n_denying + excluded.n_denying, n_total = claim_statement_subject_owned.n_total + excluded.n_total`,
        [org, subject, accusing ? delta : 0, denying ? delta : 0, delta],
      );
    }
    for (const [rollup, party, target] of cells) {
      await tx.exec(
        `INSERT INTO claim_statement_matrix_owned (owner_org, rollup, party_ref, addressee_ref, n) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (owner_org, rollup, party_ref, addressee_ref) DO UPDATE SET n = claim_statement_matrix_owned.n + excluded.n`,
        [org, rollup, party, target, delta],
      );
    }
  }
  for (const [key, delta] of ownerSectors) {
    const [org, sector] = key.split('\n') as [string, string];
    for (const [rollup, party, target] of cells) {
      await tx.exec(
        `INSERT INTO claim_statement_sector_matrix_owned (owner_org, sector, rollup, party_ref, addressee_ref, n) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (owner_org, sector, rollup, party_ref, addressee_ref) DO UPDATE SET n = claim_statement_sector_matrix_owned.n + excluded.n`,
        [org, sector, rollup, party, target, delta],
      );
    }
  }
  for (const [key, delta] of ownerMonths) {
    const [org, sector, month] = key.split('\n') as [string, string, string];
    for (const [rollup, party, target] of cells) {
      await tx.exec(
        `INSERT INTO claim_statement_month_matrix_owned (owner_org, sector, month, rollup, party_ref, addressee_ref, n) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (owner_org, rollup, sector, month, party_ref, addressee_ref) DO UPDATE SET n = claim_statement_month_matrix_owned.n + excluded.n`,
        [org, sector, month, rollup, party, target, delta],
      );
    }
  }
}

/** Negated owned counts (to take a key's statements out). */
const negatedOwned = (o: ReturnType<typeof ownedCounts>) => ({ owners: negated(o.owners), sectors: negated(o.sectors), months: negated(o.months) });

/** `after` minus `before` of owned counts. */
const ownedDelta = (before: ReturnType<typeof ownedCounts>, after: ReturnType<typeof ownedCounts>) => ({
  owners: countDelta(before.owners, after.owners), sectors: countDelta(before.sectors, after.sectors), months: countDelta(before.months, after.months),
});

const negated = (m: ReadonlyMap<string, number>) => new Map([...m].map(([k, n]) => [k, -n]));

/** `after` minus `before`, per sector (or month). */
function sectorDelta(before: ReadonlyMap<string, { n: number; r: number }>, after: ReadonlyMap<string, { n: number; r: number }>): Map<string, { n: number; r: number }> {
  const out = new Map<string, { n: number; r: number }>();
  for (const sector of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(sector) ?? { n: 0, r: 0 };
    const x = after.get(sector) ?? { n: 0, r: 0 };
    if (x.n !== b.n || x.r !== b.r) out.set(sector, { n: x.n - b.n, r: x.r - b.r });
  }
  return out;
}

const sameAttrs = (x: KeyAttrs, y: KeyAttrs): boolean =>
  x.claimant_ref === y.claimant_ref && x.party_ref === y.party_ref && x.state_ref === y.state_ref &&
  x.claimant_kind === y.claimant_kind && x.stance === y.stance &&
  JSON.stringify([...x.subjects].sort()) === JSON.stringify([...y.subjects].sort()) &&
  JSON.stringify(x.addressees.map((a) => `${a.ref}|${a.state}`).sort()) === JSON.stringify(y.addressees.map((a) => `${a.ref}|${a.state}`).sort());

const statementIdOf = (key: string, firstOn: string | null) => `statement--${hashUuid('opstrack-statement', key, firstOn ?? 'unknown')}`;

async function deleteStatements(tx: SqlDb, ids: string[]): Promise<void> {
  for (const part of chunks(ids)) {
    for (const table of ['claim_statement_subjects', 'claim_statement_addressees', 'claim_statement_owners', 'claim_statement_sectors']) {
      await tx.exec(`DELETE FROM ${table} WHERE ${inList('statement_id', part).sql}`, part);
    }
    await tx.exec(`DELETE FROM claim_statements WHERE ${inList('id', part).sql}`, part);
  }
}

async function insertOwners(tx: SqlDb, id: string, owners: readonly string[]): Promise<void> {
  for (const org of owners) await tx.exec('INSERT INTO claim_statement_owners (owner_org, statement_id) VALUES (?, ?)', [org, id]);
}

/** A statement's sector rows, with its latest date and whether it is restricted (095: a sector's statements are listed newest first from them). */
async function insertSectors(tx: SqlDb, id: string, sectors: readonly string[], lastOn: string | null, restricted: boolean): Promise<void> {
  for (const sector of sectors) {
    await tx.exec('INSERT INTO claim_statement_sectors (sector, statement_id, last_on, restricted) VALUES (?, ?, ?, ?)', [sector, id, lastOn, restricted ? 1 : 0]);
  }
}

async function insertStatement(tx: SqlDb, key: string, a: KeyAttrs, g: StatementGroup, access: StatementProfile): Promise<void> {
  const id = statementIdOf(key, g.first_on);
  const restricted = access.restricted ? 1 : 0;
  await tx.exec(
    `INSERT INTO claim_statements (id, statement_key, claimant_ref, party_ref, state_ref, claimant_kind, stance, first_on, last_on, n_claims, restricted)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, key, a.claimant_ref, a.party_ref, a.state_ref, a.claimant_kind, a.stance, g.first_on, g.last_on, g.ids.length, restricted],
  );
  await insertOwners(tx, id, access.owners);
  await insertSectors(tx, id, access.sectors, g.last_on, access.restricted);
  for (const subject of a.subjects) {
    await tx.exec('INSERT INTO claim_statement_subjects (subject_ref, statement_id, stance) VALUES (?, ?, ?)', [subject, id, a.stance]);
  }
  for (const addressee of a.addressees) {
    await tx.exec(
      `INSERT INTO claim_statement_addressees (addressee_ref, statement_id, party_ref, state_ref, addressee_state_ref, stance, first_on, restricted)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [addressee.ref, id, a.party_ref, a.state_ref, addressee.state, a.stance, g.first_on, restricted],
    );
  }
}

/**
 * Regroups one key's claims into statements (see the module comment), writing only what changed:
 * the key's groups are computed afresh from its members, then a statement whose first date (so
 * whose id) is gone is deleted, a new one inserted, one whose last date or size moved updated, and
 * only the members whose statement changed are reassigned. A claim added to a key of thousands of
 * sources rewrites its own statement, not the key's every statement and member (the result is the
 * full regrouping's, row for row). When the key's shared attributes changed (a claimant's kind, say)
 * every statement of the key is rewritten.
 */
async function regroup(tx: SqlDb, key: string, known?: KeyClaim): Promise<void> {
  const old = await tx.query<{ id: string; first_on: string | null; last_on: string | null; n_claims: number | string; restricted: number | string }>(
    'SELECT id, first_on, last_on, n_claims, restricted FROM claim_statements WHERE statement_key = ?', [key],
  );
  const before = old.length > 0 ? await storedAttrs(tx, old[0]!.id) : undefined;
  const members = await tx.query<{ claim_id: string; made_on: string | null; statement_id: string | null; tlp: string | null; owner_org: string | null }>(
    `SELECT m.claim_id, m.made_on, m.statement_id, c.tlp, c.owner_org FROM claim_statement_members m
     LEFT JOIN claims c ON c.id = m.claim_id WHERE m.statement_key = ?`, [key],
  );
  const marking = new Map(members.map((m) => [m.claim_id, { tlp: m.tlp ?? null, owner_org: m.owner_org ?? null }]));
  const sectorsOf = new Map<string, string[]>();
  for (const r of await tx.query<{ claim_id: string; sector: string }>(
    'SELECT cs.claim_id, cs.sector FROM claim_statement_members m CROSS JOIN claim_sectors cs WHERE m.statement_key = ? AND cs.claim_id = m.claim_id', [key])) {
    sectorsOf.set(r.claim_id, [...(sectorsOf.get(r.claim_id) ?? []), r.sector]);
  }
  // what the key's stored statements were: restricted, owners, sectors
  const oldProfiles = new Map<string, StatementProfile>(old.map((o) => [o.id, { restricted: Number(o.restricted) === 1, owners: [], sectors: [] }]));
  for (const part of chunks(old.map((o) => o.id))) {
    for (const r of await tx.query<{ statement_id: string; owner_org: string }>(
      `SELECT statement_id, owner_org FROM claim_statement_owners WHERE ${inList('statement_id', part).sql}`, part)) {
      oldProfiles.get(r.statement_id)!.owners.push(r.owner_org);
    }
    for (const r of await tx.query<{ statement_id: string; sector: string }>(
      `SELECT statement_id, sector FROM claim_statement_sectors WHERE ${inList('statement_id', part).sql}`, part)) {
      oldProfiles.get(r.statement_id)!.sectors.push(r.sector);
    }
  }
  for (const p of oldProfiles.values()) {
    p.owners.sort();
    p.sectors.sort();
  }
  const sectorsBefore = sectorCounts([...oldProfiles.values()]);
  const monthsOld = old.map((o) => monthOf(o.first_on));
  const monthsBefore = monthCounts([...oldProfiles.values()], monthsOld);
  const ownedBefore = ownedCounts([...oldProfiles.values()], monthsOld);
  const sample = members.length === 0 ? undefined : known ?? (await indexedClaims(tx, [members[0]!.claim_id]))[0];
  const a = sample ? await attrsOf(tx, sample) : undefined;
  const groups = a ? groupByWindow(members) : [];
  const access = groups.map((g) => statementProfile(g.ids, marking, sectorsOf));
  const sectorsAfter = sectorCounts(access);
  const monthsNew = groups.map((g) => monthOf(g.first_on));
  const monthsAfter = monthCounts(access, monthsNew);
  const ownedAfter = ownedCounts(access, monthsNew);
  const restrictedAfter = access.filter((x) => x.restricted).length;
  const restrictedBefore = old.filter((o) => Number(o.restricted) === 1).length;
  const kept = a && before && sameAttrs(a, before);
  if (!kept) {
    // nothing to keep: the key's statements go, its groups come in afresh
    if (before) {
      await moveStats(tx, before, -old.length, -restrictedBefore);
      await moveSectorStats(tx, before, sectorsBefore, -1);
      await moveMonthStats(tx, before, monthsBefore, -1);
      await moveOwnedStats(tx, before, negatedOwned(ownedBefore));
    }
    await deleteStatements(tx, old.map((o) => o.id));
    if (!a) return;
    for (const [i, g] of groups.entries()) await insertStatement(tx, key, a, g, access[i]!);
    await moveSectorStats(tx, a, sectorsAfter, 1);
    await moveMonthStats(tx, a, monthsAfter, 1);
    await moveOwnedStats(tx, a, ownedAfter);
  } else {
    const oldById = new Map(old.map((o) => [o.id, o]));
    const fresh = new Set(groups.map((g) => statementIdOf(key, g.first_on)));
    await deleteStatements(tx, old.filter((o) => !fresh.has(o.id)).map((o) => o.id));
    for (const [i, g] of groups.entries()) {
      const id = statementIdOf(key, g.first_on);
      const was = oldById.get(id);
      const now = access[i]!;
      if (!was) {
        await insertStatement(tx, key, a, g, now);
        continue;
      }
      if (was.last_on !== g.last_on || Number(was.n_claims) !== g.ids.length) {
        await tx.exec('UPDATE claim_statements SET last_on = ?, n_claims = ? WHERE id = ?', [g.last_on, g.ids.length, id]);
      }
      if ((Number(was.restricted) === 1) !== now.restricted) {
        const flag = now.restricted ? 1 : 0;
        await tx.exec('UPDATE claim_statements SET restricted = ? WHERE id = ?', [flag, id]);
        await tx.exec('UPDATE claim_statement_addressees SET restricted = ? WHERE statement_id = ?', [flag, id]);
      }
      const then = oldProfiles.get(id)!;
      if (then.owners.join('\n') !== now.owners.join('\n')) {
        await tx.exec('DELETE FROM claim_statement_owners WHERE statement_id = ?', [id]);
        await insertOwners(tx, id, now.owners);
      }
      if (then.sectors.join('\n') !== now.sectors.join('\n')) {
        await tx.exec('DELETE FROM claim_statement_sectors WHERE statement_id = ?', [id]);
        await insertSectors(tx, id, now.sectors, g.last_on, now.restricted);
      } else if (now.sectors.length > 0 && (was.last_on !== g.last_on || (Number(was.restricted) === 1) !== now.restricted)) {
        await tx.exec('UPDATE claim_statement_sectors SET last_on = ?, restricted = ? WHERE statement_id = ?', [g.last_on, now.restricted ? 1 : 0, id]);
      }
    }
    await moveSectorStats(tx, a, sectorDelta(sectorsBefore, sectorsAfter), 1);
    await moveMonthStats(tx, a, sectorDelta(monthsBefore, monthsAfter), 1);
    await moveOwnedStats(tx, a, ownedDelta(ownedBefore, ownedAfter));
  }
  const assigned = new Map(members.map((m) => [m.claim_id, m.statement_id]));
  for (const g of groups) {
    const id = statementIdOf(key, g.first_on);
    const moved = kept ? g.ids.filter((claimId) => assigned.get(claimId) !== id) : g.ids;
    for (const part of chunks(moved)) {
      await tx.exec(`UPDATE claim_statement_members SET statement_id = ? WHERE ${inList('claim_id', part).sql}`, [id, ...part]);
    }
  }
  if (kept) await moveStats(tx, a, groups.length - old.length, restrictedAfter - restrictedBefore);
  else await moveStats(tx, a, groups.length, restrictedAfter);
}

/**
 * Regroups the statements of these claims (written, corrected, revoked or deleted), reading them
 * from the claim index; call inside the transaction that changed the index.
 */
export async function updateStatements(db: SqlDb, claimIds: readonly string[]): Promise<void> {
  const tx = preparingFixed(db);
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return;
  const keys = new Map<string, KeyClaim | undefined>();
  for (const part of chunks(ids)) {
    for (const r of await tx.query<{ statement_key: string }>(`SELECT statement_key FROM claim_statement_members WHERE ${inList('claim_id', part).sql}`, part)) {
      keys.set(r.statement_key, undefined);
    }
    await tx.exec(`DELETE FROM claim_statement_members WHERE ${inList('claim_id', part).sql}`, part);
  }
  const members: unknown[][] = [];
  for (const c of await indexedClaims(tx, ids)) {
    const key = statementKey(c);
    members.push([c.id, key, null, c.made_on]);
    keys.set(key, c);
  }
  await insertRows(tx, 'claim_statement_members', 'claim_id, statement_key, statement_id, made_on', members);
  for (const [key, sample] of keys) await regroup(tx, key, sample);
}

const PREPARE: QueryOptions = Object.freeze({ prepare: true });
/** An `IN (?, ...)` list (inList): its text varies with the list's length. */
const LIST = / IN \(/;

/**
 * On PostgreSQL, `tx` with every statement of fixed text prepared on the connection (those without
 * an IN list: literals, or texts built from a fixed set of table names), so a regroup's dozen
 * statements a claim are parsed and planned once per connection, not every time: an import of
 * 3,000 claims cost the server 3.5 s of CPU a 1,000 claims unprepared, 1.9 s prepared. SQLite
 * caches every statement already.
 */
function preparingFixed(tx: SqlDb): SqlDb {
  if (tx.dialect !== 'postgres') return tx;
  return {
    dialect: tx.dialect,
    query: (sql, params, options) => tx.query(sql, params, options ?? (LIST.test(sql) ? undefined : PREPARE)),
    exec: (sql, params, options) => tx.exec(sql, params, options ?? (LIST.test(sql) ? undefined : PREPARE)),
    transaction: (fn) => tx.transaction(fn),
  };
}

/** Groups every indexed claim afresh (upgrade, `opstrack claims reindex`); in one transaction. */
export async function rebuildStatements(db: SqlDb): Promise<{ statements: number; claims: number }> {
  return db.transaction(async (tx) => {
    for (const table of ['claim_statement_members', 'claim_statement_subjects', 'claim_statement_addressees', 'claim_statement_owners', 'claim_statement_sectors', 'claim_statements', 'claim_statement_subject_stats', 'claim_statement_matrix_stats', 'claim_statement_sector_matrix_stats',
      'claim_statement_subject_owned', 'claim_statement_matrix_owned', 'claim_statement_sector_matrix_owned', 'claim_statement_month_matrix_stats', 'claim_statement_month_matrix_owned']) {
      await tx.exec(`DELETE FROM ${table}`);
    }
    let last = '';
    let claims = 0;
    for (;;) {
      const page = await tx.query<{ id: string }>(`SELECT id FROM claims WHERE id > ? ORDER BY id LIMIT ${CHUNK}`, [last]);
      const tail = page.at(-1);
      if (!tail) break;
      const members = (await indexedClaims(tx, page.map((r) => r.id))).map((c) => [c.id, statementKey(c), null, c.made_on]);
      await insertRows(tx, 'claim_statement_members', 'claim_id, statement_key, statement_id, made_on', members);
      claims += members.length;
      last = tail.id;
    }
    const keys = await tx.query<{ statement_key: string }>('SELECT DISTINCT statement_key FROM claim_statement_members');
    for (const k of keys) await regroup(tx, k.statement_key);
    await tx.exec('UPDATE claim_statement_state SET built = 1 WHERE id = 1');
    const [n] = await tx.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM claim_statements');
    return { statements: Number(n?.n ?? 0), claims };
  });
}

/**
 * After the upgrade to migration 051, groups the claims an earlier release stored (once: the state
 * row says whether it is done). Called when the store is opened (src/composition.ts); a database
 * created with 051 has no claims to group and is marked built at once.
 */
export async function buildPendingStatements(db: SqlDb): Promise<boolean> {
  const [state] = await db.query<{ built: number | string }>('SELECT built FROM claim_statement_state WHERE id = 1');
  if (!state || Number(state.built) === 1) return false;
  await db.transaction(async (tx) => {
    // Takes the row lock first, so two processes opening the store build once.
    await tx.exec('UPDATE claim_statement_state SET built = built WHERE id = 1');
    const [again] = await tx.query<{ built: number | string }>('SELECT built FROM claim_statement_state WHERE id = 1');
    if (Number(again?.built) === 1) return;
    await rebuildStatements(tx);
  });
  return true;
}
