/**
 * The alias resolver extraction links names with, built from the STORED knowledge as one viewer
 * sees it: the built-in multilingual knowledge as the base, plus the names and aliases of the
 * intrusion sets, threat actors, locations and knowledge identities the viewer may read. So groups
 * imported from ATT&CK or a MISP galaxy are found in the articles an installation's users ingest,
 * and a name that only another organisation's marked (AMBER, AMBER+STRICT, RED, not shared) object
 * carries never reaches a proposal: the names are read through `store.list(viewer, ...)`, where the
 * store applies TLP visibility.
 *
 * Resolvers are cached per visibility scope (the system, or one user: RED is per recipient). A
 * cheap check on each use (any version of those types added since the last look, any process)
 * rebuilds them after an import; grants and deletions, which add no version, are picked up when a
 * resolver is older than `maxAgeMs`. When the store adds no name to the built-in knowledge (only the
 * default knowledge is stored, or nothing), the built-in resolver itself is used, so extraction is
 * exactly what it is without a store.
 *
 * @example
 * const knowledge = storedKnowledge(store);
 * const x = extract(text, { resolver: await knowledge.resolverFor(viewer) });
 */
import { AliasResolver, defaultResolver, loadDefaultKnowledge } from '../knowledge/index.ts';
import { stixToEntity } from '../knowledge/to-stix.ts';
import type { KnownAlias, KnownEntity } from '../knowledge/types.ts';
import type { StixObject } from '../model/stix/core.ts';
import { SYSTEM, type UserViewer, type Viewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';

/** Types whose names extraction links (software stays built-in: ATT&CK tool names include common words). */
export const RESOLVED_TYPES = ['intrusion-set', 'threat-actor', 'location', 'identity'] as const;

/**
 * A viewer that belongs to no organisation and receives nothing: it sees what every user sees
 * (unmarked, CLEAR and GREEN). `opstrack extract` without `--user` reads the store as this viewer.
 */
export const PUBLIC_VIEWER: UserViewer = Object.freeze({ kind: 'user', userId: '', orgId: '', role: 'reader' });

const PAGE = 1000;
const MAX_SCOPES = 32;
const DEFAULT_MAX_AGE_MS = 60_000;

interface Entry {
  /** The stored objects the viewer may read, of RESOLVED_TYPES. */
  objects: Promise<StixObject[]>;
  /** Built from `objects` on first use (a worker thread builds its own from `sourceFor`). */
  resolver?: Promise<AliasResolver>;
  generation: number;
  builtAt: number;
}

/**
 * What a resolver is built from, for a worker thread to build its own (mergeKnowledge over the
 * built-in knowledge, as `resolverFor` does): `key` names this scope at this generation, so a
 * worker may keep the resolver it built for the same key.
 */
export interface KnowledgeSource {
  key: string;
  objects: StixObject[];
}

export interface StoredKnowledgeOptions {
  /** Rebuild a scope's resolver at least this often (grants and deletions add no version). */
  maxAgeMs?: number;
}

/** Resolvers over one store's knowledge, per visibility scope. */
export class StoredKnowledge {
  readonly #store: Store;
  readonly #maxAgeMs: number;
  readonly #scopes = new Map<string, Entry>();
  /** Newest date_added seen among versions of RESOLVED_TYPES; bumps `#generation` when it moves. */
  #seen: string | undefined;
  #generation = 0;
  #checking: Promise<void> | undefined;

  constructor(store: Store, options: StoredKnowledgeOptions = {}) {
    this.#store = store;
    this.#maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  }

  /** The resolver for what `viewer` may read, rebuilt when knowledge was written since. */
  async resolverFor(viewer: Viewer): Promise<AliasResolver> {
    const entry = await this.#entry(viewer);
    entry.resolver ??= entry.objects.then(resolverFromObjects);
    return entry.resolver;
  }

  /** The stored objects a resolver for `viewer` is built from, with a key naming them (for worker threads). */
  async sourceFor(viewer: Viewer): Promise<KnowledgeSource> {
    const entry = await this.#entry(viewer);
    return { key: `${scopeKey(viewer)}\u0000${entry.generation}\u0000${entry.builtAt}`, objects: await entry.objects };
  }

  async #entry(viewer: Viewer): Promise<Entry> {
    await this.#check();
    const key = scopeKey(viewer);
    const now = Date.now();
    const hit = this.#scopes.get(key);
    if (hit && hit.generation === this.#generation && now - hit.builtAt < this.#maxAgeMs) {
      // Most recently used last: the first key is the one to evict.
      this.#scopes.delete(key);
      this.#scopes.set(key, hit);
      return hit;
    }
    const entry: Entry = { objects: objectsFromStore(this.#store, viewer), generation: this.#generation, builtAt: now };
    this.#scopes.delete(key);
    this.#scopes.set(key, entry);
    entry.objects.catch(() => this.#scopes.get(key) === entry && this.#scopes.delete(key));
    while (this.#scopes.size > MAX_SCOPES) this.#scopes.delete(this.#scopes.keys().next().value!);
    return entry;
  }

  /** Forget every cached resolver (after a change the version check cannot see). */
  invalidate(): void {
    this.#generation++;
  }

  /** One query, usually empty: versions of the resolved types added since the last look. */
  #check(): Promise<void> {
    return (this.#checking ??= (async () => {
      try {
        let cursor: string | undefined;
        let newest = this.#seen;
        do {
          const page = await this.#store.list(SYSTEM, {
            types: [...RESOLVED_TYPES], versions: ['all'], limit: PAGE, cursor, ...(this.#seen ? { addedAfter: this.#seen } : {}),
          });
          for (const s of page.items) if (!newest || s.dateAdded > newest) newest = s.dateAdded;
          cursor = page.next;
        } while (cursor);
        if (newest !== this.#seen) {
          this.#seen = newest;
          this.#generation++;
        }
      } finally {
        this.#checking = undefined;
      }
    })());
  }
}

const perStore = new WeakMap<Store, StoredKnowledge>();

/** The StoredKnowledge of a store, shared by everything that extracts from it in this process. */
export function storedKnowledge(store: Store): StoredKnowledge {
  let k = perStore.get(store);
  if (!k) perStore.set(store, (k = new StoredKnowledge(store)));
  return k;
}

function scopeKey(viewer: Viewer): string {
  return viewer.kind === 'system' ? 'system' : `user\u0000${viewer.orgId}\u0000${viewer.userId}`;
}

/** The stored objects of RESOLVED_TYPES one viewer may read (not revoked). */
export async function objectsFromStore(store: Store, viewer: Viewer): Promise<StixObject[]> {
  const objects: StixObject[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(viewer, { types: [...RESOLVED_TYPES], limit: PAGE, cursor, excludeRevoked: true });
    for (const s of page.items) objects.push(s.object);
    cursor = page.next;
  } while (cursor);
  return objects;
}

/** The resolver over the built-in knowledge and these stored objects (the built-in one when they add no name). */
export function resolverFromObjects(objects: readonly StixObject[]): AliasResolver {
  return mergeKnowledge(loadDefaultKnowledge(), objects) ?? defaultResolver();
}

/** Builds the resolver for one viewer from the store (no caching). */
export async function resolverFromStore(store: Store, viewer: Viewer): Promise<AliasResolver> {
  return resolverFromObjects(await objectsFromStore(store, viewer));
}

/**
 * The built-in entities with the names stored objects add, then the stored entities the built-in
 * knowledge lacks; undefined when the stored objects add no name (use the built-in resolver).
 *
 * A stored object is a built-in entity when it has its id, or (for groups) its ATT&CK id, or (for
 * countries) its ISO code: its extra names join that entity, which keeps its id and its data
 * (attributions, languages of names). Identities count only as knowledge (organisations and sectors
 * carrying `x_opstrack_aliases`): claimants, publishing organisations and people are not names to
 * look for in articles.
 */
export function mergeKnowledge(defaults: readonly KnownEntity[], stored: readonly StixObject[]): AliasResolver | undefined {
  const byId = new Map(defaults.map((e) => [e.id, e]));
  const byAttackId = new Map<string, KnownEntity>();
  const byCode = new Map<string, KnownEntity>();
  for (const e of defaults) {
    if (e.kind === 'group' && e.attackId) byAttackId.set(e.attackId, e);
    if (e.kind === 'country' && e.code) byCode.set(e.code, e);
  }
  const extra = new Map<string, { known: Set<string>; aliases: KnownAlias[] }>();
  const fresh: KnownEntity[] = [];
  for (const o of [...stored].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (o.type === 'identity' && !byId.has(o.id) && !isKnowledgeIdentity(o)) continue;
    const e = stixToEntity(o);
    if (!e) continue;
    const base = byId.get(o.id) ?? (e.kind === 'group' && e.attackId ? byAttackId.get(e.attackId) : undefined) ?? (e.kind === 'country' && e.code ? byCode.get(e.code) : undefined);
    if (!base || base.kind !== e.kind) {
      fresh.push(e);
      continue;
    }
    let add = extra.get(base.id);
    if (!add) extra.set(base.id, (add = { known: new Set([base.name, ...base.aliases.map((a) => a.name)]), aliases: [] }));
    for (const a of [{ name: e.name } as KnownAlias, ...e.aliases]) {
      if (add.known.has(a.name)) continue;
      add.known.add(a.name);
      add.aliases.push(a);
    }
  }
  const grown = [...extra].filter(([, v]) => v.aliases.length);
  if (!grown.length && !fresh.length) return undefined;
  const more = new Map(grown.map(([id, v]) => [id, v.aliases]));
  const entities = defaults.map((e) => (more.has(e.id) ? { ...e, aliases: [...e.aliases, ...more.get(e.id)!] } : e));
  return new AliasResolver([...entities, ...fresh]);
}

/** An identity OpsTrack's knowledge format describes: named in several forms, a sector with its slug or an organisation. */
function isKnowledgeIdentity(o: StixObject): boolean {
  if (!Array.isArray(o.x_opstrack_aliases) || !o.x_opstrack_aliases.length) return false;
  return o.identity_class === 'organization' || (o.identity_class === 'class' && typeof o.x_opstrack_sector === 'string');
}
