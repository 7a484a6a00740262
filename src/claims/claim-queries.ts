/**
 * The claim queries, written once in portable SQL over the claim index (migrations 020 and 044)
 * and the store's `objects` table (for each listed claim's JSON).
 *
 * Access control: a claim is visible when the store would show the indexed version to the viewer
 * (src/storage/visibility.ts), decided on the index rows' own TLP and owner columns
 * (claim-visibility.ts). The summary counts cover every claim; a user's are corrected by the
 * restricted counts, so counts never include what the viewer cannot read.
 */
import { Errors } from '../errors.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { Viewer } from '../model/viewer.ts';
import { ACCUSING_STANCES, DENYING_STANCES, type Claim, type ClaimStance } from '../model/claim.ts';
import { claimRowVisibleSql, grantedClaimsSql, OWN_TLP_SQL, scopedHiddenClaimsSql } from './claim-visibility.ts';
import { and, frag, inList, type SqlFragment } from '../storage/sql-fragment.ts';

export interface ClaimFilter {
  /** Claims naming this subject (intrusion set, campaign...). */
  subject?: string;
  /** Made by this claimant identity. */
  claimant?: string;
  /** Made by this party: the claimant, or the state/body a claimant speaks for. */
  party?: string;
  /** Addressed at this party (accused, warned...). */
  addressee?: string;
  /** Citing this source report. */
  source?: string;
  /** Answering this claim. */
  respondsTo?: string;
  stances?: ClaimStance[];
  /** Made on or after / on or before (YYYY-MM-DD). */
  from?: string;
  to?: string;
  sector?: string;
  country?: string;
  limit?: number;
  offset?: number;
}

export interface ContestedSubject {
  subject_ref: string;
  accusing: number;
  denying: number;
  total: number;
}

export interface MatrixCell {
  party_ref: string;
  addressee_ref: string;
  count: number;
}

export interface MatrixFilter {
  from?: string;
  to?: string;
  sector?: string;
  /** The largest cells only (default: every cell). */
  limit?: number;
}

export interface TimelinePoint {
  period: string;
  stance: ClaimStance;
  count: number;
}

const MAX_LIMIT = 1000;
const quote = (values: readonly string[]) => values.map((s) => `'${s}'`).join(', ');
const ACCUSING = quote(ACCUSING_STANCES);
const DENYING = quote(DENYING_STANCES);

/** Whether the viewer may see the claim row aliased `c` (decided on its own columns: claim-visibility.ts). */
export function visibleClaimSql(viewer: Viewer, c: string): SqlFragment {
  return claimRowVisibleSql(viewer, c);
}

/** The filter as SQL over the claim row aliased `c` (also used by statement-queries.ts). */
export function filterSql(f: ClaimFilter, c: string): SqlFragment {
  const parts: SqlFragment[] = [];
  if (f.subject) parts.push(frag(`${c}.id IN (SELECT claim_id FROM claim_subjects WHERE subject_ref = ?)`, [f.subject]));
  if (f.addressee) parts.push(frag(`${c}.id IN (SELECT claim_id FROM claim_addressees WHERE addressee_ref = ?)`, [f.addressee]));
  if (f.sector) parts.push(frag(`${c}.id IN (SELECT claim_id FROM claim_sectors WHERE sector = ?)`, [f.sector]));
  if (f.country) parts.push(frag(`${c}.id IN (SELECT claim_id FROM claim_countries WHERE country = ?)`, [f.country]));
  if (f.respondsTo) parts.push(frag(`${c}.id IN (SELECT claim_id FROM claim_responses WHERE responds_to = ?)`, [f.respondsTo]));
  if (f.claimant) parts.push(frag(`${c}.claimant_ref = ?`, [f.claimant]));
  if (f.party) parts.push(frag(`(${c}.party_ref = ? OR ${c}.claimant_ref = ?)`, [f.party, f.party]));
  if (f.source) parts.push(frag(`${c}.source_ref = ?`, [f.source]));
  if (f.stances && f.stances.length > 0) parts.push(inList(`${c}.stance`, f.stances));
  if (f.from) parts.push(frag(`${c}.made_on >= ?`, [f.from]));
  if (f.to) parts.push(frag(`${c}.made_on <= ?`, [f.to]));
  return and(parts);
}

