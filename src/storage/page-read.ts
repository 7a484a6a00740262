/**
 * One page of `Store.list`, written once for every backend and every shape of answer (parsed
 * objects, or the stored JSON text as it is). A page is a keyset range scan of `objects` in `seq`
 * order from the cursor, so a page deep in the collection costs what the first does; the filters and
 * visibility (list-filters.ts, visibility.ts) are decided per row inside that scan.
 *
 * A page is bounded in objects (`limit`) and, when `maxBytes` is given, in bytes: the objects' JSON
 * texts (and a separator each) add up to at most `maxBytes`, except that a page always holds at least
 * one whole object, however large. Objects are never cut; `next` continues after the last one sent.
 * With a byte budget the rows are read in chunks sized from what the page has left, so a page of long
 * reports does not read a hundred of them to send ten.
 */
import type { Viewer } from '../model/viewer.ts';
import type { SqlDb } from './sql-db.ts';
import type { ListQuery } from './store.ts';
import { Errors } from '../errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { parseVersionMatches, versionSelectionSql } from './versions.ts';
import { addedAfterKey, clampLimit, peerFilterSql } from './list-filters.ts';
import { and, frag, inList, planFreeParam, TRUE, type SqlFragment } from './sql-fragment.ts';

/** The rows read for a first chunk under a byte budget (a default page of 100 is one query). */
const FIRST_CHUNK = 101;
const MIN_CHUNK = 16;

export interface PageRow {
  seq: number | string;
  object_json: string;
}

/** The columns a deferred page statement adds (pageSql): which of the checks left out a row needs. */
interface DeferredColumns {
  /** A later version of the row's id is stored (`objects.later`, 005-page-flags). */
  page_later: number | boolean;
  /** The row references endpoints (a relationship or sighting) whose visibility a reader must check. */
  page_ends: number | boolean;
}

/**
 * Whether a page of `query` selects only each object's last version (TAXII's default). Its
 * statement then leaves two checks to readPage, made after the range scan on the rows that need
 * them: which version of an id is the last one the filters let through (a second copy of every
 * peer filter), and whether a relationship's endpoints are visible (two nested subqueries and a
 * second copy of the marking check). On PostgreSQL, whose executor sets up every subquery of a
 * statement each time it runs, those copies cost more than the rest of the page (at 1M objects a
 * reader's page took 1.45-1.78 ms with them, 0.85-1.02 ms without the later-version copy, against
 * 0.53-0.65 ms for a plain read of 101 rows). A row that needs neither (no later version stored,
 * no endpoints) costs nothing more; the others are decided by one statement per chunk.
 */
export function defersChecks(query: ListQuery): boolean {
  const matches = parseVersionMatches(query.versions);
  return matches.length === 1 && matches[0]!.kind === 'last';
}

/** The byte budget of a query: undefined for none; a budget below 1 byte is a caller's mistake. */
function budgetOf(maxBytes: number | undefined): number {
  if (maxBytes === undefined) return Infinity;
  if (!Number.isFinite(maxBytes) || maxBytes < 1) {
    throw new Errors.INPUT_INVALID(`maxBytes: must be a positive number of bytes, got ${maxBytes}`, { field: 'maxBytes' });
  }
  return maxBytes;
}

/**
 * The statement reading up to `rows` rows of a page after seq `after`: a range scan of the primary
 * key from the cursor, every filter decided per row (test/storage/page-plan.test.ts checks the plan
 * on both backends). The row count is written into the text (an integer chosen by readPage), so
 * PostgreSQL can keep one plan for the prepared statement: with LIMIT as a parameter its generic
 * plan hashes whole tables.
 */
