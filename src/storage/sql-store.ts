/**
 * The Store behaviour, written once over SqlDb's portable SQL: versioning, put with conflict
 * detection, list filters and cursors, relationships, ranked search, visibility and delete.
 * Each backend (sqlite/sqlite-store.ts, postgres/postgres-store.ts) is a small class that supplies
 * its SqlDb and its full-text candidate filter.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { StixObject } from '../model/stix/core.ts';
import type { Viewer } from '../model/viewer.ts';
import type { TlpLevel } from '../model/tlp.ts';
import type { SqlDb } from './sql-db.ts';
import type {
  ListQuery, Page, PutOptions, PutResult, RelationshipQuery, SearchQuery, Store, StoreCapabilities,
  StoreFeatures, StoredObject, StoredText, StoreHook, VersionInfo, VersionMatch, WriteOptions,
} from './store.ts';
import { NOT_OWNER_REASON } from './store.ts';
import { Errors } from '../errors.ts';
import { runMigrations, type Migration } from './migrations.ts';
import { STORE_MIGRATIONS } from './store-migrations.ts';
import { batchStart, formatStamps } from './date-added.ts';
import { toObjectRow, type ObjectRow } from './object-row.ts';
import { canonicalJson } from './canonical-json.ts';
import { parseVersionMatches, reportedVersion, versionSelectionSql } from './versions.ts';
import { clampLimit, MAX_LIMIT } from './list-filters.ts';
import { readPage } from './page-read.ts';
import { INSTALLATION_OWNER, visibilitySql } from './visibility.ts';
import { and, frag, inList, or, TRUE, type SqlFragment } from './sql-fragment.ts';
import { searchSql, type SearchTerm } from './search-sql.ts';
import { searchTokens } from './search-text.ts';

const LOOKUP_CHUNK = 500;
const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

export interface StoreBackend {
  readonly capabilities: StoreCapabilities;
  readonly db: SqlDb & { close(): Promise<void> };
  /** Bulk insert for put(); the default is portable multi-row VALUES, 100 rows a statement. */
  insertRows?(tx: SqlDb, table: string, columns: string[], rows: unknown[][], suffix: string): Promise<void>;
  /**
   * The FROM clause of a search (aliasing objects as `o`) letting the backend's index yield the
   * candidates of one part of the ranking (SearchPart), in `seq` order where it can.
   */
  searchSource(terms: readonly SearchTerm[], part: SearchPart, phrase?: string): SearchSource;
  /**
   * The date and language filters of a search on `o`, read from the stored object (object_json):
   * the date exactly as search reports it (a report's publication, a claim's statement date, else
   * `modified`), by day; the language as any language the object's texts or names say it has (a
   * superset of the matched text's language, which the search service checks on the hits).
   */
  searchFilter(filter: SearchFilter): SqlFragment;
  /**
   * Optional: stop maintaining the text index row by row for a large write inside
   * Store.transaction; the function returned indexes the rows with seq > `fromSeq` in bulk (and
   * resumes per-row maintenance), in the same transaction, before it commits.
   */
  pauseTextIndex?(tx: SqlDb, fromSeq: number): Promise<(tx: SqlDb) => Promise<void>>;
  /**
   * Optional: refresh the planner's statistics of the tables a page reads, after a write that added
   * a tenth or more to them (PostgreSQL: without them, right after a large import and until
   * autovacuum's next round, it ORs the TLP indexes into a sorted scan of every visible row).
   */
  refreshStatistics?(db: SqlDb): Promise<void>;
}

/** New versions below which a write never refreshes statistics, and the share of the table above. */
const STATISTICS_MIN_ROWS = 1000;
const STATISTICS_SHARE = 0.1;

/** Date (YYYY-MM-DD, inclusive) and language (BCP 47 prefix) filters a search applies in SQL. */
export interface SearchFilter {
  since?: string;
  until?: string;
  lang?: string;
}

/**
 * The parts of a search's ranking (search-sql.ts), read one after the other: names starting with
 * the query or aliases equal to it (score 4 and up), all terms in the name (3), all terms in the
 * aliases (2), then the terms only in a text (1).
 */
export type SearchPart = 'leading' | 'name' | 'aliases' | 'text';

/** Where a search reads its candidates, and the column that orders them by `seq` in the index's own order. */
export interface SearchSource {
  from: SqlFragment;
  seq: string;
}

