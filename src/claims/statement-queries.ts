/**
 * Statement queries (one statement, many sources: statement-index.ts groups them), written once in
 * portable SQL over the statement tables of migration 051, the claim index and `objects`.
 *
 * Access control is the claims': a viewer sees a statement when they see at least one of its claims,
 * and every number they read (sources, claims, first and latest report) counts only the claims they
 * see: the member rows of a statement are found by its id (an index lookup) and filtered with the
 * claim visibility predicate.
 *
 * Summary counts (contested subjects, the matrix) cover every statement and count the restricted
 * ones apart (migration 092: a statement is restricted when every claim of it is AMBER,
 * AMBER+STRICT or RED). A user's count is the summary, minus the restricted statements, plus the
 * restricted statements they see: those of which their organisation owns an AMBER or AMBER+STRICT
 * claim (`claim_statement_owners`) and those with a claim granted to them. A user with neither (most
 * readers) reads the summary alone, as the system viewer does. While some version is written only to
 * a restricted TAXII collection (collection_scoped), an open claim may be hidden too, and the
 * counts are found exactly, from the claims hidden from the viewer.
 */
import type { SqlDb } from '../storage/sql-db.ts';
import type { Viewer } from '../model/viewer.ts';
import { ACCUSING_STANCES, DENYING_STANCES, type Claim, type ClaimStance } from '../model/claim.ts';
import type { ClaimantKind } from '../model/claim-sentence.ts';
import { claimantVoice } from './claimant-kind.ts';
import { visibilitySql } from '../storage/visibility.ts';
import { grantedClaimsSql } from './claim-visibility.ts';
import { and, frag, inList, or, TRUE, type SqlFragment } from '../storage/sql-fragment.ts';
import { filterSql, page, visibleClaimSql, type ClaimFilter, type ContestedSubject, type MatrixCell, type TimelinePoint } from './claim-queries.ts';
import { ALL_SECTORS, CONTESTED_ALL, CONTESTED_ALL_ORDER, CONTESTED_OPEN, CONTESTED_OPEN_ORDER } from './statements-schema.ts';

export interface StatementFilter {
  subject?: string;
  claimant?: string;
  /** Made by this party (or claimant); with `rollup`, also by the agencies of this state. */
  party?: string;
  /** Addressed at this party; with `rollup`, also at the agencies of this state. */
  addressee?: string;
  /** Reported by this source report. */
  source?: string;
  stances?: ClaimStance[];
  kinds?: ClaimantKind[];
  /** With at least one claim naming this targeted sector (as the matrix's sector filter). */
  sector?: string;
  /** Statements made (last reported) on or after / (first reported) on or before (YYYY-MM-DD). */
  from?: string;
  to?: string;
  rollup?: boolean;
  limit?: number;
  offset?: number;
}

/** One report of a statement, as the viewer sees it. */
export interface StatementReport {
  claim_id: string;
  source_ref: string;
  made_on?: string;
}

export interface Statement {
  id: string;
  /** Who made it: the statement's voice (a state's government, a vendor), or a named speaker for it found in a claim the viewer sees. */
  claimant_ref: string;
  /** The party the claimant speaks for, when not the claimant itself. */
  speaks_for_ref?: string;
  party_ref: string;
  /** The party rolled up to its state (an agency's state), else the party. */
  state_ref: string;
  claimant_kind: ClaimantKind;
  stance: ClaimStance;
  subject_refs: string[];
  /** The first claim's description of the activity, when no subject object is named. */
  subject_description?: string;
  addressee_refs: string[];
  /** Date of the first report the viewer sees (with its precision and origin), absent when unknown. */
  made_on?: string;
  made_on_precision?: Claim['made_on_precision'];
  made_on_source?: Claim['made_on_source'];
  /** Independent sources (distinct source reports) the viewer sees. */
  sources: number;
  /** Claims (copies) the viewer sees. */
  copies: number;
  first: StatementReport;
  latest: StatementReport;
  /** The claims the viewer sees, oldest first (each with its source and passage). */
  claims: Claim[];
}

export interface StatementMatrixFilter {
  from?: string;
  to?: string;
  sector?: string;
  /** Agencies counted under their state (rows and columns). */
  rollup?: boolean;
  limit?: number;
}

const OPEN_TLP = `('clear', 'green')`;
const quote = (values: readonly string[]) => values.map((s) => `'${s}'`).join(', ');
const ACCUSING = quote(ACCUSING_STANCES);
const DENYING = quote(DENYING_STANCES);

