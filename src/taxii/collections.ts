/**
 * TAXII collections and who may use them. A caller may read a collection when it is open to every
 * authenticated user or their organisation holds a read or write grant; may write when, in
 * addition, their role is editor or admin and it is open to every writer or their organisation
 * holds a write grant. The organisation that created a collection (its owner) reads it, and its
 * editors and admins write it, without any grant. Visibility of the objects inside still follows
 * their markings (the Store).
 */
import { randomUUID } from 'node:crypto';
import { Errors } from '../errors.ts';
import type { Viewer } from '../model/viewer.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import { STIX_MEDIA_TYPE } from './media-types.ts';
import type { Collection, CollectionResource, NewCollection } from './types.ts';

interface CollectionRow {
  id: string;
  title: string;
  description: string | null;
  alias: string | null;
  media_types: string;
  is_default: number | boolean;
  everyone_read: number | boolean;
  everyone_write: number | boolean;
  created: string;
  owner_org: string | null;
}

interface GrantRow {
  collection_id: string;
  org_id: string;
  can_read: number | boolean;
  can_write: number | boolean;
}

const COLUMNS = 'id, title, description, alias, media_types, is_default, everyone_read, everyone_write, created, owner_org';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Taken by the built-in plain-claims collection (src/taxii/routes/plain-claims.ts, PLAIN_CLAIMS_ALIAS). */
export const RESERVED_ALIAS = 'plain-claims';

function toCollection(row: CollectionRow, grants: GrantRow[]): Collection {
  const mine = grants.filter((g) => g.collection_id === row.id);
  return {
    id: row.id,
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    ...(row.alias ? { alias: row.alias } : {}),
    mediaTypes: JSON.parse(row.media_types) as string[],
    isDefault: Boolean(row.is_default),
    everyoneRead: Boolean(row.everyone_read),
    everyoneWrite: Boolean(row.everyone_write),
    readOrgs: mine.filter((g) => g.can_read).map((g) => g.org_id),
    writeOrgs: mine.filter((g) => g.can_write).map((g) => g.org_id),
    ...(row.owner_org ? { ownerOrg: row.owner_org } : {}),
    created: row.created,
  };
}

export function canRead(collection: Collection, viewer: Viewer): boolean {
  if (viewer.kind === 'system') return true;
  if (collection.ownerOrg !== undefined && collection.ownerOrg === viewer.orgId) return true;
  return collection.everyoneRead || collection.readOrgs.includes(viewer.orgId) || collection.writeOrgs.includes(viewer.orgId);
}

export function canWrite(collection: Collection, viewer: Viewer): boolean {
  if (viewer.kind === 'system') return true;
  if (viewer.role === 'reader') return false;
  if (collection.ownerOrg !== undefined && collection.ownerOrg === viewer.orgId) return true;
  return collection.everyoneWrite || collection.writeOrgs.includes(viewer.orgId);
}

/** A collection the caller can neither read nor write does not exist for them. */
export function isVisible(collection: Collection, viewer: Viewer): boolean {
  return canRead(collection, viewer) || canWrite(collection, viewer);
}

export function toCollectionResource(collection: Collection, viewer: Viewer): CollectionResource {
  return {
    id: collection.id,
    title: collection.title,
    ...(collection.description ? { description: collection.description } : {}),
    ...(collection.alias ? { alias: collection.alias } : {}),
    can_read: canRead(collection, viewer),
    can_write: canWrite(collection, viewer),
    media_types: collection.mediaTypes,
  };
}

/** Most found collections one repository keeps (emptied when full). */
const MAX_KEPT = 1000;

export interface CollectionRepositoryOptions {
  /**
   * Keep each collection found, by the id or alias asked, so that a TAXII request does not read it
   * again: a collection and its grants never change once `add` has written them (nothing updates or
   * deletes those rows; test/taxii/collection-cache.test.ts fails if a statement that does appears in
   * src/). A miss is asked again, so a collection created by another process is found at once.
   */
  keepFound?: boolean;
}

export class CollectionRepository {
  readonly #db: SqlDb;
  readonly #kept: Map<string, Collection> | undefined;

  constructor(db: SqlDb, options: CollectionRepositoryOptions = {}) {
    this.#db = db;
    this.#kept = options.keepFound ? new Map() : undefined;
  }

  /** Every collection, the default first, then by title. */
  async list(): Promise<Collection[]> {
    const rows = await this.#db.query<CollectionRow>(`SELECT ${COLUMNS} FROM taxii_collections ORDER BY is_default DESC, title, id`);
    const grants = await this.#db.query<GrantRow>('SELECT collection_id, org_id, can_read, can_write FROM taxii_collection_orgs ORDER BY org_id');
    return rows.map((r) => toCollection(r, grants));
  }