/** The transaction of a Store.transaction, and the text-index catch-up it owes when it paused the index. */
interface Bulk {
  tx: SqlDb;
  catchUp?: (tx: SqlDb) => Promise<void>;
  /** New versions written in the transaction so far. */
  fresh: number;
  /** `fresh` when the statistics were last refreshed inside the transaction (0: not yet). */
  analysed: number;
  /** Versions in the table before the transaction, as MAX(seq) says (undefined: not read yet). */
  rowsBefore?: number;
}

/** Fresh rows in one write of a Store.transaction from which the text index is maintained in bulk. */
const BULK_TEXT_INDEX_ROWS = 500;

interface Row {
  seq: number;
  id: string;
  type: string;
  spec_version: string;
  date_added: string;
  revoked: number;
  tlp: TlpLevel | null;
  owner_org: string | null;
  object_json: string;
}

interface TextRow {
  seq: number;
  date_added: string;
  object_json: string;
}

const ROW_COLUMNS = 'o.seq, o.id, o.type, o.spec_version, o.date_added, o.revoked, o.tlp, o.owner_org, o.object_json';

const OBJECT_COLUMNS = [
  'seq', 'id', 'version', 'type', 'spec_version', 'date_added', 'revoked', 'name', 'description', 'aliases',
  'source_ref', 'target_ref', 'created_by_ref', 'tlp', 'owner_org', 'object_json',
  'search_name', 'search_aliases', 'search_text',
];