export function pageSql(viewer: Viewer, query: ListQuery, columns: string, after: number, rows: number, dialect: SqlDb['dialect']): SqlFragment {
  const deferred = defersChecks(query);
  const where = and([
    peerFilterSql(viewer, query, 'o', { endpoints: !deferred }),
    deferred ? TRUE : versionSelectionSql(parseVersionMatches(query.versions), 'o', (a) => peerFilterSql(viewer, query, a)),
    query.excludeRevoked ? frag('o.revoked = 0') : TRUE,
    // The cursor's seq as a plan-free parameter: the plan is the primary key's range scan whatever it is.
    frag(`o.seq > ${planFreeParam('BIGINT')}`, [after]),
  ]);
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Errors.INPUT_INVALID(`rows: a positive integer, got ${rows}`);
  const ends = viewer.kind === 'system' ? '0' : 'CASE WHEN o.source_ref IS NULL AND o.target_ref IS NULL THEN 0 ELSE 1 END';
  const selected = deferred ? `${columns}, o.later AS page_later, ${ends} AS page_ends` : columns;
  return frag(`SELECT ${selected} FROM objects o${rangeScanHint(query, dialect)} WHERE ${where.sql} ORDER BY o.seq LIMIT ${rows}`, where.params);
}

/**
 * Which of the rows `seqs` of a deferred page pass the checks pageSql left out: every filter of the
 * page with the endpoints' visibility (peerFilterSql), and being their id's last version among the
 * rows those filters let through (versionSelectionSql), written by the same builders as the
 * statement that makes both checks in place.
 */
export function deferredChecksSql(viewer: Viewer, query: ListQuery, seqs: readonly number[]): SqlFragment {
  const where = and([
    inList('o.seq', paddedList(seqs), 'BIGINT'),
    peerFilterSql(viewer, query, 'o'),
    versionSelectionSql([{ kind: 'last' }], 'o', (a) => peerFilterSql(viewer, query, a)),
  ]);
  return frag(`SELECT o.seq AS seq FROM objects o WHERE ${where.sql}`, where.params);
}

/**
 * `seqs` padded to a power of two (at least 8) by repeating the last one, so that the checks of every
 * page are one of a handful of statement texts: each is prepared once per connection and, on
 * PostgreSQL, planned once. Unprepared, PostgreSQL planned this statement (visibility four times
 * over, with its subqueries) at every page: 4.3 ms of planning against 0.7 ms of execution (100k
 * objects, pg_stat_statements).
 */
function paddedList(seqs: readonly number[]): number[] {
  const size = 2 ** Math.max(3, Math.ceil(Math.log2(seqs.length)));
  const out = [...seqs];
  while (out.length < size) out.push(seqs.at(-1)!);
  return out;
}

/** The rows of a deferred page (pageSql) that pass the checks it left out. */
async function passingDeferred<R extends PageRow>(db: SqlDb, viewer: Viewer, query: ListQuery, got: (R & DeferredColumns)[]): Promise<R[]> {
  const needs = (r: R & DeferredColumns) => Number(r.page_later) !== 0 || Number(r.page_ends) !== 0;
  const flagged = got.filter(needs).map((r) => Number(r.seq));
  if (flagged.length === 0) return got;
  const statement = deferredChecksSql(viewer, query, flagged);
  const passed = new Set((await db.query<{ seq: number | string }>(statement.sql, statement.params, { prepare: true })).map((r) => Number(r.seq)));
  return got.filter((r) => !needs(r) || passed.has(Number(r.seq)));
}

/**
 * SQLite's planner without statistics (a store filled through TAXII and never analysed) takes each
 * `tlp = …` of the visibility predicate for a selective index and ORs five index scans into a sorted
 * rowset: every visible row of the table read and sorted for one page (445 ms instead of 1 ms at 20k
 * objects). So the page names its access path, whatever the statistics say: the id index when the
 * query names ids, the (type, seq) index for one type (its rows in seq order from the cursor), else
 * the primary key's range from the cursor (`NOT INDEXED`; added_after has already moved the cursor to
 * the first row added after its bound, readPage).
 */
