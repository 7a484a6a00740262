/**
 * The claim index as a store write hook: every `put` indexes the claims among its objects in the
 * same transaction (a bad claim fails the whole put, nothing written), and every `delete` of a
 * claim re-indexes it from the versions that remain. Registered once, at the composition root
 * (src/composition.ts), so every writer (API and CLI import, TAXII add-objects, ATT&CK/MISP import,
 * knowledge load, ClaimService, draft publish) indexes claims through this one path.
 * @example
 * const store = await openStore(config, { migrations, hooks: [claimIndexHook] });
 */
import type { StixObject } from '../model/stix/core.ts';
import { CLAIM_TYPE, isClaim, type Claim } from '../model/claim.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { PutWrite, StoreHook } from '../storage/store.ts';
import { timestampKey } from '../storage/versions.ts';
import { assertClaim } from './build-claim.ts';
import { indexClaims, markClaimIndexCurrent, unindexClaim } from './claim-index.ts';

function claimsAmong(objects: readonly StixObject[]): Claim[] {
  return objects.filter((o): o is Claim => o !== null && typeof o === 'object' && isClaim(o));
}

async function afterPut(tx: SqlDb, { objects, result }: PutWrite): Promise<void> {
  const claims = claimsAmong(objects);
  if (claims.length === 0) return;
  const key = (id: string, version: string) => `${id}\u0000${timestampKey(version) ?? version}`;
  const refused = new Set(result.conflicts.map((c) => key(c.id, c.version)));
  const indexed = claims.filter((c) => !refused.has(key(c.id, c.modified)));
  // A refused id+version may still be stored: an earlier object of this same put (with other
  // content) was. Index what the store holds for it, so index and store never disagree.
  for (const k of refused) {
    const [id, version] = k.split('\u0000') as [string, string];
    const [kept] = await tx.query<{ object_json: string }>('SELECT object_json FROM objects WHERE id = ? AND version = ?', [id, version]);
    if (kept) indexed.push(JSON.parse(kept.object_json) as Claim);
  }
  // The put's own claims passed assertClaim in beforePut; those read back are checked again.
  await indexClaims(tx, indexed, { checked: new Set<StixObject>(claims) });
  // The put holds the store's write lock, so no one else can add objects before we commit: if every
  // claim past the watermark is one of ours (now indexed), the index is current.
  const ours = new Set(indexed.map((c) => key(c.id, c.modified)));
  const pending = await tx.query<{ id: string; version: string }>(
    `SELECT id, version FROM objects WHERE type = ? AND seq > (SELECT last_seq FROM claim_index_state WHERE id = 1) LIMIT ${ours.size + 1}`,
    [CLAIM_TYPE],
  );
  if (pending.every((r) => ours.has(key(r.id, r.version)))) await markClaimIndexCurrent(tx);
}

async function afterDelete(tx: SqlDb, id: string): Promise<void> {
  if (!id.startsWith(`${CLAIM_TYPE}--`)) return;
  await unindexClaim(tx, id);
  // The latest of the versions left, if any (the store's `last`: the greatest version key).
  const [rest] = await tx.query<{ object_json: string }>('SELECT object_json FROM objects WHERE id = ? ORDER BY version DESC LIMIT 1', [id]);
  if (rest) await indexClaims(tx, [JSON.parse(rest.object_json) as StixObject]);
}

export const claimIndexHook: StoreHook = Object.freeze({
  name: 'claim-index',
  types: [CLAIM_TYPE],
  beforePut(objects: readonly StixObject[]): void {
    objects.forEach((o, i) => {
      if (o !== null && typeof o === 'object' && isClaim(o)) assertClaim(o, `objects[${i}]`);
    });
  },
  afterPut,
  afterDelete,
});