  /** A collection by id or alias (TAXII lets an alias stand for the id in URLs). */
  async find(idOrAlias: string): Promise<Collection | undefined> {
    const kept = this.#kept?.get(idOrAlias);
    if (kept) return kept;
    const found = await this.#read(idOrAlias);
    if (found && this.#kept) {
      if (this.#kept.size >= MAX_KEPT) this.#kept.clear();
      // Shared by every request that asks: frozen, so no caller can change what the next one reads.
      for (const list of [found.mediaTypes, found.readOrgs, found.writeOrgs]) Object.freeze(list);
      this.#kept.set(idOrAlias, Object.freeze(found));
    }
    return found;
  }

  async #read(idOrAlias: string): Promise<Collection | undefined> {
    const byId = UUID.test(idOrAlias);
    // The collection and its grants in one statement (every TAXII request asks): a row per grant,
    // or one row with null grant columns when it has none.
    const rows = await this.#db.query<CollectionRow & { g_org: string | null; g_read: number | boolean | null; g_write: number | boolean | null }>(
      `SELECT ${COLUMNS.split(', ').map((c) => `c.${c}`).join(', ')}, g.org_id AS g_org, g.can_read AS g_read, g.can_write AS g_write` +
        ` FROM taxii_collections c LEFT JOIN taxii_collection_orgs g ON g.collection_id = c.id` +
        ` WHERE ${byId ? 'c.id = ? OR c.alias = ?' : 'c.alias = ?'} ORDER BY g.org_id`,
      byId ? [idOrAlias.toLowerCase(), idOrAlias] : [idOrAlias],
      { prepare: true },
    );
    const row = rows.find((r) => r.id === idOrAlias.toLowerCase()) ?? rows[0];
    if (!row) return undefined;
    const grants: GrantRow[] = rows
      .filter((r) => r.id === row.id && r.g_org !== null)
      .map((r) => ({ collection_id: r.id, org_id: r.g_org!, can_read: r.g_read!, can_write: r.g_write! }));
    return toCollection(row, grants);
  }

  async findDefault(): Promise<Collection | undefined> {
    const rows = await this.#db.query<{ id: string }>('SELECT id FROM taxii_collections WHERE is_default = 1');
    return rows[0] ? this.find(rows[0].id) : undefined;
  }

  /**
   * Adds a collection with its grants (organisation ids), exactly as given: readers read, writers
   * read and write. `ownerOrg`, the creating organisation, reads and writes without a grant.
   * @throws OPS_ERR_TAXII_COLLECTION_CONFLICT when the alias is taken; OPS_ERR_INPUT_INVALID for a bad alias.
   */
  async add(input: NewCollection): Promise<Collection> {
    const title = input.title.trim();
    if (!title) throw new Errors.INPUT_INVALID('title: required', { field: 'title' });
    if (input.alias !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(input.alias)) {
      throw new Errors.INPUT_INVALID(`alias: '${input.alias}' must be letters, digits, '.', '_' or '-' (a URL segment)`, { field: 'alias' });
    }
    if (input.alias !== undefined && UUID.test(input.alias)) throw new Errors.INPUT_INVALID('alias: must not look like a collection id', { field: 'alias' });
    // The read-only plain-claims collection (routes/plain-claims.ts) answers at this alias.
    if (input.alias === RESERVED_ALIAS) throw new Errors.TAXII_COLLECTION_CONFLICT(`alias '${input.alias}' is the plain-claims collection's`);
    const id = randomUUID();
    const write = [...new Set(input.writeOrgs ?? [])];
    const read = [...new Set([...(input.readOrgs ?? []), ...write])];
    await this.#db.transaction(async (tx) => {
      if (input.alias !== undefined) {
        const taken = await tx.query('SELECT id FROM taxii_collections WHERE alias = ?', [input.alias]);
        if (taken.length) throw new Errors.TAXII_COLLECTION_CONFLICT(`alias '${input.alias}' is taken`);
      }
      await tx.exec(
        `INSERT INTO taxii_collections (${COLUMNS}) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
        [
          id, title, input.description ?? null, input.alias ?? null,
          JSON.stringify(input.mediaTypes?.length ? input.mediaTypes : [STIX_MEDIA_TYPE]),
          input.everyoneRead ? 1 : 0, input.everyoneWrite ? 1 : 0, new Date().toISOString(), input.ownerOrg ?? null,
        ],
      );
      for (const org of read) {
        await tx.exec('INSERT INTO taxii_collection_orgs (collection_id, org_id, can_read, can_write) VALUES (?, ?, 1, ?)', [
          id, org, write.includes(org) ? 1 : 0,
        ]);
      }
    });
    return (await this.find(id))!;
  }
}
