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
import { StatementWrites } from './statement-writes.ts';

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

/** A key's shared attributes, from one of its claims and the claimants' identities (identitiesOf). */
function attrsOf(c: KeyClaim, identities: ReadonlyMap<string, ClaimantIdentity>): KeyAttrs {
  const voice = claimantVoice(c.claimant_ref, c.party_ref);
  const speaksFor = c.party_ref !== voice ? c.party_ref : undefined;
  return {
    // the statement's claimant is the voice its claims share (a named speaker is shown from the claims the reader sees)
    claimant_ref: voice,
    party_ref: c.party_ref,
    state_ref: stateOf(c.party_ref) ?? c.party_ref,
    claimant_kind: claimantKind(voice, speaksFor, identities.get(voice)),
    stance: c.stance,
    subjects: c.subjects,
    addressees: c.addressees.map((ref) => ({ ref, state: stateOf(ref) ?? ref })),
  };
}

/** Moves the summary counts by `delta` statements of a key, `restricted` of them restricted. */
function moveStats(w: StatementWrites, a: KeyAttrs, delta: number, restricted: number): void {
  if (delta === 0 && restricted === 0) return;
  const accusing = ACCUSING_STANCES.includes(a.stance as ClaimStance);
  const denying = DENYING_STANCES.includes(a.stance as ClaimStance);
  for (const subject of a.subjects) {
    w.add('claim_statement_subject_stats', [subject], [accusing ? delta : 0, denying ? delta : 0, delta, accusing ? restricted : 0, denying ? restricted : 0, restricted]);
  }
  if (!accusing) return;
  for (const cell of matrixCells(a)) w.add('claim_statement_matrix_stats', cell, [delta, restricted]);
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
 * each under its key: the values of the table's key columns before the cell's, joined by newlines
 * (a sector; a sector and a month).
 */
function moveCellStats(
  w: StatementWrites, a: KeyAttrs, table: 'claim_statement_sector_matrix_stats' | 'claim_statement_month_matrix_stats', counts: ReadonlyMap<string, { n: number; r: number }>, sign: 1 | -1,
): void {
  if (!ACCUSING_STANCES.includes(a.stance as ClaimStance)) return;
  const cells = matrixCells(a);
  for (const [key, c] of counts) {
    if (c.n === 0 && c.r === 0) continue;
    for (const cell of cells) w.add(table, [...key.split('\n'), ...cell], [sign * c.n, sign * c.r]);
  }
}

/** Moves the per-sector matrix counts of a key's attributes by `sign` times these counts. */
const moveSectorStats = (w: StatementWrites, a: KeyAttrs, counts: ReadonlyMap<string, { n: number; r: number }>, sign: 1 | -1) =>
  moveCellStats(w, a, 'claim_statement_sector_matrix_stats', counts, sign);

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
const moveMonthStats = (w: StatementWrites, a: KeyAttrs, counts: ReadonlyMap<string, { n: number; r: number }>, sign: 1 | -1) =>
  moveCellStats(w, a, 'claim_statement_month_matrix_stats', counts, sign);

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
function moveOwnedStats(
  w: StatementWrites, a: KeyAttrs, owned: { owners: ReadonlyMap<string, number>; sectors: ReadonlyMap<string, number>; months: ReadonlyMap<string, number> },
): void {
  const { owners, sectors: ownerSectors, months: ownerMonths } = owned;
  const accusing = ACCUSING_STANCES.includes(a.stance as ClaimStance);
  const denying = DENYING_STANCES.includes(a.stance as ClaimStance);
  const cells = accusing ? matrixCells(a) : [];
  for (const [org, delta] of owners) {
    for (const subject of a.subjects) w.add('claim_statement_subject_owned', [org, subject], [accusing ? delta : 0, denying ? delta : 0, delta]);
    for (const cell of cells) w.add('claim_statement_matrix_owned', [org, ...cell], [delta]);
  }
  for (const [key, delta] of ownerSectors) {
    for (const cell of cells) w.add('claim_statement_sector_matrix_owned', [...key.split('\n'), ...cell], [delta]);
  }
  for (const [key, delta] of ownerMonths) {
    for (const cell of cells) w.add('claim_statement_month_matrix_owned', [...key.split('\n'), ...cell], [delta]);
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

/** A new statement's rows. */
function insertStatement(w: StatementWrites, key: string, a: KeyAttrs, g: StatementGroup, access: StatementProfile): void {
  const id = statementIdOf(key, g.first_on);
  const restricted = access.restricted ? 1 : 0;
  w.insert('claim_statements', [id, key, a.claimant_ref, a.party_ref, a.state_ref, a.claimant_kind, a.stance, g.first_on, g.last_on, g.ids.length, restricted]);
  for (const org of access.owners) w.insert('claim_statement_owners', [org, id]);
  insertSectors(w, id, access.sectors, g.last_on, access.restricted);
  for (const subject of a.subjects) w.insert('claim_statement_subjects', [subject, id, a.stance]);
  for (const addressee of a.addressees) {
    w.insert('claim_statement_addressees', [addressee.ref, id, a.party_ref, a.state_ref, addressee.state, a.stance, g.first_on, restricted]);
  }
}

/** A statement's sector rows, with its latest date and whether it is restricted (095: a sector's statements are listed newest first from them). */
function insertSectors(w: StatementWrites, id: string, sectors: readonly string[], lastOn: string | null, restricted: boolean): void {
  for (const sector of sectors) w.insert('claim_statement_sectors', [sector, id, lastOn, restricted ? 1 : 0]);
}

interface StoredStatement {
  id: string;
  statement_key: string;
  first_on: string | null;
  last_on: string | null;
  n_claims: number | string;
  restricted: number | string;
  claimant_ref: string;
  party_ref: string;
  state_ref: string;
  claimant_kind: string;
  stance: string;
}

interface MemberRow {
  claim_id: string;
  statement_key: string;
  made_on: string | null;
  statement_id: string | null;
  tlp: string | null;
  owner_org: string | null;
}

/** What the store holds of one key: its statements (with their profiles and shared attributes) and members. */
interface StoredKey {
  old: StoredStatement[];
  before?: KeyAttrs;
  oldProfiles: Map<string, StatementProfile>;
  members: MemberRow[];
  sectorsOf: Map<string, string[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Reads what the store holds of these keys, a few statements for all of them (IN lists of CHUNK). */
async function readKeys(tx: SqlDb, keys: readonly string[]): Promise<Map<string, StoredKey>> {
  const out = new Map<string, StoredKey>(keys.map((k) => [k, { old: [], oldProfiles: new Map(), members: [], sectorsOf: new Map() }]));
  const stored = await inChunks<StoredStatement>(tx, keys, (list) =>
    `SELECT id, statement_key, first_on, last_on, n_claims, restricted, claimant_ref, party_ref, state_ref, claimant_kind, stance FROM claim_statements WHERE ${list('statement_key')}`);
  for (const s of stored) {
    const k = out.get(s.statement_key)!;
    k.old.push(s);
    k.oldProfiles.set(s.id, { restricted: Number(s.restricted) === 1, owners: [], sectors: [] });
  }
  const ids = stored.map((s) => s.id);
  const keyOfStatement = new Map(stored.map((s) => [s.id, s.statement_key]));
  const profile = (id: string) => out.get(keyOfStatement.get(id)!)!.oldProfiles.get(id)!;
  for (const r of await inChunks<{ statement_id: string; owner_org: string }>(tx, ids, (list) => `SELECT statement_id, owner_org FROM claim_statement_owners WHERE ${list('statement_id')}`)) {
    profile(r.statement_id).owners.push(r.owner_org);
  }
  for (const r of await inChunks<{ statement_id: string; sector: string }>(tx, ids, (list) => `SELECT statement_id, sector FROM claim_statement_sectors WHERE ${list('statement_id')}`)) {
    profile(r.statement_id).sectors.push(r.sector);
  }
  // a key's shared attributes, as its first stored statement holds them
  const firsts = [...out.values()].filter((k) => k.old.length > 0).map((k) => k.old[0]!.id);
  const subjects = new Map<string, string[]>();
  const addressees = new Map<string, Array<{ ref: string; state: string }>>();
  for (const r of await inChunks<{ statement_id: string; subject_ref: string }>(tx, firsts, (list) => `SELECT statement_id, subject_ref FROM claim_statement_subjects WHERE ${list('statement_id')}`)) {
    push(subjects, r.statement_id, r.subject_ref);
  }
  for (const r of await inChunks<{ statement_id: string; addressee_ref: string; addressee_state_ref: string }>(tx, firsts, (list) =>
    `SELECT statement_id, addressee_ref, addressee_state_ref FROM claim_statement_addressees WHERE ${list('statement_id')}`)) {
    push(addressees, r.statement_id, { ref: r.addressee_ref, state: r.addressee_state_ref });
  }
  for (const k of out.values()) {
    for (const p of k.oldProfiles.values()) {
      p.owners.sort();
      p.sectors.sort();
    }
    const s = k.old[0];
    if (s) {
      k.before = {
        claimant_ref: s.claimant_ref, party_ref: s.party_ref, state_ref: s.state_ref, claimant_kind: s.claimant_kind, stance: s.stance,
        subjects: subjects.get(s.id) ?? [], addressees: addressees.get(s.id) ?? [],
      };
    }
  }
  for (const m of await inChunks<MemberRow>(tx, keys, (list) =>
    `SELECT m.claim_id, m.statement_key, m.made_on, m.statement_id, c.tlp, c.owner_org FROM claim_statement_members m
     LEFT JOIN claims c ON c.id = m.claim_id WHERE ${list('m.statement_key')}`)) {
    out.get(m.statement_key)!.members.push(m);
  }
  for (const r of await inChunks<{ statement_key: string; claim_id: string; sector: string }>(tx, keys, (list) =>
    `SELECT m.statement_key, cs.claim_id, cs.sector FROM claim_statement_members m CROSS JOIN claim_sectors cs WHERE ${list('m.statement_key')} AND cs.claim_id = m.claim_id`)) {
    push(out.get(r.statement_key)!.sectorsOf, r.claim_id, r.sector);
  }
  return out;
}

/** Runs `sql` (whose IN list over `column` the callback writes) for each chunk of `values`, and joins the rows. */
async function inChunks<R>(tx: SqlDb, values: readonly string[], sql: (list: (column: string) => string) => string): Promise<R[]> {
  const rows: R[] = [];
  for (const part of chunks(values)) {
    let params: unknown[] = [];
    const text = sql((column) => {
      const f = inList(column, part);
      params = f.params;
      return f.sql;
    });
    rows.push(...(await tx.query<R>(text, params)));
  }
  return rows;
}

/** The claimant identities (the last stored version of each id's object) of these voices. */
async function identitiesOf(tx: SqlDb, voices: readonly string[]): Promise<Map<string, ClaimantIdentity>> {
  const latest = new Map<string, { version: string; json: string }>();
  for (const r of await inChunks<{ id: string; version: string; object_json: string }>(tx, [...new Set(voices)], (list) => `SELECT id, version, object_json FROM objects WHERE ${list('id')}`)) {
    const was = latest.get(r.id);
    if (!was || r.version > was.version) latest.set(r.id, { version: r.version, json: r.object_json });
  }
  return new Map([...latest].map(([id, r]) => [id, JSON.parse(r.json) as ClaimantIdentity]));
}

/**
 * Regroups these keys' claims into statements (see the module comment), writing only what changed:
 * each key's groups are computed afresh from its members, then a statement whose first date (so
 * whose id) is gone is deleted, a new one inserted, one whose last date or size moved updated, and
 * only the members whose statement changed are reassigned. A claim added to a key of thousands of
 * sources rewrites its own statement, not the key's every statement and member (the result is the
 * full regrouping's, row for row). When a key's shared attributes changed (a claimant's kind, say)
 * every statement of the key is rewritten. The keys are read and written together
 * (statement-writes.ts), CHUNK keys at a time; `known` gives a member claim of a key when the caller
 * has it.
 */
async function regroupKeys(tx: SqlDb, keys: readonly string[], known: ReadonlyMap<string, KeyClaim | undefined> = new Map()): Promise<void> {
  for (const part of chunks(keys)) {
    const stored = await readKeys(tx, part);
    const unknown = part.filter((k) => !known.get(k) && stored.get(k)!.members.length > 0);
    const samples = new Map<string, KeyClaim>(part.flatMap((k) => (known.get(k) ? [[k, known.get(k)!] as const] : [])));
    const sampleIds = new Map(unknown.map((k) => [stored.get(k)!.members[0]!.claim_id, k]));
    for (const c of await indexedClaims(tx, [...sampleIds.keys()])) samples.set(sampleIds.get(c.id)!, c);
    const identities = await identitiesOf(tx, [...samples.values()].map((c) => claimantVoice(c.claimant_ref, c.party_ref)));
    const w = new StatementWrites();
    for (const key of part) {
      const sample = stored.get(key)!.members.length > 0 ? samples.get(key) : undefined;
      planKey(w, key, stored.get(key)!, sample && attrsOf(sample, identities));
    }
    await w.apply(tx);
  }
}

/** The writes of one key's regroup, from what the store holds of it and its attributes now (none when it has no member left). */
function planKey(w: StatementWrites, key: string, stored: StoredKey, a: KeyAttrs | undefined): void {
  const { old, before, oldProfiles, members, sectorsOf } = stored;
  const marking = new Map(members.map((m) => [m.claim_id, { tlp: m.tlp ?? null, owner_org: m.owner_org ?? null }]));
  const sectorsBefore = sectorCounts([...oldProfiles.values()]);
  const monthsOld = old.map((o) => monthOf(o.first_on));
  const monthsBefore = monthCounts([...oldProfiles.values()], monthsOld);
  const ownedBefore = ownedCounts([...oldProfiles.values()], monthsOld);
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
      moveStats(w, before, -old.length, -restrictedBefore);
      moveSectorStats(w, before, sectorsBefore, -1);
      moveMonthStats(w, before, monthsBefore, -1);
      moveOwnedStats(w, before, negatedOwned(ownedBefore));
    }
    w.remove(old.map((o) => o.id));
    if (!a) return;
    for (const [i, g] of groups.entries()) insertStatement(w, key, a, g, access[i]!);
    moveSectorStats(w, a, sectorsAfter, 1);
    moveMonthStats(w, a, monthsAfter, 1);
    moveOwnedStats(w, a, ownedAfter);
  } else {
    const oldById = new Map(old.map((o) => [o.id, o]));
    const fresh = new Set(groups.map((g) => statementIdOf(key, g.first_on)));
    w.remove(old.filter((o) => !fresh.has(o.id)).map((o) => o.id));
    for (const [i, g] of groups.entries()) {
      const id = statementIdOf(key, g.first_on);
      const was = oldById.get(id);
      const now = access[i]!;
      if (!was) {
        insertStatement(w, key, a, g, now);
        continue;
      }
      if (was.last_on !== g.last_on || Number(was.n_claims) !== g.ids.length) {
        w.update('UPDATE claim_statements SET last_on = ?, n_claims = ? WHERE id = ?', [g.last_on, g.ids.length, id]);
      }
      if ((Number(was.restricted) === 1) !== now.restricted) {
        const flag = now.restricted ? 1 : 0;
        w.update('UPDATE claim_statements SET restricted = ? WHERE id = ?', [flag, id]);
        w.update('UPDATE claim_statement_addressees SET restricted = ? WHERE statement_id = ?', [flag, id]);
      }
      const then = oldProfiles.get(id)!;
      if (then.owners.join('\n') !== now.owners.join('\n')) {
        w.clear('claim_statement_owners', id);
        for (const org of now.owners) w.insert('claim_statement_owners', [org, id]);
      }
      if (then.sectors.join('\n') !== now.sectors.join('\n')) {
        w.clear('claim_statement_sectors', id);
        insertSectors(w, id, now.sectors, g.last_on, now.restricted);
      } else if (now.sectors.length > 0 && (was.last_on !== g.last_on || (Number(was.restricted) === 1) !== now.restricted)) {
        w.update('UPDATE claim_statement_sectors SET last_on = ?, restricted = ? WHERE statement_id = ?', [g.last_on, now.restricted ? 1 : 0, id]);
      }
    }
    moveSectorStats(w, a, sectorDelta(sectorsBefore, sectorsAfter), 1);
    moveMonthStats(w, a, sectorDelta(monthsBefore, monthsAfter), 1);
    moveOwnedStats(w, a, ownedDelta(ownedBefore, ownedAfter));
  }
  const byClaim = new Map(members.map((m) => [m.claim_id, m]));
  for (const g of groups) {
    const id = statementIdOf(key, g.first_on);
    for (const claimId of g.ids) {
      const m = byClaim.get(claimId)!;
      if (!kept || m.statement_id !== id) w.move({ claim_id: claimId, statement_key: key, statement_id: id, made_on: m.made_on ?? null });
    }
  }
  if (kept) moveStats(w, a, groups.length - old.length, restrictedAfter - restrictedBefore);
  else moveStats(w, a, groups.length, restrictedAfter);
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
  await regroupKeys(tx, [...keys.keys()], keys);
}

const PREPARE: QueryOptions = Object.freeze({ prepare: true });
/** An `IN (?, ...)` list (inList): its text varies with the list's length. */
const LIST = / IN \(/;

/**
 * On PostgreSQL, `tx` with every statement of fixed text prepared on the connection (those without
 * an IN list: literals, or texts built from a fixed set of table names and row counts, as the
 * multi-row INSERTs and summary upserts of statement-writes.ts), so they are parsed and planned once
 * per connection, not every time. Statements with an IN list stay unprepared (their text varies
 * with the list), so a connection holds a bounded set. SQLite caches every statement already.
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
    await regroupKeys(tx, keys.map((k) => k.statement_key));
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
