/**
 * Collections as the sharing page and the JSON API use them (GET/POST /api/collections...): the
 * same grants and checks as TAXII (collections.ts canRead/canWrite), so nothing the UI does is
 * allowed that a TAXII client could not do, and the Store's visibility still decides every object.
 *
 * - Listing answers the collections the caller may read or write, with their grants and the number
 *   of objects in each that the caller may see.
 * - Creating needs role editor or admin; the caller's organisation owns the collection (reads and
 *   writes it without a grant); reader and writer organisations are granted exactly as chosen.
 *   Opening a collection to everyone needs role admin.
 * - Adding objects needs the right to write the collection and puts the latest version the caller
 *   sees of each id into it (an identical write, so nothing changes but membership). A version
 *   readable only through restricted collections joins another collection only when the caller's
 *   organisation owns it: a reader of a restricted collection cannot pass it on.
 * - Removing an object takes its versions out of the collection (not out of the store); the
 *   default collection holds everything and nothing is removed from it.
 */
import { Errors } from '../errors.ts';
import type { UserViewer } from '../model/viewer.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { Page, Store, StoredObject } from '../storage/store.ts';
import { versionKeyOf } from '../storage/versions.ts';
import { visibilitySql } from '../storage/visibility.ts';
import { canRead, canWrite, CollectionRepository, isVisible } from './collections.ts';
import type { Collection } from './types.ts';

export interface CollectionView extends Collection {
  canRead: boolean;
  canWrite: boolean;
  /** Objects (ids) in it the caller may see; absent for the default collection, which holds everything. */
  objectCount?: number;
}

export interface NewSharedCollection {
  title: string;
  description?: string;
  alias?: string;
  /** Organisation ids granted reading. */
  readOrgs?: string[];
  /** Organisation ids granted writing (and so reading). */
  writeOrgs?: string[];
  everyoneRead?: boolean;
  everyoneWrite?: boolean;
}

/** Most ids added in one call. */
export const MAX_ADD = 500;

export class CollectionService {
  readonly #store: Store;
  readonly #db: SqlDb;
  readonly repo: CollectionRepository;

  constructor(store: Store, db: SqlDb) {
    this.#store = store;
    this.#db = db;
    this.repo = new CollectionRepository(db);
  }

  async list(viewer: UserViewer): Promise<CollectionView[]> {
    const visible = (await this.repo.list()).filter((c) => isVisible(c, viewer));
    return Promise.all(visible.map((c) => this.#view(c, viewer)));
  }

  /** @throws OPS_ERR_STORE_NOT_FOUND when it does not exist or the caller may neither read nor write it. */
  async get(viewer: UserViewer, idOrAlias: string): Promise<CollectionView> {
    return this.#view(await this.#find(viewer, idOrAlias), viewer);
  }

  /** @throws OPS_ERR_AUTH_FORBIDDEN for a reader, or a non-admin opening it to everyone. */
  async create(viewer: UserViewer, input: NewSharedCollection): Promise<CollectionView> {
    if (viewer.role === 'reader') throw new Errors.AUTH_FORBIDDEN('creating a collection needs role editor or admin');
    if ((input.everyoneRead || input.everyoneWrite) && viewer.role !== 'admin') {
      throw new Errors.AUTH_FORBIDDEN('only admins open a collection to every user');
    }
    const created = await this.repo.add({ ...input, ownerOrg: viewer.orgId });
    return this.#view(created, viewer);
  }

  /** A page of the latest versions in the collection that the caller may see. */
  async objects(viewer: UserViewer, idOrAlias: string, page: { limit?: number; cursor?: string; types?: string[] } = {}): Promise<Page<StoredObject>> {
    const collection = await this.#find(viewer, idOrAlias);
    if (!canRead(collection, viewer)) throw new Errors.AUTH_FORBIDDEN(`you may not read collection ${collection.id}`);
    return this.#store.list(viewer, {
      collectionId: collection.isDefault ? undefined : collection.id,
      limit: Math.min(Math.max(page.limit ?? 25, 1), 200),
      ...(page.cursor ? { cursor: page.cursor } : {}),
      ...(page.types?.length ? { types: page.types } : {}),
    });
  }

