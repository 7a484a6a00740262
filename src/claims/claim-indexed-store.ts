/**
 * A Store that keeps the claim index in step with every write: `put` stores the objects and indexes
 * the claims among them in the same transaction (a bad claim fails the whole put, nothing written),
 * `delete` re-indexes the claim from what remains. Wrap the store once at the composition root and
 * every writer (API import, CLI import, TAXII add-objects, ClaimService) indexes claims for free.
 * @example
 * const store = withClaimIndex(await openStore(config));
 */
import type { StixObject } from '../model/stix/core.ts';
import { SYSTEM } from '../model/viewer.ts';
import { CLAIM_TYPE, isClaim, type Claim } from '../model/claim.ts';
import type { PutOptions, PutResult, Store, VersionMatch } from '../storage/store.ts';
import { timestampKey } from '../storage/versions.ts';
import { assertClaim } from './build-claim.ts';
import { indexClaims, markClaimIndexCurrent, unindexClaim } from './claim-index.ts';

const wrapped = new WeakSet<object>();

async function put(inner: Store, objects: StixObject[], options?: PutOptions): Promise<PutResult> {
  if (!Array.isArray(objects)) return inner.put(objects, options);
  const claims = objects.filter((o): o is Claim => o !== null && typeof o === 'object' && isClaim(o));
  if (claims.length === 0) return inner.put(objects, options);
  objects.forEach((o, i) => {
    if (o !== null && typeof o === 'object' && isClaim(o)) assertClaim(o, `objects[${i}]`);
  });
  return inner.db.transaction(async (tx) => {
    const result = await inner.put(objects, options);
    const key = (id: string, version: string) => `${id}\u0000${timestampKey(version) ?? version}`;
    const refused = new Set(result.conflicts.map((c) => key(c.id, c.version)));
    const indexed = claims.filter((c) => !refused.has(key(c.id, c.modified)));
    await indexClaims(tx, indexed);
    // The put holds the store's write lock, so no one else can add objects before we commit: if every
    // claim past the watermark is one of ours (now indexed), the index is current.
    const ours = new Set(indexed.map((c) => key(c.id, c.modified)));
    const pending = await tx.query<{ id: string; version: string }>(
      `SELECT id, version FROM objects WHERE type = ? AND seq > (SELECT last_seq FROM claim_index_state WHERE id = 1) LIMIT ${ours.size + 1}`,
      [CLAIM_TYPE],
    );
    if (pending.every((r) => ours.has(key(r.id, r.version)))) await markClaimIndexCurrent(tx);
    return result;
  });
}

async function remove(inner: Store, id: string, match?: VersionMatch[]): Promise<number> {
  if (typeof id !== 'string' || !id.startsWith(`${CLAIM_TYPE}--`)) return inner.delete(id, match);
  return inner.db.transaction(async () => {
    const n = await inner.delete(id, match);
    await unindexClaim(inner.db, id);
    const [rest] = await inner.get(SYSTEM, id);
    if (rest) await indexClaims(inner.db, [rest.object]);
    return n;
  });
}

/**
 * The store with claim indexing on every write. A proxy, so every other Store method (including
 * ones added later) passes straight through. Wrapping twice wraps once.
 */
export function withClaimIndex(store: Store): Store {
  if (wrapped.has(store)) return store;
  const proxy = new Proxy(store, {
    get(target, prop) {
      if (prop === 'put') return (objects: StixObject[], options?: PutOptions) => put(target, objects, options);
      if (prop === 'delete') return (id: string, match?: VersionMatch[]) => remove(target, id, match);
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  wrapped.add(proxy);
  return proxy;
}