function rangeScanHint(query: ListQuery, dialect: SqlDb['dialect']): string {
  if (dialect !== 'sqlite' || query.ids?.length) return '';
  if (query.types?.length === 1) return ' INDEXED BY objects_type_seq';
  return ' NOT INDEXED';
}

/**
 * The names of a page's columns, `o.<column>` references separated by commas: the rows are read
 * as arrays (QueryOptions.rowMode) and given these names here, which costs less than the engine's
 * object per row.
 */
function columnNames(columns: string, deferred: boolean): string[] {
  const names = columns.split(',').map((c) => {
    const m = /^\s*o\.([a-z_]+)\s*$/.exec(c);
    if (!m) throw new Error(`readPage columns: '${c.trim()}' is not a column of objects o (o.<column>)`);
    return m[1]!;
  });
  return deferred ? [...names, 'page_later', 'page_ends'] : names;
}

/** Array rows (in `names` order) as objects keyed by those names. */
function named<R>(rows: unknown[][], names: readonly string[]): R[] {
  const out = new Array<R>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const values = rows[i]!;
    const row: Record<string, unknown> = {};
    for (let j = 0; j < names.length; j++) row[names[j]!] = values[j];
    out[i] = row as R;
  }
  return out;
}

/**
 * The rows of one page (`columns`: `o.<column>` references of `objects o`, which must include
 * o.seq and o.object_json), and the cursor of the next page when there is more.
 */
export async function readPage<R extends PageRow>(db: SqlDb, viewer: Viewer, query: ListQuery, columns: string): Promise<{ rows: R[]; next?: string }> {
  const limit = clampLimit(query.limit);
  const budget = budgetOf(query.maxBytes);
  let after = query.cursor !== undefined ? decodeCursor(query.cursor) : 0;
  if (query.addedAfter !== undefined) {
    // date_added grows with seq (both come from store_clock, in one transaction per write), so the
    // first version added after the bound starts the range: the scan begins there rather than
    // reading every older row to filter it out (a poll for what is new costs what it returns).
    const [first] = await db.query<{ seq: number | string }>(
      `SELECT seq FROM objects WHERE date_added > ${planFreeParam('TEXT')} ORDER BY date_added LIMIT 1`,
      [addedAfterKey(query.addedAfter)],
      { prepare: true },
    );
    if (!first) return { rows: [] };
    after = Math.max(after, Number(first.seq) - 1);
  }
  const rows: R[] = [];
  const more = () => ({ rows, next: encodeCursor(Number(rows.at(-1)!.seq)) });
  let bytes = 0;
  let want = budget === Infinity ? limit + 1 : Math.min(limit + 1, FIRST_CHUNK);
  const deferred = defersChecks(query);
  const names = columnNames(columns, deferred);
  for (;;) {
    const statement = pageSql(viewer, query, columns, after, want, db.dialect);
    const got = named<R & DeferredColumns>(await db.query<unknown[]>(statement.sql, statement.params, { prepare: true, rowMode: 'array' }), names);
    const kept = deferred ? await passingDeferred(db, viewer, query, got) : got;
    for (const row of kept) {
      if (rows.length === limit) return more();
      if (budget !== Infinity) {
        const size = Buffer.byteLength(row.object_json, 'utf8') + 1;
        if (rows.length > 0 && bytes + size > budget) return more();
        bytes += size;
      }
      rows.push(row);
    }
    const last = got.at(-1);
    if (got.length < want || !last) return { rows };
    after = Number(last.seq);
    // What the budget left, at the page's average size so far (and one row to know there is more),
    // rounded up to a power of two so that few statement texts are prepared.
    // (A chunk may keep no row at all: every one an older version.)
    const fits = Math.ceil((budget - bytes) / Math.max(1, rows.length > 0 ? bytes / rows.length : 1)) + 1;
    want = 2 ** Math.ceil(Math.log2(Math.max(MIN_CHUNK, Math.min(limit + 1 - rows.length, fits))));
  }
}