/** The largest offset a claim query takes (a page number past it has no claims anyway). */
export const MAX_OFFSET = 1_000_000_000;

/**
 * LIMIT and OFFSET as safe integers, since they are written into the SQL text.
 * @throws OPS_ERR_INPUT_INVALID naming `limit` or `offset` (Infinity, NaN, negative, too large).
 */
export function page(f: { limit?: number; offset?: number }, fallback = 100): [number, number] {
  const whole = (name: 'limit' | 'offset', value: number, max: number) => {
    if (!Number.isFinite(value) || Math.floor(value) > max) {
      throw new Errors.INPUT_INVALID(`${name}: must be an integer up to ${max}, got ${value}`, { field: name });
    }
    return Math.floor(value);
  };
  const limit = Math.min(Math.max(1, whole('limit', f.limit ?? fallback, Number.MAX_SAFE_INTEGER)), MAX_LIMIT);
  return [limit, Math.max(0, whole('offset', f.offset ?? 0, MAX_OFFSET))];
}

/** Claims matching the filter, newest first, each the latest version as stored. */
export async function listClaims(db: SqlDb, viewer: Viewer, f: ClaimFilter = {}): Promise<Claim[]> {
  const where = and([filterSql(f, 'c'), visibleClaimSql(viewer, 'c')]);
  const [limit, offset] = page(f);
  const rows = await db.query<{ object_json: string }>(
    `SELECT o.object_json FROM claims c JOIN objects o ON o.id = c.id AND o.version = c.version
     WHERE ${where.sql} ORDER BY c.made_on DESC NULLS LAST, c.id LIMIT ${limit} OFFSET ${offset}`,
    where.params,
  );
  return rows.map((r) => JSON.parse(r.object_json) as Claim);
}

