/**
 * The storage contract. Two backends implement it with one behaviour: SQLite (embedded default)
 * and PostgreSQL. Every read takes a Viewer first so access control is applied inside the query.
 * Methods mirror what TAXII needs (versions, date_added, match[*]), as medallion's backend does.
 */
import type { StixObject } from '../model/stix/core.ts';
import type { Viewer } from '../model/viewer.ts';
import type { TlpLevel } from '../model/tlp.ts';
import type { SqlDb } from './sql-db.ts';
import type { Migration } from './migrations.ts';
import type { ObjectRow } from './object-row-shape.ts';
import type { SearchTerm } from './search-sql.ts';

/** TAXII match[version]: the latest, the earliest, every version, or the version whose version equals a timestamp. */
export type VersionMatch = 'last' | 'first' | 'all' | string;

export interface StoredObject {
  object: StixObject;
  id: string;
  type: string;
  /** `modified`, else `created`, else the date it was added (SCOs have neither). */
  version: string;
  /** When this version was first stored, ISO 8601 UTC with milliseconds. */
  dateAdded: string;
  specVersion: string;
  /** The version says `revoked: true` (always set by the built-in backends). */
  revoked?: boolean;
  /** The TLP level governing who sees this version (undefined: unmarked). */
  tlp?: TlpLevel;
  /** The organisation that owns this version (undefined: the installation). See docs/security.md. */
  ownerOrgId?: string;
}

/**
 * A stored version as its JSON text, exactly as stored, for answers that embed it without parsing
 * and re-serialising it (TAXII envelopes, API pages).
 */
export interface StoredText {
  /** When this version was first stored (as StoredObject.dateAdded). */
  dateAdded: string;
  /** The version's JSON text as stored. */
  json: string;
}

export interface VersionInfo {
  id: string;
  version: string;
  dateAdded: string;
  specVersion: string;
  mediaType: string;
}

export interface PutOptions {
  /** Collection the versions are added to (TAXII POST); the default collection holds everything. */
  collectionId?: string;
  /**
   * Who writes, checked against each id's owner (docs/security.md): a user writes versions only of
   * new ids (which their organisation then owns) and of ids their organisation owns, unless they
   * are an installation admin; a RED version they write names them a recipient. Every request path
   * (API, TAXII, claims, draft publish) passes it. Absent or the system: a trusted caller (CLI
   * import, seeding) writing new ids as `ownerOrgId` (undefined: the installation).
   */
  actor?: Viewer;
  /** Owner of the new ids of a trusted (actor-less or system) write; ignored for a user actor. */
  ownerOrgId?: string;
}

export interface PutConflict {
  id: string;
  version: string;
  reason: string;
  /** 'content': that version is stored with other content; 'owner': the id is not the writer's to write. */
  kind?: 'content' | 'owner';
}

/** The one answer to a write of an id the writer may not write, whether they can see it or not. */
export const NOT_OWNER_REASON = 'not written: this id is not one your organisation may write (record a claim or an opinion instead)';

export interface PutResult {
  new: number;
  unchanged: number;
  conflicts: PutConflict[];
  /** Ids an installation admin wrote versions of on another owner's behalf (audited by a write hook). */
  onBehalf?: string[];
  /** How many new versions those are. */
  onBehalfVersions?: number;
}

/** Who asks for a delete or a grant: a user is checked against the id's owner; absent is trusted. */
export interface WriteOptions {
  actor?: Viewer;
}

export interface ListQuery {
  types?: string[];
  ids?: string[];
  /** Default ['last']. */
  versions?: VersionMatch[];
  specVersions?: string[];
  /** Only versions added strictly after this timestamp. */
  addedAfter?: string;
  /** Only versions whose `modified`/`created` is at or after this timestamp (export --since). */
  since?: string;
  collectionId?: string;
  /** Page size; backends cap it. */
  limit?: number;
  /**
   * Byte budget of the page: the objects' JSON texts (one separator byte each) add up to at most
   * this, except that a page always holds one whole object, however large; `next` carries the rest.
   * Default: bounded by `limit` only.
   */
  maxBytes?: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string;
  /** Leave out objects whose selected version is revoked (default false: they come flagged). */
  excludeRevoked?: boolean;
}

export interface Page<T> {
  items: T[];
  /** Cursor for the following page, absent on the last page. */
  next?: string;
}

export interface RelationshipQuery {
  direction?: 'source' | 'target' | 'both';
  relationshipTypes?: string[];
  /** Include revoked relationships (default false). */
  includeRevoked?: boolean;
}

export interface SearchQuery {
  text: string;
  /** The query's terms with their alternatives (spelling corrections); default: the words of `text`. */
  terms?: SearchTerm[];
  /** Normalised words that must stand together, whole (an indicator's value). */
  phrase?: string;
  types?: string[];
  /** Only versions at these TLP levels ('clear' includes unmarked ones). */
  tlp?: TlpLevel[];
  /**
   * Only versions dated on or after / before or on this day (YYYY-MM-DD or a timestamp): a report's
   * publication (when known), a claim's statement date (`made_on`), else `modified` (or `created`).
   */
  since?: string;
  until?: string;
  /**
   * Only versions with a text or name in this BCP 47 language (prefix: `vi` takes `vi-VN`): the
   * object's `lang`, its evidence's, or one of its per-language names.
   */
  lang?: string;
  limit?: number;
}

export interface StoreCapabilities {
  readonly backend: 'sqlite' | 'postgres';
  readonly fullTextSearch: boolean;
}