/** `hidden` (claims the viewer may not see) and `hst` (statements all of whose claims are hidden); undefined for the system viewer. */
function hiddenStatementsCte(viewer: Viewer): SqlFragment | undefined {
  if (viewer.kind === 'system') return undefined;
  const vis = visibilitySql(viewer, 'vo');
  return frag(
    `hidden AS (SELECT hc.id FROM claims hc WHERE hc.tlp IS NOT NULL AND hc.tlp NOT IN ${OPEN_TLP}` +
      ` AND NOT EXISTS (SELECT 1 FROM objects vo WHERE vo.id = hc.id AND vo.version = hc.version AND (${vis.sql}))` +
      // open claims too, when their version was written only to a restricted TAXII collection (driven from those)
      ` UNION SELECT hc.id FROM collection_scoped cs CROSS JOIN objects vo CROSS JOIN claims hc` +
      ` WHERE vo.seq = cs.seq AND hc.id = vo.id AND hc.version = vo.version AND NOT (${vis.sql})),` +
      // driven from the (few) hidden claims: CROSS JOIN keeps SQLite from scanning every member row
      ` hst AS (SELECT s.id FROM claim_statements s JOIN (SELECT m.statement_id, COUNT(*) AS n FROM hidden CROSS JOIN claim_statement_members m` +
      ` WHERE m.claim_id = hidden.id GROUP BY m.statement_id) h ON h.statement_id = s.id WHERE h.n = s.n_claims)`,
    [...vis.params, ...vis.params],
  );
}

/**
 * How a user's summary counts are corrected: `exact` while some version is collection-scoped (the
 * hidden claims are found), else `summary` when no restricted statement is theirs or granted to
 * them, else `corrected`: `visible` lists every restricted statement they see (for filtered
 * queries); the counts take their organisation's own from the per-owner counts and add `granted`,
 * the restricted statements granted to them that their organisation does not own.
 */
type Access =
  | { mode: 'system' }
  | { mode: 'exact'; hidden: SqlFragment }
  | { mode: 'summary' }
  | { mode: 'corrected'; visible: SqlFragment; org: string; granted: SqlFragment };

async function accessOf(db: SqlDb, viewer: Viewer): Promise<Access> {
  if (viewer.kind === 'system') return { mode: 'system' };
  const granted = grantedClaimsSql(viewer);
  // The restricted statements with a claim granted to the user: driven from their grants (CROSS JOIN
  // keeps SQLite to that order), then their organisation's own.
  const visible = frag(
    `SELECT gm.statement_id AS id FROM (${granted.sql}) g CROSS JOIN claim_statement_members gm CROSS JOIN claim_statements gs` +
      ` WHERE gm.claim_id = g.id AND gs.id = gm.statement_id AND gs.restricted = 1` +
      ` UNION SELECT statement_id AS id FROM claim_statement_owners WHERE owner_org = ?`,
    [...granted.params, viewer.orgId],
  );
  const [probe] = await db.query<{ scoped: number | string; corrected: number | string }>(
    `SELECT CASE WHEN EXISTS (SELECT 1 FROM collection_scoped) THEN 1 ELSE 0 END AS scoped,
            CASE WHEN EXISTS (${visible.sql}) THEN 1 ELSE 0 END AS corrected`,
    visible.params,
  );
  if (Number(probe?.scoped) === 1) return { mode: 'exact', hidden: hiddenStatementsCte(viewer)! };
  if (Number(probe?.corrected) !== 1) return { mode: 'summary' };
  const notOwned = frag(
    `SELECT DISTINCT gm.statement_id AS id FROM (${granted.sql}) g CROSS JOIN claim_statement_members gm CROSS JOIN claim_statements gs` +
      ` WHERE gm.claim_id = g.id AND gs.id = gm.statement_id AND gs.restricted = 1` +
      ` AND NOT EXISTS (SELECT 1 FROM claim_statement_owners ow WHERE ow.owner_org = ? AND ow.statement_id = gs.id)`,
    [...granted.params, viewer.orgId],
  );
  return { mode: 'corrected', visible, org: viewer.orgId, granted: notOwned };
}

/**
 * Whether the viewer sees at least one claim of the statement row aliased `s`: an open statement at
 * once while nothing is collection-scoped, else from its claims.
 */
function visibleStatementSql(viewer: Viewer, s: string): SqlFragment {
  // every statement has a claim (a key's regroup deletes the statements it leaves empty)
  if (viewer.kind === 'system') return TRUE;
  const vis = visibleClaimSql(viewer, 'vc');
  const claims = `EXISTS (SELECT 1 FROM claim_statement_members vm JOIN claims vc ON vc.id = vm.claim_id WHERE vm.statement_id = ${s}.id AND (${vis.sql}))`;
  return frag(`((${s}.restricted = 0 AND NOT EXISTS (SELECT 1 FROM collection_scoped)) OR ${claims})`, vis.params);
}