function toStored(row: Row): StoredObject {
  const object = JSON.parse(row.object_json) as StixObject;
  const stored: StoredObject = {
    object,
    id: row.id,
    type: row.type,
    version: reportedVersion(object, row.date_added),
    dateAdded: row.date_added,
    specVersion: row.spec_version,
    revoked: Number(row.revoked) === 1,
  };
  if (row.tlp) stored.tlp = row.tlp;
  if (row.owner_org) stored.ownerOrgId = row.owner_org;
  return stored;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** TLP levels of a search filter; 'clear' also takes unmarked versions. */
function tlpFilter(levels: readonly TlpLevel[]): SqlFragment {
  const marked = inList('o.tlp', [...levels]);
  return levels.includes('clear') ? or([marked, frag('o.tlp IS NULL')]) : marked;
}

export class SqlStore implements Store {
  readonly capabilities: StoreCapabilities;
  readonly db: SqlDb;
  readonly #backend: StoreBackend;
  readonly #migrations: readonly Migration[];
  readonly #hooks: readonly StoreHook[];
  /** The types every hook declares it reads (undefined: some hook reads every object). */
  readonly #hookTypes: ReadonlySet<string> | undefined;
  /** The transaction of the Store.transaction the current call chain runs in. */
  readonly #bulk = new AsyncLocalStorage<Bulk>();
  /** New versions since the statistics were last refreshed, and the table's size then (undefined: not read yet). */
  #freshSinceStatistics = 0;
  #rowsAtStatistics: number | undefined;

  /** `features`: the migrations run after the store's own, and the hooks every write runs. */
  constructor(backend: StoreBackend, features: StoreFeatures = {}) {
    this.#backend = backend;
    this.capabilities = backend.capabilities;
    this.db = backend.db;
    this.#migrations = [...STORE_MIGRATIONS, ...(features.migrations ?? [])];
    this.#hooks = Object.freeze([...(features.hooks ?? [])]);
    this.#hookTypes = this.#hooks.every((h) => h.types) ? new Set(this.#hooks.flatMap((h) => h.types ?? [])) : undefined;
  }

  async migrate(): Promise<void> {
    await runMigrations(this.db, this.#migrations);
  }

  async put(objects: StixObject[], options: PutOptions = {}): Promise<PutResult> {
    if (!Array.isArray(objects)) throw new Errors.INPUT_INVALID('objects: must be an array', { field: 'objects' });
    for (const hook of this.#hooks) hook.beforePut?.(objects);
    // Derive every row first: a bad object fails the whole batch before anything is written.
    const rows = objects.map((o, i) => toObjectRow(o, `objects[${i}]`));
    return this.#afterWrite(await this.#write(rows, objects, options));
  }

  async putRows(rows: ObjectRow[], options: PutOptions = {}): Promise<PutResult> {
    const types = this.#hookTypes;
    const objects = this.#hooks.length === 0 ? []
      : rows.flatMap((r) => (types === undefined || types.has(r.type) ? [JSON.parse(r.json) as StixObject] : []));
    for (const hook of this.#hooks) hook.beforePut?.(objects);
    return this.#afterWrite(await this.#write(rows, objects, options));
  }

  /** Counts a put's new versions; outside Store.transaction, refreshes statistics when due. */
  async #afterWrite(result: PutResult): Promise<PutResult> {
    const bulk = this.#bulk.getStore();
    if (bulk) {
      bulk.fresh += result.new;
      await this.#refreshInTransactionIfDue(bulk);
    } else await this.#refreshStatisticsIfDue(result.new);
    return result;
  }

  /**
   * Inside Store.transaction: once the transaction has doubled the table since its statistics were
   * last taken, refreshes them in the transaction itself (PostgreSQL's ANALYZE samples the
   * transaction's own rows). Without them the planner took every row of a grown, never-analysed
   * table to match put's existence probe (`id IN (500 ids)`) and scanned the table for it, once per
   * 500 rows: an import into a fresh store grew quadratically (100k objects: 200 scans of 20-110 ms,
   * 4.3 s of the server's 11 s). Doubling keeps the refreshes few (about log2 of the rows added).
   */
  async #refreshInTransactionIfDue(bulk: Bulk): Promise<void> {
    const refresh = this.#backend.refreshStatistics;
    const since = bulk.fresh - bulk.analysed;
    if (!refresh || since < STATISTICS_MIN_ROWS) return;
    if (bulk.rowsBefore === undefined) {
      const [row] = await bulk.tx.query<{ n: number | string | null }>('SELECT MAX(seq) AS n FROM objects');
      bulk.rowsBefore = Math.max(0, Number(row?.n ?? 0) - bulk.fresh);
    }
    if (since < bulk.rowsBefore + bulk.analysed) return;
    await refresh(bulk.tx);
    bulk.analysed = bulk.fresh;
  }

  /** After a committed write of `fresh` new versions: the backend's statistics, when they are out of date. */
  async #refreshStatisticsIfDue(fresh: number): Promise<void> {
    const refresh = this.#backend.refreshStatistics;
    if (!refresh || fresh === 0) return;
    this.#freshSinceStatistics += fresh;
    if (this.#freshSinceStatistics < STATISTICS_MIN_ROWS) return;
    if (this.#rowsAtStatistics === undefined) {
      const [row] = await this.db.query<{ n: number | string | null }>('SELECT MAX(seq) AS n FROM objects');
      this.#rowsAtStatistics = Math.max(0, Number(row?.n ?? 0) - this.#freshSinceStatistics);
    }
    if (this.#freshSinceStatistics < this.#rowsAtStatistics * STATISTICS_SHARE) return;
    await refresh(this.db);
    this.#rowsAtStatistics += this.#freshSinceStatistics;
    this.#freshSinceStatistics = 0;
  }

  /**
   * Puts inside `fn` join this one transaction directly rather than each opening a savepoint: a
   * savepoint per batch made SQLite journal every page a batch touched again (a 100k-object import
   * took four times the CPU). A put that fails inside it fails before writing (its rows are checked
   * first) or fails the whole transaction.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    const outer = this.#bulk.getStore();
    if (outer) return fn();
    return this.db.transaction(async (tx) => {
      const bulk: Bulk = { tx, fresh: 0, analysed: 0 };
      const result = await this.#bulk.run(bulk, fn);
      await this.#catchUp(bulk);
      return { result, bulk };
    }).then(async ({ result, bulk }) => {
      if (bulk.analysed > 0) {
        // Refreshed inside the transaction: counted from there.
        this.#rowsAtStatistics = (bulk.rowsBefore ?? 0) + bulk.analysed;
        this.#freshSinceStatistics = 0;
      }
      await this.#refreshStatisticsIfDue(bulk.fresh - bulk.analysed);
      return result;
    });
  }

  /** Brings a paused text index up to date (before commit, or before a delete inside the transaction). */
  async #catchUp(bulk: Bulk): Promise<void> {
    const catchUp = bulk.catchUp;
    bulk.catchUp = undefined;
    if (catchUp) await catchUp(bulk.tx);
  }

  /** The rows of one put, checked and written in one transaction; `objects` is what hooks are told. */
  async #write(rows: ObjectRow[], objects: StixObject[], options: PutOptions): Promise<PutResult> {
    const collection = options.collectionId && options.collectionId !== 'default' ? options.collectionId : undefined;
    const actor = options.actor?.kind === 'user' ? options.actor : undefined;
    const newOwner = actor ? actor.orgId : (options.ownerOrgId ?? null);
    const bulk = this.#bulk.getStore();
    const inTransaction = <T>(body: (tx: SqlDb) => Promise<T>): Promise<T> => (bulk ? body(bulk.tx) : this.db.transaction(body));
    return inTransaction(async (tx) => {
      // Lock the clock row first: writers serialise here, so seq order is commit order.
      await tx.exec('UPDATE store_clock SET last_seq = last_seq WHERE id = 1');
      const [clock] = await tx.query<{ last_seq: number; last_added_us: number }>(
        'SELECT last_seq, last_added_us FROM store_clock WHERE id = 1',
      );
      const ids = [...new Set(rows.map((r) => r.id))];
      const { stored, owners } = await this.#existing(tx, ids);
      /** Ids with a stored version: a new version of one makes its older versions not last. */
      const versioned = new Set(owners.keys());
      // A user writes only ids that are new or their organisation's, unless an installation admin.
      // Of an id they may not write, an identical version they can see is merely unchanged; every
      // other case answers NOT_OWNER_REASON alike, visible or hidden (nothing compared, nothing told).
      const foreign = new Set(actor && !actor.installationAdmin
        ? ids.filter((id) => owners.has(id) && owners.get(id) !== actor.orgId) : []);
      const seeable = actor && foreign.size > 0 ? await this.#visibleSeqs(tx, actor, [...foreign]) : new Set<number>();
      const onBehalf = new Set<string>();
      let onBehalfVersions = 0;
      const result: PutResult = { new: 0, unchanged: 0, conflicts: [] };
      const fresh: ObjectRow[] = [];
      const freshOwners: Array<string | null> = [];
      /** Unchanged versions already stored, with their seq (for collection membership). */
      const kept: Array<[number, ObjectRow]> = [];
      /** Of those, the seqs the writer may open to default's readers (not a foreign id's). */
      const ownKept: number[] = [];
      /** Of those, another owner's versions put into a collection (checked below: not passed on when restricted). */
      const foreignKept: number[] = [];
      for (const row of rows) {
        const key = `${row.id}\u0000${row.version}`;
        const previous = stored.get(key);
        if (foreign.has(row.id)) {
          if (previous !== undefined && previous.seq > 0 && seeable.has(previous.seq) && sameContent(previous.json, row.json)) {
            kept.push([previous.seq, row]);
            if (collection) foreignKept.push(previous.seq);
            result.unchanged++;
          } else {
            result.conflicts.push({ id: row.id, version: row.versionText ?? '', reason: NOT_OWNER_REASON, kind: 'owner' });
          }
        } else if (previous === undefined) {
          stored.set(key, { json: row.json, dateAdded: 'in this batch', seq: 0 });
          // A version belongs to its id's owner; a new id to the writer (first version wins).
          if (!owners.has(row.id)) owners.set(row.id, newOwner);
          else if (actor && owners.get(row.id) !== actor.orgId) {
            onBehalf.add(row.id);
            onBehalfVersions++;
          }
          fresh.push(row);
          freshOwners.push(owners.get(row.id) ?? null);
          result.new++;
        } else if (sameContent(previous.json, row.json)) {
          if (previous.seq > 0) kept.push([previous.seq, row]);
          if (previous.seq > 0) ownKept.push(previous.seq);
          result.unchanged++;
        } else {
          result.conflicts.push({
            id: row.id,
            version: row.versionText ?? previous.dateAdded,
            reason: 'a stored version with the same id and version has different content',
            kind: 'content',
          });
        }
      }
      if (onBehalf.size > 0) Object.assign(result, { onBehalf: [...onBehalf], onBehalfVersions });
      if (!clock) throw new Errors.STORE_ENGINE('store_clock has no row 1; the migrations did not run');
      let seq = Number(clock.last_seq);
      if (bulk && !bulk.catchUp && fresh.length >= BULK_TEXT_INDEX_ROWS && this.#backend.pauseTextIndex) {
        bulk.catchUp = await this.#backend.pauseTextIndex(tx, seq);
      }
      let us = fresh.length ? await batchStart(Number(clock.last_added_us), fresh.length) : 0;
      const numbered = fresh.map((r, i) => ({ seq: ++seq, r, owner: freshOwners[i] ?? null }));
      const stamps = formatStamps(us, fresh.length);
      us += fresh.length;
      const values: unknown[][] = numbered.map(({ seq: rowSeq, r, owner }, i) => [
        rowSeq, r.id, r.version, r.type, r.specVersion, stamps[i], r.revoked, r.name, r.description,
        r.aliases, r.sourceRef, r.targetRef, r.createdByRef, r.tlp, owner, r.json, r.searchName,
        r.searchAliases, r.searchText,
      ]);
      const insert = (table: string, columns: string[], rows: unknown[][], suffix = '') =>
        rows.length === 0 ? Promise.resolve()
          : this.#backend.insertRows ? this.#backend.insertRows(tx, table, columns, rows, suffix)
            : insertMany(tx, table, columns, rows, suffix);
      await insert('objects', OBJECT_COLUMNS, values);
      const endpoints = numbered.flatMap(({ seq: rowSeq, r }) => r.endpoints.map((e) => [rowSeq, e.ref, e.role]));
      await insert('object_endpoints', ['seq', 'ref', 'role'], endpoints);
      await this.#markLater(tx, fresh, versioned);
      if (collection) {
        // A version readable only through restricted collections joins another one only by its
        // owner's writes: a reader granted it by one collection does not pass it on (docs/security.md).
        const restricted = new Set<number>();
        for (const part of chunks(foreignKept, LOOKUP_CHUNK)) {
          const f = inList('cs.seq', part);
          const rows = await tx.query<{ seq: number | string }>(
            `SELECT cs.seq FROM collection_scoped cs WHERE ${f.sql}` +
              ' AND NOT EXISTS (SELECT 1 FROM collection_objects co WHERE co.collection_id = ? AND co.seq = cs.seq)',
            [...f.params, collection],
          );
          for (const r of rows) restricted.add(Number(r.seq));
        }
        const passed = restricted.size === 0 ? kept : kept.filter(([seq, r]) => {
          if (!restricted.has(seq) || !foreign.has(r.id)) return true;
          result.unchanged--;
          result.conflicts.push({ id: r.id, version: r.versionText ?? '', reason: NOT_OWNER_REASON, kind: 'owner' });
          return false;
        });
        const members = [
          ...numbered.map(({ seq: rowSeq, r }) => [collection, rowSeq, r.id, r.version]),
          ...passed.map(([seq, r]) => [collection, seq, r.id, r.version]),
        ];
        await insert('collection_objects', ['collection_id', 'seq', 'object_id', 'version'], members, ' ON CONFLICT DO NOTHING');
        // Written to this collection only: read as its grants say (docs/security.md, Collections).
        await insert('collection_scoped', ['seq'], numbered.map(({ seq: rowSeq }) => [rowSeq]), ' ON CONFLICT DO NOTHING');
      } else if (ownKept.length > 0) {
        // The owner (or a trusted writer) writing a version again through default opens it to default's readers.
        for (const part of chunks(ownKept, LOOKUP_CHUNK)) {
          const f = inList('seq', part);
          await tx.exec(`DELETE FROM collection_scoped WHERE ${f.sql}`, f.params);
        }
      }
      if (fresh.length > 0) {
        await tx.exec('UPDATE store_clock SET last_seq = ?, last_added_us = ?, last_added_ms = ? WHERE id = 1', [seq, us - 1, Math.floor((us - 1) / 1000)]);
      }
      // The writer of a RED version receives it (otherwise no one could ever read it).
      if (actor) {
        const red = [...new Set(fresh.flatMap((r, i) => (r.tlp === 'red' ? [`${r.id}\u0000${freshOwners[i] ?? INSTALLATION_OWNER}`] : [])))];
        await insert('object_recipients', ['object_id', 'user_id', 'owner_org'],
          red.map((k) => { const [id, owner] = k.split('\u0000'); return [id, actor.userId, owner]; }), ' ON CONFLICT DO NOTHING');
      }
      for (const hook of this.#hooks) await hook.afterPut?.(tx, { objects, rows, result, ...(options.actor ? { actor: options.actor } : {}) });
      return result;
    });
  }

  /**
   * In one probe per id: the stored versions of these ids, keyed `id\0version`, and the owner of
   * each stored id (the owner_org of its first version, as #owners says; null: the installation).
   */
  /**
   * Sets `later` (005-page-flags) on the versions that are no longer their id's last: only for ids
   * that had a stored version or gained more than one in this put (a new id's only version is last,
   * as the column's default says).
   */
  async #markLater(tx: SqlDb, fresh: ObjectRow[], versioned: Set<string>): Promise<void> {
    const seen = new Set<string>();
    const touched = new Set<string>();
    for (const r of fresh) {
      if (versioned.has(r.id) || seen.has(r.id)) touched.add(r.id);
      seen.add(r.id);
    }
    for (const part of chunks([...touched], LOOKUP_CHUNK)) {
      const f = inList('id', part);
      await tx.exec(
        `UPDATE objects SET later = 1 WHERE later = 0 AND ${f.sql}` +
          ' AND EXISTS (SELECT 1 FROM objects x WHERE x.id = objects.id AND x.version > objects.version)',
        f.params,
      );
    }
  }

  async #existing(tx: SqlDb, ids: string[]): Promise<{
    stored: Map<string, { json: string; dateAdded: string; seq: number }>;
    owners: Map<string, string | null>;
  }> {
    const stored = new Map<string, { json: string; dateAdded: string; seq: number }>();
    const owners = new Map<string, string | null>();
    const firstSeq = new Map<string, number>();
    for (const part of chunks(ids, LOOKUP_CHUNK)) {
      const f = inList('id', part);
      const found = await tx.query<{ seq: number; id: string; version: string; object_json: string; date_added: string; owner_org: string | null }>(
        `SELECT seq, id, version, object_json, date_added, owner_org FROM objects WHERE ${f.sql}`,
        f.params,
      );
      for (const r of found) {
        const seq = Number(r.seq);
        stored.set(`${r.id}\u0000${r.version}`, { json: r.object_json, dateAdded: r.date_added, seq });
        const first = firstSeq.get(r.id);
        if (first === undefined || seq < first) {
          firstSeq.set(r.id, seq);
          owners.set(r.id, r.owner_org ?? null);
        }
      }
    }
    return { stored, owners };
  }

  /** The owner of each stored id: the owner_org of its first stored version (null: the installation). */
  async #owners(tx: SqlDb, ids: string[]): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>();
    for (const part of chunks(ids, LOOKUP_CHUNK)) {
      const f = inList('o.id', part);
      const found = await tx.query<{ id: string; owner_org: string | null }>(
        `SELECT o.id, o.owner_org FROM objects o WHERE ${f.sql} AND o.seq = (SELECT MIN(f.seq) FROM objects f WHERE f.id = o.id)`,
        f.params,
      );
      for (const r of found) out.set(r.id, r.owner_org ?? null);
    }
    return out;
  }

  /** The seqs of these ids' versions `viewer` may see. */
  async #visibleSeqs(tx: SqlDb, viewer: Viewer, ids: string[]): Promise<Set<number>> {
    const out = new Set<number>();
    const visible = visibilitySql(viewer, 'o');
    for (const part of chunks(ids, LOOKUP_CHUNK)) {
      const f = inList('o.id', part);
      const found = await tx.query<{ seq: number }>(`SELECT o.seq FROM objects o WHERE ${f.sql} AND (${visible.sql})`, [...f.params, ...visible.params]);
      for (const r of found) out.add(Number(r.seq));
    }
    return out;
  }

  /**
   * The owner key of `id` for a write by `options.actor` (docs/security.md): the id's owner when
   * the actor may act for it. A user who sees no version of it gets OPS_ERR_STORE_NOT_FOUND, as for
   * an unknown id; `visibleDenied` says what one who sees it but may not act gets.
   */
  async #ownerFor(tx: SqlDb, id: string, options: WriteOptions, visibleDenied: () => Error, also?: (owner: string) => Promise<boolean>): Promise<string> {
    const owners = await this.#owners(tx, [id]);
    const actor = options.actor?.kind === 'user' ? options.actor : undefined;
    if (!owners.has(id)) throw new Errors.STORE_NOT_FOUND(id);
    const owner = owners.get(id) ?? INSTALLATION_OWNER;
    if (!actor || actor.installationAdmin || owner === actor.orgId) return owner;
    if (also && (await also(owner))) return owner;
    if ((await this.#visibleSeqs(tx, actor, [id])).size === 0) throw new Errors.STORE_NOT_FOUND(id);
    throw visibleDenied();
  }

  async get(viewer: Viewer, id: string, match?: VersionMatch[]): Promise<StoredObject[]> {
    return (await this.list(viewer, { ids: [id], versions: match, limit: MAX_LIMIT })).items;
  }

  async versions(viewer: Viewer, id: string, collectionId?: string): Promise<VersionInfo[]> {
    const page = await this.list(viewer, { ids: [id], versions: ['all'], collectionId, limit: MAX_LIMIT });
    return page.items.map((s) => ({
      id: s.id,
      version: s.version,
      dateAdded: s.dateAdded,
      specVersion: s.specVersion,
      mediaType: STIX_MEDIA_TYPE,
    }));
  }

  async list(viewer: Viewer, query: ListQuery): Promise<Page<StoredObject>> {
    const { rows, next } = await readPage<Row>(this.db, viewer, query, ROW_COLUMNS);
    const items = rows.map(toStored);
    return next ? { items, next } : { items };
  }

  async listText(viewer: Viewer, query: ListQuery): Promise<Page<StoredText>> {
    const { rows, next } = await readPage<TextRow>(this.db, viewer, query, 'o.seq, o.date_added, o.object_json');
    const items = rows.map((r): StoredText => ({ dateAdded: r.date_added, json: r.object_json }));
    return next ? { items, next } : { items };
  }

  async relationships(viewer: Viewer, id: string, query: RelationshipQuery = {}): Promise<StoredObject[]> {
    const direction = query.direction ?? 'both';
    const role = direction === 'both' ? TRUE : frag('ep2.role = ?', [direction]);
    const visible = (a: string) => visibilitySql(viewer, a);
    const where = and([
      frag(`o.type IN ('relationship', 'sighting')`),
      frag(`o.seq IN (SELECT ep2.seq FROM object_endpoints ep2 WHERE ep2.ref = ? AND ${role.sql})`, [id, ...role.params]),
      visible('o'),
      versionSelectionSql([{ kind: 'last' }], 'o', visible),
      query.includeRevoked ? TRUE : frag('o.revoked = 0'),
    ]);
    const rows = await this.db.query<Row>(`SELECT ${ROW_COLUMNS} FROM objects o WHERE ${where.sql} ORDER BY o.seq`, where.params);
    const types = query.relationshipTypes?.length ? new Set(query.relationshipTypes) : undefined;
    return rows.map(toStored).filter((s) => {
      if (!types) return true;
      const kind = s.type === 'sighting' ? 'sighting' : (s.object.relationship_type as string | undefined);
      return kind !== undefined && types.has(kind);
    });
  }

  async search(viewer: Viewer, query: SearchQuery): Promise<StoredObject[]> {
    const terms = query.terms ?? searchTokens(query.text ?? '').map((t) => [t]);
    if (terms.length === 0 || terms.some((t) => t.length === 0)) return [];
    const limit = clampLimit(query.limit ?? 50);
    const { match, score } = searchSql(terms, 'o', query.phrase);
    const visible = (a: string) => visibilitySql(viewer, a);
    // Filtered in every part before its LIMIT, so a date window or a language deep in the ranking still fills the page.
    const filtered = query.since || query.until || query.lang
      ? this.#backend.searchFilter({
          ...(query.since ? { since: query.since.slice(0, 10) } : {}),
          ...(query.until ? { until: query.until.slice(0, 10) } : {}),
          ...(query.lang ? { lang: query.lang } : {}),
        })
      : TRUE;
    const where = (tier: SqlFragment) => and([
      match,
      tier,
      query.types?.length ? inList('o.type', query.types) : TRUE,
      query.tlp?.length ? tlpFilter(query.tlp) : TRUE,
      filtered,
      visible('o'),
      versionSelectionSql([{ kind: 'last' }], 'o', visible),
      frag('o.revoked = 0'),
    ]);
    // Best first, oldest first among equal scores (so results are stable), read part by part of
    // the ranking: the few names that start with the query or aliases equal to it are ranked in
    // full; each lower score is one part, read in store order (the order the index yields its
    // candidates) up to what the limit leaves. So a query no longer scores and sorts every object
    // whose title or text mentions its words: the scans stop at the limit.
    const parts: Array<[SearchPart, SqlFragment]> = [
      ['leading', frag(`${score.sql} >= 4`, score.params)],
      ['name', frag(`${score.sql} = 3`, score.params)],
      ['aliases', frag(`${score.sql} = 2`, score.params)],
      ['text', frag(`${score.sql} = 1`, score.params)],
    ];
    const rows: Row[] = [];
    for (const [part, tier] of parts) {
      if (rows.length >= limit) break;
      const source = this.#backend.searchSource(terms, part, query.phrase);
      const filter = where(tier);
      const ranked = part === 'leading';
      rows.push(...await this.db.query<Row>(
        `SELECT ${ROW_COLUMNS}${ranked ? `, ${score.sql} AS score` : ''} FROM ${source.from.sql} WHERE ${filter.sql}` +
          ` ORDER BY ${ranked ? 'score DESC, ' : ''}${source.seq} LIMIT ?`,
        [...(ranked ? score.params : []), ...source.from.params, ...filter.params, limit - rows.length],
      ));
    }
    return rows.map(toStored);
  }

  async delete(id: string, match?: VersionMatch[], options: WriteOptions = {}): Promise<number> {
    const matches = parseVersionMatches(match && match.length > 0 ? match : ['all']);
    const selected = versionSelectionSql(matches, 'o', (a) => frag(`${a}.id = ?`, [id]));
    // The text index's delete trigger expects every row it removes to be indexed.
    const bulk = this.#bulk.getStore();
    if (bulk) await this.#catchUp(bulk);
    return this.db.transaction(async (tx) => {
      const owner = options.actor?.kind === 'user'
        ? await this.#ownerFor(tx, id, options, () => new Errors.AUTH_FORBIDDEN(`object ${id} belongs to another organisation`))
        : undefined;
      await tx.exec(
        `DELETE FROM collection_scoped WHERE seq IN (SELECT o.seq FROM objects o WHERE o.id = ? AND (${selected.sql}))`,
        [id, ...selected.params],
      );
      const { changes } = await tx.exec(
        `DELETE FROM objects WHERE seq IN (SELECT o.seq FROM objects o WHERE o.id = ? AND (${selected.sql}))`,
        [id, ...selected.params],
      );
      await tx.exec(
        'DELETE FROM collection_objects WHERE object_id = ? AND NOT EXISTS (SELECT 1 FROM objects o WHERE o.seq = collection_objects.seq)',
        [id],
      );
      // The version left last again when later ones went (005-page-flags).
      await tx.exec(
        'UPDATE objects SET later = 0 WHERE id = ? AND later = 1 AND NOT EXISTS (SELECT 1 FROM objects x WHERE x.id = objects.id AND x.version > objects.version)',
        [id],
      );
      const [left] = await tx.query<{ n: number }>('SELECT COUNT(*) AS n FROM objects WHERE id = ?', [id]);
      if (Number(left?.n ?? 0) === 0) {
        await tx.exec('DELETE FROM object_shares WHERE object_id = ?', [id]);
        await tx.exec('DELETE FROM object_recipients WHERE object_id = ?', [id]);
      }
      const write = { deleted: changes, ...(options.actor ? { actor: options.actor } : {}), ...(owner !== undefined ? { owner } : {}) };
      for (const hook of this.#hooks) await hook.afterDelete?.(tx, id, write);
      return changes;
    });
  }

  async shareWith(id: string, orgId: string, options: WriteOptions = {}): Promise<void> {
    await this.db.transaction(async (tx) => {
      const owner = await this.#ownerFor(tx, id, options, () => new Errors.STORE_NOT_FOUND(id));
      await tx.exec('INSERT INTO object_shares (object_id, org_id, owner_org) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [id, orgId, owner]);
    });
  }

  async addRecipient(id: string, userId: string, options: WriteOptions = {}): Promise<void> {
    await this.db.transaction(async (tx) => {
      const actor = options.actor?.kind === 'user' ? options.actor : undefined;
      // A recipient of the owner's RED versions may name further recipients of them.
      const receives = async (owner: string) => actor !== undefined && (await tx.query(
        'SELECT 1 AS x FROM object_recipients WHERE object_id = ? AND user_id = ? AND owner_org = ?', [id, actor.userId, owner],
      )).length > 0;
      const owner = await this.#ownerFor(tx, id, options, () => new Errors.STORE_NOT_FOUND(id), receives);
      await tx.exec('INSERT INTO object_recipients (object_id, user_id, owner_org) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [id, userId, owner]);
    });
  }

  async close(): Promise<void> {
    await this.#backend.db.close();
  }
}

/** Same content whatever the key order: canonical JSON compared only when the texts differ. */
function sameContent(a: string, b: string): boolean {
  return a === b || canonicalJson(JSON.parse(a)) === canonicalJson(JSON.parse(b));
}

/** Multi-row INSERT in chunks (one statement text per chunk size, so prepared statements are reused). */
async function insertMany(tx: SqlDb, table: string, columns: string[], rows: unknown[][], suffix: string): Promise<void> {
  const one = `(${columns.map(() => '?').join(', ')})`;
  for (const part of chunks(rows, 100)) {
    await tx.exec(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(part.length).fill(one).join(', ')}${suffix}`,
      part.flat(),
    );
  }
}