/**
 * What a write hook is told after a put: the batch as given (by `putRows`, the parsed objects of
 * the hook's declared `types` only), and what the store made of it.
 */
export interface PutWrite {
  objects: readonly StixObject[];
  /** The rows of the write, as given (derived by toObjectRow): every type, parsed or not. */
  rows: readonly ObjectRow[];
  result: PutResult;
  /** Who wrote (PutOptions.actor); absent for a trusted write. */
  actor?: Viewer;
}

/** What a delete hook is told besides the id: who deleted, how many versions went, whose id it is. */
export interface DeleteWrite {
  /** Who deleted (WriteOptions.actor); absent for a trusted delete. */
  actor?: Viewer;
  deleted: number;
  /** The id's owner organisation ('' the installation), known when a user actor deleted. */
  owner?: string;
}

/**
 * A feature's part in every write (the claim index is one), registered once when the store is
 * opened. Hooks run in the order given; `afterPut`/`afterDelete` run inside the write's own
 * transaction, so a hook that throws rolls the whole write back.
 */
export interface StoreHook {
  /** Names the hook in errors and logs. */
  readonly name: string;
  /**
   * The object types the hook looks at. A bulk write (`putRows`, whose rows carry JSON text)
   * parses and hands over only objects of these types; absent: every object is parsed for it.
   */
  readonly types?: readonly string[];
  /** Checks a batch before anything is written; throw to refuse it. */
  beforePut?(objects: readonly StixObject[]): void;
  /** After the batch's rows are written, in the same transaction (`tx`). */
  afterPut?(tx: SqlDb, write: PutWrite): Promise<void>;
  /** After versions of `id` are deleted, in the same transaction (`tx`). */
  afterDelete?(tx: SqlDb, id: string, write: DeleteWrite): Promise<void>;
}

/** What the composition root adds to a store: the features' migrations in order, and their write hooks. */
export interface StoreFeatures {
  /** Run after the store's own (001-objects), in this order. */
  migrations?: readonly Migration[];
  hooks?: readonly StoreHook[];
  /**
   * Data steps run after the migrations each time the store is opened, in order (a migration is
   * SQL only): an upgrade that must compute rows (statements from stored claims) does it here,
   * once, guarded by a state row its migration wrote.
   */
  afterMigrate?: ReadonlyArray<(db: SqlDb) => Promise<unknown>>;
}

export interface Store {
  readonly capabilities: StoreCapabilities;
  /**
   * Low-level SQL access: the composition roots (app.ts, CLI commands, demo seeding) hand it to
   * the feature repositories (auth, claims, drafts, feeds, TAXII) at construction; routes and
   * services never reach for it themselves.
   */
  readonly db: SqlDb;
  /** Apply pending schema migrations. Idempotent. */
  migrate(): Promise<void>;
  /**
   * Store object versions in one transaction. Same id+version with identical content is a no-op
   * (`unchanged`); same id+version with different content is a conflict, reported and not written.
   */
  put(objects: StixObject[], options?: PutOptions): Promise<PutResult>;
  /**
   * `put` for rows derived beforehand (toObjectRow, in worker threads for bulk imports): the same
   * checks (ownership, conflicts), hooks and result as putting the objects they came from.
   */
  putRows(rows: ObjectRow[], options?: PutOptions): Promise<PutResult>;
  /**
   * Runs `fn` in one transaction that every write made inside it joins: all of it is stored, or
   * (when fn throws) none of it. Writes of other callers wait until it ends.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Versions of one object selected by `match` (default 'last'); [] when absent or hidden. */
  get(viewer: Viewer, id: string, match?: VersionMatch[]): Promise<StoredObject[]>;
  versions(viewer: Viewer, id: string, collectionId?: string): Promise<VersionInfo[]>;
  list(viewer: Viewer, query: ListQuery): Promise<Page<StoredObject>>;
  /** The same page as `list`, each version as its stored JSON text (nothing parsed). */
  listText(viewer: Viewer, query: ListQuery): Promise<Page<StoredText>>;
  /** Latest versions of the relationships (and sightings) touching an object, visible to the viewer. */
  relationships(viewer: Viewer, id: string, query?: RelationshipQuery): Promise<StoredObject[]>;
  /** Full-text search over names, descriptions and aliases (latest versions), best first. */
  search(viewer: Viewer, query: SearchQuery): Promise<StoredObject[]>;
  /**
   * Delete all versions of an object (or those matched); returns how many versions went. A user
   * actor must belong to the id's owner (or be an installation admin): OPS_ERR_STORE_NOT_FOUND when
   * they see no version of it, OPS_ERR_AUTH_FORBIDDEN when they see it but do not own it.
   */
  delete(id: string, match?: VersionMatch[], options?: WriteOptions): Promise<number>;
  /**
   * Lets an organisation see the AMBER versions the id's owner wrote (idempotent). A user actor must
   * belong to the owner (or be an installation admin); otherwise OPS_ERR_STORE_NOT_FOUND, as for an
   * unknown id.
   */
  shareWith(id: string, orgId: string, options?: WriteOptions): Promise<void>;
  /**
   * Lets a user see the RED versions the id's owner wrote (idempotent). A user actor must belong to
   * the owner, be an installation admin or already receive them; otherwise OPS_ERR_STORE_NOT_FOUND.
   */
  addRecipient(id: string, userId: string, options?: WriteOptions): Promise<void>;
  close(): Promise<void>;
}