function statementFilterSql(f: StatementFilter, s: string, viewer: Viewer): SqlFragment {
  const parts: SqlFragment[] = [];
  /** Statements with a claim the viewer sees made by `ref` itself (a named speaker: the statement's claimant is their party's voice). */
  const spokenBy = (ref: string) => {
    const vis = visibleClaimSql(viewer, 'sc');
    return frag(`${s}.id IN (SELECT sm.statement_id FROM claims sc JOIN claim_statement_members sm ON sm.claim_id = sc.id WHERE sc.claimant_ref = ? AND (${vis.sql}))`, [ref, ...vis.params]);
  };
  if (f.subject) parts.push(frag(`${s}.id IN (SELECT statement_id FROM claim_statement_subjects WHERE subject_ref = ?)`, [f.subject]));
  if (f.claimant) parts.push(or([frag(`${s}.claimant_ref = ?`, [f.claimant]), spokenBy(f.claimant)]));
  if (f.party) {
    const alts = [frag(`${s}.party_ref = ?`, [f.party]), frag(`${s}.claimant_ref = ?`, [f.party]), spokenBy(f.party)];
    if (f.rollup) alts.push(frag(`${s}.state_ref = ?`, [f.party]));
    parts.push(or(alts));
  }
  if (f.addressee) {
    const col = f.rollup ? '(addressee_ref = ? OR addressee_state_ref = ?)' : 'addressee_ref = ?';
    parts.push(frag(`${s}.id IN (SELECT statement_id FROM claim_statement_addressees WHERE ${col})`, f.rollup ? [f.addressee, f.addressee] : [f.addressee]));
  }
  if (f.source) {
    parts.push(frag(`${s}.id IN (SELECT sm.statement_id FROM claims sc JOIN claim_statement_members sm ON sm.claim_id = sc.id WHERE sc.source_ref = ?)`, [f.source]));
  }
  if (f.stances?.length) parts.push(inList(`${s}.stance`, f.stances));
  if (f.kinds?.length) parts.push(inList(`${s}.claimant_kind`, f.kinds));
  if (f.sector) {
    parts.push(frag(`${s}.id IN (SELECT statement_id FROM claim_statement_sectors WHERE sector = ?)`, [f.sector]));
  }
  if (f.from) parts.push(frag(`${s}.last_on >= ?`, [f.from]));
  if (f.to) parts.push(frag(`${s}.first_on <= ?`, [f.to]));
  return and(parts);
}

interface StatementRow {
  id: string;
  claimant_ref: string;
  party_ref: string;
  state_ref: string;
  claimant_kind: ClaimantKind;
  stance: ClaimStance;
}

const byDate = (a: Claim, b: Claim) => {
  const x = a.made_on ?? '9999';
  const y = b.made_on ?? '9999';
  return x < y ? -1 : x > y ? 1 : a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1;
};

/** The statements' details as the viewer sees them (claims, counts, first and latest report). */
async function details(db: SqlDb, viewer: Viewer, rows: StatementRow[]): Promise<Statement[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const list = inList('m.statement_id', ids);
  const vis = visibleClaimSql(viewer, 'c');
  // Driven from the statements' member rows (CROSS JOIN keeps SQLite to that order): left to its
  // statistics, SQLite's planner drove the user's query from the claim visibility predicate's ORs on
  // claims.tlp, every open claim (10 s for 50 statements at 1M claims).
  const members = await db.query<{ statement_id: string; object_json: string }>(
    `SELECT m.statement_id, o.object_json FROM claim_statement_members m CROSS JOIN claims c CROSS JOIN objects o
     WHERE c.id = m.claim_id AND o.id = c.id AND o.version = c.version AND ${list.sql} AND (${vis.sql})`,
    [...list.params, ...vis.params],
  );
  const subjects = await db.query<{ statement_id: string; subject_ref: string }>(
    `SELECT statement_id, subject_ref FROM claim_statement_subjects WHERE ${inList('statement_id', ids).sql}`, ids);
  const addressees = await db.query<{ statement_id: string; addressee_ref: string }>(
    `SELECT statement_id, addressee_ref FROM claim_statement_addressees WHERE ${inList('statement_id', ids).sql}`, ids);
  const claimsOf = new Map<string, Claim[]>();
  for (const m of members) claimsOf.set(m.statement_id, [...(claimsOf.get(m.statement_id) ?? []), JSON.parse(m.object_json) as Claim]);
  const out: Statement[] = [];
  for (const r of rows) {
    const claims = (claimsOf.get(r.id) ?? []).sort(byDate);
    const first = claims[0];
    const last = claims.at(-1);
    if (!first || !last) continue;
    const report = (c: Claim): StatementReport => ({ claim_id: c.id, source_ref: c.source_ref, ...(c.made_on ? { made_on: c.made_on } : {}) });
    // a named speaker (a claimant other than the statement's voice), from the claims the viewer sees only
    const speaker = claims.find((c) => c.claimant_ref !== r.claimant_ref && claimantVoice(c.claimant_ref, c.speaks_for_ref ?? c.claimant_ref) === r.claimant_ref);
    out.push({
      id: r.id,
      claimant_ref: speaker?.claimant_ref ?? r.claimant_ref,
      ...(r.party_ref !== r.claimant_ref ? { speaks_for_ref: r.party_ref } : {}),
      party_ref: r.party_ref,
      state_ref: r.state_ref,
      claimant_kind: r.claimant_kind,
      stance: r.stance,
      // in the first report's order (the set is the statement's)
      subject_refs: first.subject_refs ?? subjects.filter((s) => s.statement_id === r.id).map((s) => s.subject_ref).sort(),
      ...(first.subject_description ? { subject_description: first.subject_description } : {}),
      addressee_refs: first.addressee_refs ?? addressees.filter((a) => a.statement_id === r.id).map((a) => a.addressee_ref).sort(),
      ...(first.made_on ? { made_on: first.made_on } : {}),
      ...(first.made_on_precision ? { made_on_precision: first.made_on_precision } : {}),
      ...(first.made_on_source ? { made_on_source: first.made_on_source } : {}),
      sources: new Set(claims.map((c) => c.source_ref)).size,
      copies: claims.length,
      first: report(first),
      latest: report(last),
      claims,
    });
  }
  return out;
}