  /**
   * Puts the objects (ids) into the collection. All or nothing: an id the caller cannot see is
   * OPS_ERR_STORE_NOT_FOUND naming it, one they may not pass on OPS_ERR_AUTH_FORBIDDEN.
   * @returns the ids added (already there counts as added).
   */
  async add(viewer: UserViewer, idOrAlias: string, ids: string[]): Promise<{ collection: string; added: string[] }> {
    const collection = await this.#find(viewer, idOrAlias);
    if (!canWrite(collection, viewer)) throw new Errors.AUTH_FORBIDDEN(`you may not add objects to collection ${collection.id}`);
    const unique = [...new Set(ids)];
    if (unique.length === 0) throw new Errors.INPUT_INVALID('ids: name at least one object', { field: 'ids' });
    if (unique.length > MAX_ADD) throw new Errors.INPUT_INVALID(`ids: at most ${MAX_ADD} at once`, { field: 'ids' });
    if (collection.isDefault) return { collection: collection.id, added: unique };
    return this.#store.transaction(async () => {
      const objects = [];
      for (const [i, id] of unique.entries()) {
        const [latest] = await this.#store.get(viewer, id);
        if (!latest) throw Object.assign(new Errors.STORE_NOT_FOUND(id), { field: `ids[${i}]` });
        const own = latest.ownerOrgId === viewer.orgId || viewer.installationAdmin === true;
        if (!own && await this.#restricted(id, versionKeyOf(latest.object, `ids[${i}]`))) {
          throw Object.assign(new Errors.AUTH_FORBIDDEN(`${id} was shared with you through a restricted collection; only its owner's organisation may add it to another`), { field: `ids[${i}]` });
        }
        objects.push(latest.object);
      }
      const result = await this.#store.put(objects, { collectionId: collection.id, actor: viewer });
      if (result.conflicts.length > 0) {
        const c = result.conflicts[0]!;
        throw new Errors.STORE_CONFLICT(`${c.id}: ${c.reason}`);
      }
      return { collection: collection.id, added: unique };
    });
  }

  /**
   * Takes every version of `id` out of the collection. A version that was written only to
   * restricted collections stays restricted: afterwards only its owner's organisation (and the
   * readers of the collections still holding it) read it.
   * @throws OPS_ERR_STORE_NOT_FOUND when the caller sees no version of it in the collection.
   */
  async remove(viewer: UserViewer, idOrAlias: string, id: string): Promise<void> {
    const collection = await this.#find(viewer, idOrAlias);
    if (!canWrite(collection, viewer)) throw new Errors.AUTH_FORBIDDEN(`you may not remove objects from collection ${collection.id}`);
    if (collection.isDefault) throw new Errors.STORE_CONFLICT('the default collection holds every object; delete the object instead');
    const seen = await this.#store.list(viewer, { ids: [id], collectionId: collection.id, versions: ['all'], limit: 1 });
    if (seen.items.length === 0) throw new Errors.STORE_NOT_FOUND(`${id} in collection ${collection.id}`);
    await this.#db.exec('DELETE FROM collection_objects WHERE collection_id = ? AND object_id = ?', [collection.id, id]);
  }

  async #find(viewer: UserViewer, idOrAlias: string): Promise<Collection> {
    const collection = await this.repo.find(idOrAlias);
    if (!collection || !isVisible(collection, viewer)) throw new Errors.STORE_NOT_FOUND(`collection ${idOrAlias}`);
    return collection;
  }

  async #restricted(id: string, version: string): Promise<boolean> {
    const rows = await this.#db.query(
      'SELECT 1 AS x FROM objects o JOIN collection_scoped cs ON cs.seq = o.seq WHERE o.id = ? AND o.version = ?',
      [id, version],
    );
    return rows.length > 0;
  }

  async #view(collection: Collection, viewer: UserViewer): Promise<CollectionView> {
    const view: CollectionView = { ...collection, canRead: canRead(collection, viewer), canWrite: canWrite(collection, viewer) };
    if (collection.isDefault || !view.canRead) return view;
    const vis = visibilitySql(viewer, 'o');
    const [row] = await this.#db.query<{ n: number | string }>(
      `SELECT COUNT(DISTINCT o.id) AS n FROM collection_objects co JOIN objects o ON o.seq = co.seq WHERE co.collection_id = ? AND (${vis.sql})`,
      [collection.id, ...vis.params],
    );
    return { ...view, objectCount: Number(row?.n ?? 0) };
  }
}