/** How many claims match the filter (visible to the viewer). */
export async function countClaims(db: SqlDb, viewer: Viewer, f: ClaimFilter = {}): Promise<number> {
  const where = and([filterSql(f, 'c'), visibleClaimSql(viewer, 'c')]);
  const [row] = await db.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM claims c WHERE ${where.sql}`, where.params);
  return Number(row?.n ?? 0);
}

/** Subjects with at least one attributes/accuses claim and one denies claim, most disputed first. */
export async function contestedSubjects(
  db: SqlDb,
  viewer: Viewer,
  opts: { limit?: number; offset?: number } = {},
): Promise<ContestedSubject[]> {
  const [limit, offset] = page(opts, 1000);
  const order = `ORDER BY denying + accusing DESC, subject_ref LIMIT ${limit} OFFSET ${offset}`;
  let rows: Array<Record<string, unknown>>;
  if (viewer.kind === 'system') {
    rows = await db.query(
      `SELECT * FROM (SELECT subject_ref, n_accusing AS accusing, n_denying AS denying, n_total AS total FROM claim_subject_stats
       WHERE n_accusing > 0 AND n_denying > 0) v ${order}`,
    );
  } else {
    // Every claim, minus the restricted ones, plus the restricted ones the user's organisation owns
    // and those granted to them (claim-visibility.ts). Visible counts never exceed the totals, so
    // only subjects contested over every claim are candidates. The corrections are driven from the
    // (few) granted and collection-scoped claims: CROSS JOIN keeps SQLite to that order whatever its
    // statistics say (PostgreSQL plans it as the inner join it is).
    const granted = grantedClaimsSql(viewer);
    const scoped = scopedHiddenClaimsSql(viewer);
    rows = await db.query(
      `WITH own AS (SELECT subject_ref, SUM(n_accusing) AS a, SUM(n_denying) AS d, SUM(n_total) AS t FROM claim_subject_restricted
                    WHERE owner_org = ? AND tlp IN ${OWN_TLP_SQL} GROUP BY subject_ref),
       granted AS (${granted.sql}),
       gs AS (SELECT cs.subject_ref, SUM(CASE WHEN cs.stance IN (${ACCUSING}) THEN 1 ELSE 0 END) AS a,
                     SUM(CASE WHEN cs.stance IN (${DENYING}) THEN 1 ELSE 0 END) AS d, COUNT(*) AS t
              FROM granted g CROSS JOIN claim_subjects cs WHERE cs.claim_id = g.id GROUP BY cs.subject_ref),
       scoped AS (${scoped.sql}),
       ss AS (SELECT cs.subject_ref, SUM(CASE WHEN cs.stance IN (${ACCUSING}) THEN 1 ELSE 0 END) AS a,
                     SUM(CASE WHEN cs.stance IN (${DENYING}) THEN 1 ELSE 0 END) AS d, COUNT(*) AS t
              FROM scoped x CROSS JOIN claim_subjects cs WHERE cs.claim_id = x.id GROUP BY cs.subject_ref),
       v AS (SELECT s.subject_ref, s.n_accusing - s.r_accusing + COALESCE(own.a, 0) + COALESCE(gs.a, 0) - COALESCE(ss.a, 0) AS accusing,
                    s.n_denying - s.r_denying + COALESCE(own.d, 0) + COALESCE(gs.d, 0) - COALESCE(ss.d, 0) AS denying,
                    s.n_total - s.r_total + COALESCE(own.t, 0) + COALESCE(gs.t, 0) - COALESCE(ss.t, 0) AS total
             FROM claim_subject_stats s LEFT JOIN own ON own.subject_ref = s.subject_ref LEFT JOIN gs ON gs.subject_ref = s.subject_ref
             LEFT JOIN ss ON ss.subject_ref = s.subject_ref
             WHERE s.n_accusing > 0 AND s.n_denying > 0)
       SELECT subject_ref, accusing, denying, total FROM v WHERE accusing > 0 AND denying > 0 ${order}`,
      [viewer.orgId, ...granted.params, ...scoped.params],
    );
  }
  return rows.map((r) => ({
    subject_ref: String(r.subject_ref),
    accusing: Number(r.accusing),
    denying: Number(r.denying),
    total: Number(r.total),
  }));
}

/** Accuser (party) by accused (addressee) counts of attributes/accuses claims. */
export async function accusationMatrix(db: SqlDb, viewer: Viewer, f: MatrixFilter = {}): Promise<MatrixCell[]> {
  const limit = f.limit ? Math.min(Math.max(1, Math.floor(f.limit)), 100_000) : undefined;
  // Ordered and limited by cellsOf.
  let query: { sql: string; params: unknown[] };
  if (!f.from && !f.to) {
    // Whole matrix or one sector: from the summaries (migrations 020, 044; per sector 080).
    const cells = f.sector
      ? { stats: 'claim_sector_matrix_stats', restricted: 'claim_sector_matrix_restricted', where: ' AND sector = ?', join: ' CROSS JOIN claim_sectors s', on: ' AND s.claim_id = a.claim_id AND s.sector = ?', params: [f.sector] }
      : { stats: 'claim_matrix_stats', restricted: 'claim_matrix_restricted', where: '', join: '', on: '', params: [] };
    if (viewer.kind === 'system') {
      query = { sql: `SELECT party_ref, addressee_ref, n AS count FROM ${cells.stats} WHERE n > 0${cells.where}`, params: cells.params };
    } else {
      // As for contested subjects: all, minus restricted, plus the organisation's own and the granted,
      // minus the collection-scoped hidden ones (corrections driven from the granted and scoped
      // claims, CROSS JOIN as there). A user whose organisation owns no restricted claim and who was
      // granted none (most readers) has no corrections: three probes say so, and their matrix is
      // then one scan of the summary, like the system viewer's (joining the summary's 20-40k cells
      // to empty corrections cost half the system query again at 1M claims).
      const granted = grantedClaimsSql(viewer);
      const scoped = scopedHiddenClaimsSql(viewer);
      const corrected = await db.query(
        `WITH granted AS (${granted.sql}), scoped AS (${scoped.sql})
         SELECT 1 AS x WHERE EXISTS (SELECT 1 FROM ${cells.restricted} WHERE owner_org = ? AND tlp IN ${OWN_TLP_SQL}${cells.where})
           OR EXISTS (SELECT 1 FROM granted) OR EXISTS (SELECT 1 FROM scoped)`,
        [...granted.params, ...scoped.params, viewer.orgId, ...cells.params],
      );
      if (corrected.length === 0) {
        query = { sql: `SELECT party_ref, addressee_ref, n - r_n AS count FROM ${cells.stats} WHERE n > r_n${cells.where}`, params: cells.params };
      } else {
        query = {
          sql: `WITH own AS (SELECT party_ref, addressee_ref, SUM(n) AS n FROM ${cells.restricted}
                        WHERE owner_org = ? AND tlp IN ${OWN_TLP_SQL}${cells.where} GROUP BY party_ref, addressee_ref),
           granted AS (${granted.sql}),
           gm AS (SELECT a.party_ref, a.addressee_ref, COUNT(*) AS n FROM granted g CROSS JOIN claim_addressees a${cells.join}
                  WHERE a.claim_id = g.id AND a.stance IN (${ACCUSING})${cells.on} GROUP BY a.party_ref, a.addressee_ref),
           scoped AS (${scoped.sql}),
           sm AS (SELECT a.party_ref, a.addressee_ref, COUNT(*) AS n FROM scoped x CROSS JOIN claim_addressees a${cells.join}
                  WHERE a.claim_id = x.id AND a.stance IN (${ACCUSING})${cells.on} GROUP BY a.party_ref, a.addressee_ref)
           SELECT * FROM (SELECT m.party_ref, m.addressee_ref, m.n - m.r_n + COALESCE(own.n, 0) + COALESCE(gm.n, 0) - COALESCE(sm.n, 0) AS count
                          FROM ${cells.stats} m
                          LEFT JOIN own ON own.party_ref = m.party_ref AND own.addressee_ref = m.addressee_ref
                          LEFT JOIN gm ON gm.party_ref = m.party_ref AND gm.addressee_ref = m.addressee_ref
                          LEFT JOIN sm ON sm.party_ref = m.party_ref AND sm.addressee_ref = m.addressee_ref
                          WHERE m.n > 0${cells.where.replace('sector', 'm.sector')}) v WHERE count > 0`,
          params: [viewer.orgId, ...cells.params, ...granted.params, ...cells.params, ...scoped.params, ...cells.params, ...cells.params],
        };
      }
    }
  } else {
    const parts: SqlFragment[] = [frag(`a.stance IN (${ACCUSING})`)];
    if (f.from) parts.push(frag('a.made_on >= ?', [f.from]));
    if (f.to) parts.push(frag('a.made_on <= ?', [f.to]));
    // Each addressee row carries its claim's TLP and owner: visibility without a join.
    parts.push(claimRowVisibleSql(viewer, 'a', 'a.claim_id', '(SELECT cv.version FROM claims cv WHERE cv.id = a.claim_id)'));
    // A sector with dates drives the join from its claims; otherwise the stance/date index is scanned.
    const from = f.sector ? 'claim_sectors s JOIN claim_addressees a ON a.claim_id = s.claim_id' : 'claim_addressees a';
    if (f.sector) parts.unshift(frag('s.sector = ?', [f.sector]));
    const where = and(parts);
    query = {
      sql: `SELECT * FROM (SELECT a.party_ref, a.addressee_ref, COUNT(*) AS count FROM ${from}
       WHERE ${where.sql} GROUP BY a.party_ref, a.addressee_ref) v`,
      params: where.params,
    };
  }
  return cellsOf(db, query.sql, query.params, limit);
}

/** Largest count first, then accuser and accused (code-unit order, the same on both backends). */
export function compareCells(x: MatrixCell, y: MatrixCell): number {
  return y.count - x.count || (x.party_ref < y.party_ref ? -1 : x.party_ref > y.party_ref ? 1 : 0) ||
    (x.addressee_ref < y.addressee_ref ? -1 : x.addressee_ref > y.addressee_ref ? 1 : 0);
}

/**
 * The cells a query (columns party_ref, addressee_ref, count) yields, in compareCells order, the
 * `limit` largest only when given. A whole matrix has 20-40k cells at 1M claims, and reading them
 * costs more than finding them:
 * - SQLite hands them over as one JSON array (json_group_array), sorted here: a row object per cell
 *   cost 59 ms CPU for 39k summary cells, the array 11 ms to build and 20 ms to parse, and the sort
 *   here less than SQLite's temporary B-tree (about 17 ms);
 * - PostgreSQL sends rows (its client parses them faster than JSON), sorted here too unless a limit
 *   asks for the largest (a top-N sort): a full ORDER BY of 26k cells (100k claims) overflowed the
 *   default work_mem (4 MB) into an external merge on disk, 150 ms of the server's time against
 *   8 ms for the scan.
 */
export async function cellsOf(db: SqlDb, sql: string, params: unknown[], limit?: number): Promise<MatrixCell[]> {
  const top = limit ? ` LIMIT ${Math.floor(limit)}` : '';
  if (db.dialect === 'postgres') {
    const order = limit ? ` ORDER BY count DESC, party_ref COLLATE "C", addressee_ref COLLATE "C"${top}` : '';
    const rows = await db.query<{ party_ref: string; addressee_ref: string; count: number | string }>(
      `SELECT party_ref, addressee_ref, count FROM (${sql}) j${order}`,
      params,
    );
    return orderCells(rows.map((r) => [r.party_ref, r.addressee_ref, Number(r.count)]));
  }
  const cells = limit ? `SELECT * FROM (${sql}) v ORDER BY count DESC, party_ref, addressee_ref${top}` : sql;
  const [row] = await db.query<{ cells: string }>(
    `SELECT json_group_array(json_array(party_ref, addressee_ref, count)) AS cells FROM (${cells}) j`,
    params,
  );
  return orderCells(JSON.parse(row?.cells ?? '[]') as Array<[string, string, number]>);
}

/**
 * The cells (accuser, accused, count) in compareCells order. Each cell is one distinct pair, so it
 * has a unique number: (largest count - count, accuser's rank, accused's rank) in base R (the number
 * of distinct refs), which a Float64Array sorts natively; a comparator sort of 26k cells cost
 * 35 ms CPU (string comparisons), this one about 11. Falls back to the comparator when the numbers
 * would pass 2^53 (never for a matrix of thousands of parties).
 */
function orderCells(cells: ReadonlyArray<readonly [string, string, number]>): MatrixCell[] {
  const rank = new Map<string, number>();
  let max = 0;
  for (const [p, a, n] of cells) {
    rank.set(p, 0);
    rank.set(a, 0);
    if (n > max) max = n;
  }
  const refs = [...rank.keys()].sort();
  refs.forEach((ref, i) => rank.set(ref, i));
  const r = refs.length;
  const valid = cells.every(([, , n]) => Number.isSafeInteger(n) && n >= 0);
  if (!valid || (max + 1) * r * r > Number.MAX_SAFE_INTEGER) {
    return cells.map(([party_ref, addressee_ref, count]) => ({ party_ref, addressee_ref, count })).sort(compareCells);
  }
  const keys = new Float64Array(cells.length);
  cells.forEach(([p, a, n], i) => {
    keys[i] = ((max - n) * r + rank.get(p)!) * r + rank.get(a)!;
  });
  keys.sort();
  const out = new Array<MatrixCell>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const a = key % r;
    const rest = (key - a) / r;
    const p = rest % r;
    out[i] = { party_ref: refs[p]!, addressee_ref: refs[a]!, count: max - (rest - p) / r };
  }
  return out;
}

/** Claims per day or month (and stance), oldest first. */
export async function claimTimeline(
  db: SqlDb,
  viewer: Viewer,
  f: ClaimFilter & { interval?: 'day' | 'month' } = {},
): Promise<TimelinePoint[]> {
  const width = f.interval === 'month' ? 7 : 10;
  const where = and([filterSql(f, 'c'), visibleClaimSql(viewer, 'c')]);
  const rows = await db.query<{ period: string; stance: ClaimStance; n: number | string }>(
    `SELECT SUBSTR(c.made_on, 1, ${width}) AS period, c.stance, COUNT(*) AS n FROM claims c WHERE c.made_on IS NOT NULL AND ${where.sql}
     GROUP BY SUBSTR(c.made_on, 1, ${width}), c.stance ORDER BY period, c.stance`,
    where.params,
  );
  return rows.map((r) => ({ period: r.period, stance: r.stance, count: Number(r.n) }));
}