const COLUMNS = 's.id, s.claimant_ref, s.party_ref, s.state_ref, s.claimant_kind, s.stance';

/** Statements matching the filter that the viewer sees, latest first. */
/**
 * Whether the viewer sees the statement row aliased `s`, by the access mode: the system viewer every
 * one; a user the open ones, and the restricted ones their organisation owns (its owner row) or that
 * have a claim granted to them; while a version is collection-scoped, from the claims.
 */
function seenSql(access: Access, viewer: Viewer, s: string, id = `${s}.id`): SqlFragment {
  if (access.mode === 'system') return TRUE;
  // unary + keeps SQLite's planner off 092's index on `restricted` (nearly every row is 0): the
  // filters' and the order's indexes serve, and the flag is read beside them
  if (access.mode === 'summary') return frag(`+${s}.restricted = 0`);
  if (access.mode === 'corrected') {
    return frag(
      `(+${s}.restricted = 0 OR EXISTS (SELECT 1 FROM claim_statement_owners ow WHERE ow.owner_org = ? AND ow.statement_id = ${id})
        OR ${id} IN (${access.granted.sql}))`,
      [access.org, ...access.granted.params],
    );
  }
  return visibleStatementSql(viewer, s);
}

/**
 * The statements matching the filter that the viewer sees: FROM and WHERE, and the column they are
 * listed newest first by. One sector's are read from its sector rows, newest first (095), not every
 * statement of the sector sorted.
 */
function statementsSql(access: Access, viewer: Viewer, f: StatementFilter, count = false): { from: string; where: SqlFragment; lastOn: string } {
  const seen = seenSql(access, viewer, 's');
  if (!f.sector) return { from: 'claim_statements s', where: and([statementFilterSql(f, 's', viewer), seen]), lastOn: 's.last_on' };
  const { sector, from } = f;
  const onlySectorRows = count && access.mode !== 'exact' &&
    !(f.subject || f.claimant || f.party || f.addressee || f.source || f.stances?.length || f.kinds?.length || f.to);
  if (onlySectorRows) {
    // counted from the sector rows alone: the sector, their date and the flag are all in 095's index
    const where = and([frag('sx.sector = ?', [sector]), ...(from ? [frag('sx.last_on >= ?', [from])] : []), seenSql(access, viewer, 'sx', 'sx.statement_id')]);
    return { from: 'claim_statement_sectors sx', where, lastOn: 'sx.last_on' };
  }
  const where = and([
    frag('sx.sector = ?', [f.sector]),
    ...(access.mode === 'summary' ? [frag('sx.restricted = 0')] : []),
    frag('s.id = sx.statement_id'),
    statementFilterSql({ ...f, sector: undefined }, 's', viewer),
    seen,
  ]);
  return { from: 'claim_statement_sectors sx CROSS JOIN claim_statements s', where, lastOn: 'sx.last_on' };
}

export async function listStatements(db: SqlDb, viewer: Viewer, f: StatementFilter = {}): Promise<Statement[]> {
  const { from, where, lastOn } = statementsSql(await accessOf(db, viewer), viewer, f);
  const [limit, offset] = page(f, 50);
  const rows = await db.query<StatementRow>(
    `SELECT ${COLUMNS} FROM ${from} WHERE ${where.sql} ORDER BY ${lastOn} DESC NULLS LAST, s.id LIMIT ${limit} OFFSET ${offset}`,
    where.params,
  );
  return details(db, viewer, rows);
}

