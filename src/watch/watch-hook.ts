/**
 * Records every new claim and report version in the watch outbox (watch-schema.ts), inside the
 * write's own transaction, whoever writes. The dispatcher (dispatcher.ts) reads it afterwards.
 */
import type { StixObject } from '../model/stix/core.ts';
import { CLAIM_TYPE } from '../model/claim.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { PutWrite, StoreHook } from '../storage/store.ts';
import { timestampKey } from '../storage/versions.ts';

export const WATCHED_TYPES: ReadonlySet<string> = new Set([CLAIM_TYPE, 'report']);

async function afterPut(tx: SqlDb, { objects, result }: PutWrite): Promise<void> {
  const key = (id: string, version: string) => `${id}\u0000${timestampKey(version) ?? version}`;
  const refused = new Set(result.conflicts.map((c) => key(c.id, c.version)));
  const watched = objects.filter((o: StixObject) =>
    o !== null && typeof o === 'object' && WATCHED_TYPES.has(o.type) && typeof o.modified === 'string' && !refused.has(key(o.id, o.modified as string)));
  for (const o of watched) {
    const [first] = await tx.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM objects WHERE id = ?', [o.id]);
    const [seen] = await tx.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM watch_events WHERE object_id = ? AND version = ?', [o.id, o.modified]);
    if (Number(seen?.n ?? 0) > 0) continue; // the same version written again
    await tx.exec('INSERT INTO watch_events (object_id, version, object_type, first_version) VALUES (?, ?, ?, ?)', [
      o.id, o.modified, o.type, Number(first?.n ?? 0) <= 1 ? 1 : 0,
    ]);
  }
}

export const watchHook: StoreHook = Object.freeze({ name: 'watch-outbox', afterPut });