export async function countStatements(db: SqlDb, viewer: Viewer, f: StatementFilter = {}): Promise<number> {
  const filtered = f.subject || f.claimant || f.party || f.addressee || f.source || f.stances?.length || f.kinds?.length || f.sector || f.from || f.to;
  const access = await accessOf(db, viewer);
  if (!filtered) {
    // every statement: all of them, less the restricted ones, plus the restricted ones the user sees
    const all = 'SELECT COUNT(*) FROM claim_statements';
    const open = `(${all}) - (${all} WHERE restricted = 1)`;
    const count = access.mode === 'system' ? frag(all)
      : access.mode === 'summary' ? frag(`SELECT ${open}`)
      : access.mode === 'corrected' ? frag(`SELECT ${open} + (SELECT COUNT(*) FROM (${access.visible.sql}) vr)`, access.visible.params)
      : undefined;
    if (count) {
      const [row] = await db.query<{ n: number | string }>(`SELECT (${count.sql}) AS n`, count.params);
      return Number(row?.n ?? 0);
    }
  }
  const { from, where } = statementsSql(access, viewer, f, true);
  const [row] = await db.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${from} WHERE ${where.sql}`, where.params);
  return Number(row?.n ?? 0);
}

/** One statement with every claim the viewer sees; undefined when they see none. */
export async function getStatement(db: SqlDb, viewer: Viewer, id: string): Promise<Statement | undefined> {
  const rows = await db.query<StatementRow>(`SELECT ${COLUMNS} FROM claim_statements s WHERE s.id = ?`, [id]);
  const [found] = await details(db, viewer, rows);
  return found;
}

/** The statement a claim belongs to (its id), if indexed. */
export async function statementOfClaim(db: SqlDb, claimId: string): Promise<string | undefined> {
  const [row] = await db.query<{ statement_id: string | null }>('SELECT statement_id FROM claim_statement_members WHERE claim_id = ?', [claimId]);
  return row?.statement_id ?? undefined;
}

/** Subjects with at least one accusing and one denying statement, counted in statements. */
export async function contestedStatements(db: SqlDb, viewer: Viewer, opts: { limit?: number; offset?: number } = {}): Promise<ContestedSubject[]> {
  const [limit, offset] = page(opts, 1000);
  const access = await accessOf(db, viewer);
  const order = `ORDER BY denying + accusing DESC, subject_ref LIMIT ${limit} OFFSET ${offset}`;
  let rows: Array<Record<string, unknown>>;
  if (access.mode === 'system') {
    // walks 093's index in its order: a page costs its own rows, not every subject's
    rows = await db.query(
      `SELECT subject_ref, n_accusing AS accusing, n_denying AS denying, n_total AS total FROM claim_statement_subject_stats
       WHERE ${CONTESTED_ALL} ORDER BY ${CONTESTED_ALL_ORDER} DESC, subject_ref LIMIT ${limit} OFFSET ${offset}`,
    );
  } else if (access.mode === 'summary') {
    rows = await db.query(
      `SELECT subject_ref, n_accusing - r_accusing AS accusing, n_denying - r_denying AS denying, n_total - r_total AS total
       FROM claim_statement_subject_stats WHERE ${CONTESTED_OPEN} ORDER BY ${CONTESTED_OPEN_ORDER} DESC, subject_ref LIMIT ${limit} OFFSET ${offset}`,
    );
  } else if (access.mode === 'corrected') {
    // The subjects the organisation's own restricted statements (its per-owner counts) or the granted
    // ones it does not own touch are counted in full; every other subject counts as for any user, so
    // only the first `limit + offset` of those are read, in 093's index order. A touched subject
    // counting fewer than the last of those cannot make the page (the bar), so only the others are
    // sorted with them.
    const L = limit + offset;
    const head = `WITH gv AS (${access.granted.sql}),
       vs AS (SELECT ss.subject_ref, SUM(CASE WHEN ss.stance IN (${ACCUSING}) THEN 1 ELSE 0 END) AS a,
                     SUM(CASE WHEN ss.stance IN (${DENYING}) THEN 1 ELSE 0 END) AS d, COUNT(*) AS t
              FROM gv CROSS JOIN claim_statement_subjects ss WHERE ss.statement_id = gv.id GROUP BY ss.subject_ref),
       plain AS (SELECT subject_ref, n_accusing - r_accusing AS accusing, n_denying - r_denying AS denying, n_total - r_total AS total
                 FROM claim_statement_subject_stats s WHERE ${CONTESTED_OPEN}
                   AND NOT EXISTS (SELECT 1 FROM claim_statement_subject_owned o WHERE o.owner_org = ? AND o.subject_ref = s.subject_ref)
                   AND NOT EXISTS (SELECT 1 FROM vs WHERE vs.subject_ref = s.subject_ref)
                 ORDER BY ${CONTESTED_OPEN_ORDER} DESC, subject_ref LIMIT ${L})`;
    const headParams = [...access.granted.params, access.org];
    const [edge] = await db.query<{ n: number | string; v: number | string | null }>(`${head} SELECT COUNT(*) AS n, MIN(accusing + denying) AS v FROM plain`, headParams);
    const bar = Number(edge?.n) < L ? 0 : Number(edge?.v ?? 0);
    // With a bar, the owned subjects are found from the subjects with at least that many statements
    // in all (093's index, the first rows only); without one (few subjects), from the owner's rows.
    const visibleSum = 's.n_accusing - s.r_accusing + o.n_accusing + COALESCE(vs.a, 0) + s.n_denying - s.r_denying + o.n_denying + COALESCE(vs.d, 0)';
    const owned = bar > 0
      ? frag(`FROM claim_statement_subject_stats s CROSS JOIN claim_statement_subject_owned o LEFT JOIN vs ON vs.subject_ref = o.subject_ref
              WHERE s.n_accusing > 0 AND s.n_denying > 0 AND s.n_accusing + s.n_denying >= ? AND o.owner_org = ? AND o.subject_ref = s.subject_ref
                AND ${visibleSum} >= ?`, [bar, access.org, bar])
      : frag(`FROM claim_statement_subject_owned o CROSS JOIN claim_statement_subject_stats s LEFT JOIN vs ON vs.subject_ref = o.subject_ref
              WHERE o.owner_org = ? AND s.subject_ref = o.subject_ref`, [access.org]);
    rows = await db.query(
      `${head},
       fixed AS (SELECT s.subject_ref AS subject_ref, s.n_accusing - s.r_accusing + o.n_accusing + COALESCE(vs.a, 0) AS accusing,
                        s.n_denying - s.r_denying + o.n_denying + COALESCE(vs.d, 0) AS denying,
                        s.n_total - s.r_total + o.n_total + COALESCE(vs.t, 0) AS total
                 ${owned.sql}
                 UNION ALL
                 SELECT s.subject_ref, s.n_accusing - s.r_accusing + vs.a, s.n_denying - s.r_denying + vs.d, s.n_total - s.r_total + vs.t
                 FROM vs CROSS JOIN claim_statement_subject_stats s
                 WHERE s.subject_ref = vs.subject_ref
                   AND NOT EXISTS (SELECT 1 FROM claim_statement_subject_owned o WHERE o.owner_org = ? AND o.subject_ref = vs.subject_ref))
       SELECT subject_ref, accusing, denying, total FROM (SELECT * FROM fixed WHERE accusing > 0 AND denying > 0 UNION ALL SELECT * FROM plain) v ${order}`,
      [...headParams, ...owned.params, access.org],
    );
  } else {
    const hidden = access.hidden;
    rows = await db.query(
      `WITH ${hidden.sql},
       hs AS (SELECT ss.subject_ref, SUM(CASE WHEN ss.stance IN (${ACCUSING}) THEN 1 ELSE 0 END) AS a,
                     SUM(CASE WHEN ss.stance IN (${DENYING}) THEN 1 ELSE 0 END) AS d, COUNT(*) AS t
              FROM claim_statement_subjects ss JOIN hst ON hst.id = ss.statement_id GROUP BY ss.subject_ref),
       v AS (SELECT s.subject_ref, s.n_accusing - COALESCE(hs.a, 0) AS accusing, s.n_denying - COALESCE(hs.d, 0) AS denying,
                    s.n_total - COALESCE(hs.t, 0) AS total
             FROM claim_statement_subject_stats s LEFT JOIN hs ON hs.subject_ref = s.subject_ref)
       SELECT subject_ref, accusing, denying, total FROM v WHERE accusing > 0 AND denying > 0 ${order}`,
      hidden.params,
    );
  }
  return rows.map((r) => ({ subject_ref: String(r.subject_ref), accusing: Number(r.accusing), denying: Number(r.denying), total: Number(r.total) }));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Splits the days between `from` and `to` (either open) into the whole months between them
 * ('YYYY-MM', either end open) and the days at either end outside those months; undefined when a
 * bound is not a plain day (the statements are then searched as the filter says).
 */
export function monthSpan(from?: string, to?: string): { months?: { from?: string; to?: string }; edges: Array<[string | undefined, string | undefined]> } | undefined {
  if ((from !== undefined && !DAY.test(from)) || (to !== undefined && !DAY.test(to))) return undefined;
  const shift = (month: string, by: number) => {
    const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by, 1));
    return d.toISOString().slice(0, 7);
  };
  const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const first = from === undefined ? undefined : from.endsWith('-01') ? from.slice(0, 7) : shift(from.slice(0, 7), 1);
  const last = to === undefined ? undefined : Number(to.slice(8, 10)) === lastDay(to.slice(0, 7)) ? to.slice(0, 7) : shift(to.slice(0, 7), -1);
  if (first !== undefined && last !== undefined && first > last) return { edges: [[from, to]] };
  const edges: Array<[string | undefined, string | undefined]> = [];
  if (from !== undefined && !from.endsWith('-01')) edges.push([from, `${from.slice(0, 7)}-31`]);
  if (to !== undefined && last !== to.slice(0, 7)) edges.push([`${to.slice(0, 7)}-01`, to]);
  return { months: { from: first, to: last }, edges };
}

/** Accuser-by-accused counts of attributing/accusing statements (agencies under their state with `rollup`). */
export async function statementMatrix(db: SqlDb, viewer: Viewer, f: StatementMatrixFilter = {}): Promise<MatrixCell[]> {
  const access = await accessOf(db, viewer);
  const limit = f.limit ? ` LIMIT ${Math.min(Math.max(1, Math.floor(f.limit)), 100_000)}` : '';
  const order = `ORDER BY count DESC, party_ref, addressee_ref${limit}`;
  const rollup = f.rollup ? 1 : 0;
  const party = f.rollup ? 'a.state_ref' : 'a.party_ref';
  const target = f.rollup ? 'a.addressee_state_ref' : 'a.addressee_ref';
  // the statements of one sector (their claims'), by the sector's own index range
  const inSector = (column: string): SqlFragment => frag(`${column} IN (SELECT statement_id FROM claim_statement_sectors WHERE sector = ?)`, [f.sector]);
  let rows: Array<Record<string, unknown>>;
  if (!f.from && !f.to) {
    // the whole matrix or one sector's: its summary, corrected for the viewer
    const stats = f.sector
      ? frag('SELECT party_ref, addressee_ref, n, r_n FROM claim_statement_sector_matrix_stats WHERE sector = ? AND rollup = ?', [f.sector, rollup])
      : frag('SELECT party_ref, addressee_ref, n, r_n FROM claim_statement_matrix_stats WHERE rollup = ?', [rollup]);
    const sector = f.sector ? and([inSector('a.statement_id')]) : undefined;
    const also = sector ? ` AND ${sector.sql}` : '';
    if (access.mode === 'system') {
      rows = await db.query(`SELECT party_ref, addressee_ref, n AS count FROM (${stats.sql}) m WHERE n > 0 ${order}`, stats.params);
    } else if (access.mode === 'summary') {
      rows = await db.query(`SELECT party_ref, addressee_ref, n - r_n AS count FROM (${stats.sql}) m WHERE n > r_n ${order}`, stats.params);
    } else if (access.mode === 'corrected') {
      // plus the organisation's own restricted statements (per-owner counts) and the granted ones it does
      // not own; a statement counts once per cell (two addressees of one state roll up to one cell)
      const owned = f.sector
        ? frag('SELECT party_ref, addressee_ref, n FROM claim_statement_sector_matrix_owned WHERE owner_org = ? AND sector = ? AND rollup = ?', [access.org, f.sector, rollup])
        : frag('SELECT party_ref, addressee_ref, n FROM claim_statement_matrix_owned WHERE owner_org = ? AND rollup = ?', [access.org, rollup]);
      rows = await db.query(
        `WITH gv AS (${access.granted.sql}),
         dm AS (SELECT ${party} AS party_ref, ${target} AS addressee_ref, COUNT(DISTINCT a.statement_id) AS n FROM gv d
                CROSS JOIN claim_statement_addressees a WHERE a.statement_id = d.id AND a.stance IN (${ACCUSING})${also} GROUP BY ${party}, ${target}),
         own AS (${owned.sql})
         SELECT * FROM (SELECT m.party_ref, m.addressee_ref, m.n - m.r_n + COALESCE(own.n, 0) + COALESCE(dm.n, 0) AS count FROM (${stats.sql}) m
         LEFT JOIN own ON own.party_ref = m.party_ref AND own.addressee_ref = m.addressee_ref
         LEFT JOIN dm ON dm.party_ref = m.party_ref AND dm.addressee_ref = m.addressee_ref) v WHERE count > 0 ${order}`,
        [...access.granted.params, ...(sector?.params ?? []), ...owned.params, ...stats.params],
      );
    } else {
      // minus the statements hidden from the user (a statement counts once per cell)
      rows = await db.query(
        `WITH ${access.hidden.sql},
         dm AS (SELECT ${party} AS party_ref, ${target} AS addressee_ref, COUNT(DISTINCT a.statement_id) AS n FROM hst d
                CROSS JOIN claim_statement_addressees a WHERE a.statement_id = d.id AND a.stance IN (${ACCUSING})${also} GROUP BY ${party}, ${target})
         SELECT * FROM (SELECT m.party_ref, m.addressee_ref, m.n - COALESCE(dm.n, 0) AS count FROM (${stats.sql}) m
         LEFT JOIN dm ON dm.party_ref = m.party_ref AND dm.addressee_ref = m.addressee_ref) v WHERE count > 0 ${order}`,
        [...access.hidden.params, ...(sector?.params ?? []), ...stats.params],
      );
    }
  } else {
    // open statements from the addressee rows' own column; restricted ones the user sees by id
    let cte: SqlFragment | undefined;
    const seen: SqlFragment[] = [];
    if (access.mode === 'summary') seen.push(frag('a.restricted = 0'));
    if (access.mode === 'corrected') {
      // a restricted statement by its owner row, else among the granted ones (few): the rows of the
      // few restricted statements are looked up one by one, not the owner's every statement listed first
      cte = frag(`gv AS (${access.granted.sql})`, access.granted.params);
      seen.push(frag(`(a.restricted = 0 OR EXISTS (SELECT 1 FROM claim_statement_owners ow WHERE ow.owner_org = ? AND ow.statement_id = a.statement_id)
        OR a.statement_id IN (SELECT id FROM gv))`, [access.org]));
    }
    if (access.mode === 'exact') {
      cte = access.hidden;
      seen.push(frag('a.statement_id NOT IN (SELECT id FROM hst)'));
    }
    // the statements first reported between two days, counted from their addressee rows
    const scan = (from: string | undefined, to: string | undefined): SqlFragment => {
      const where = and([
        frag(`a.stance IN (${ACCUSING})`),
        ...(from ? [frag('a.first_on >= ?', [from])] : []),
        ...(to ? [frag('a.first_on <= ?', [to])] : []),
        ...(f.sector ? [inSector('a.statement_id')] : []),
        ...seen,
      ]);
      return frag(`SELECT ${party} AS party_ref, ${target} AS addressee_ref, COUNT(DISTINCT a.statement_id) AS n
        FROM claim_statement_addressees a WHERE ${where.sql} GROUP BY ${party}, ${target}`, where.params);
    };
    const span = access.mode === 'exact' ? undefined : monthSpan(f.from, f.to);
    const parts: SqlFragment[] = [];
    if (!span) parts.push(scan(f.from, f.to));
    else {
      // whole months from the per-month summary, of every statement or one sector's (corrected for the
      // viewer as the whole matrix is), the days at either end from the statements
      const { months, edges } = span;
      if (months) {
        const range = and([frag('rollup = ? AND sector = ?', [rollup, f.sector ?? ALL_SECTORS]), ...(months.from ? [frag('month >= ?', [months.from])] : []), ...(months.to ? [frag('month <= ?', [months.to])] : [])]);
        const counted = access.mode === 'system' ? 'n' : 'n - r_n';
        parts.push(frag(`SELECT party_ref, addressee_ref, ${counted} AS n FROM claim_statement_month_matrix_stats WHERE ${range.sql}`, range.params));
        if (access.mode === 'corrected') {
          parts.push(frag(`SELECT party_ref, addressee_ref, n FROM claim_statement_month_matrix_owned WHERE owner_org = ? AND ${range.sql}`, [access.org, ...range.params]));
          // the granted restricted statements the organisation does not own, in those months
          const days = and([
            frag(`a.stance IN (${ACCUSING})`),
            ...(months.from ? [frag('a.first_on >= ?', [`${months.from}-01`])] : [frag('a.first_on IS NOT NULL')]),
            ...(months.to ? [frag('a.first_on <= ?', [`${months.to}-31`])] : []),
            ...(f.sector ? [inSector('a.statement_id')] : []),
          ]);
          parts.push(frag(`SELECT ${party} AS party_ref, ${target} AS addressee_ref, COUNT(DISTINCT a.statement_id) AS n
            FROM gv CROSS JOIN claim_statement_addressees a WHERE a.statement_id = gv.id AND ${days.sql} GROUP BY ${party}, ${target}`, days.params));
        }
      }
      for (const [from, to] of edges) parts.push(scan(from, to));
    }
    const union = parts.map((p) => p.sql).join(' UNION ALL ');
    rows = await db.query(
      `${cte ? `WITH ${cte.sql} ` : ''}SELECT * FROM (SELECT party_ref, addressee_ref, SUM(n) AS count FROM (${union}) u
       GROUP BY party_ref, addressee_ref) v WHERE count > 0 ${order}`,
      [...(cte?.params ?? []), ...parts.flatMap((p) => p.params)],
    );
  }
  return rows.map((r) => ({ party_ref: String(r.party_ref), addressee_ref: String(r.addressee_ref), count: Number(r.count) }));
}

/** Statements per day or month (of their first report) and stance, among the claims matching the filter. */
export async function statementTimeline(
  db: SqlDb,
  viewer: Viewer,
  f: ClaimFilter & { interval?: 'day' | 'month' } = {},
): Promise<TimelinePoint[]> {
  const width = f.interval === 'month' ? 7 : 10;
  const where = and([filterSql(f, 'c'), visibleClaimSql(viewer, 'c')]);
  const rows = await db.query<{ period: string; stance: ClaimStance; n: number | string }>(
    `SELECT SUBSTR(s.first_on, 1, ${width}) AS period, s.stance, COUNT(DISTINCT s.id) AS n
     FROM claims c JOIN claim_statement_members m ON m.claim_id = c.id JOIN claim_statements s ON s.id = m.statement_id
     WHERE s.first_on IS NOT NULL AND ${where.sql}
     GROUP BY SUBSTR(s.first_on, 1, ${width}), s.stance ORDER BY period, s.stance`,
    where.params,
  );
  return rows.map((r) => ({ period: r.period, stance: r.stance, count: Number(r.n) }));
}
