/**
 * Records every new claim and report version in the watch outbox (watch-schema.ts), inside the
 * write's own transaction, whoever writes. The dispatcher (dispatcher.ts) reads it afterwards.
 * Per write, not per object: one probe of the stored versions' counts and one of the outbox for
 * every 500 watched ids, and multi-row inserts (an import of claims wrote three statements a claim).
 */
import type { StixObject } from '../model/stix/core.ts';
import { CLAIM_TYPE } from '../model/claim.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { PutWrite, StoreHook } from '../storage/store.ts';
import { inList } from '../storage/sql-fragment.ts';
import { timestampKey } from '../storage/versions.ts';

export const WATCHED_TYPES: ReadonlySet<string> = new Set([CLAIM_TYPE, 'report']);

/** Ids per probe, and events per INSERT (four parameters each). */
const CHUNK = 500;
const INSERT_ROWS = 250;

async function afterPut(tx: SqlDb, { objects, result }: PutWrite): Promise<void> {
  const key = (id: string, version: string) => `${id}\u0000${timestampKey(version) ?? version}`;
  const refused = new Set(result.conflicts.map((c) => key(c.id, c.version)));
  const watched = objects.filter((o: StixObject) =>
    o !== null && typeof o === 'object' && WATCHED_TYPES.has(o.type) && typeof o.modified === 'string' && !refused.has(key(o.id, o.modified as string)));
  if (watched.length === 0) return;
  const ids = [...new Set(watched.map((o) => o.id))];
  /** Stored versions of each id (this write's included): one means the version is the id's first. */
  const versions = new Map<string, number>();
  /** Events already in the outbox, as `id\0version` (the version as written). */
  const recorded = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const stored = inList('id', part);
    for (const r of await tx.query<{ id: string; n: number | string }>(`SELECT id, COUNT(*) AS n FROM objects WHERE ${stored.sql} GROUP BY id`, stored.params)) {
      versions.set(r.id, Number(r.n));
    }
    const outbox = inList('object_id', part);
    for (const r of await tx.query<{ object_id: string; version: string }>(`SELECT object_id, version FROM watch_events WHERE ${outbox.sql}`, outbox.params)) {
      recorded.add(`${r.object_id}\u0000${r.version}`);
    }
  }
  const events: unknown[][] = [];
  for (const o of watched) {
    const seen = `${o.id}\u0000${o.modified as string}`;
    if (recorded.has(seen)) continue; // the same version written again (or twice in this write)
    recorded.add(seen);
    events.push([o.id, o.modified, o.type, (versions.get(o.id) ?? 0) <= 1 ? 1 : 0]);
  }
  for (let i = 0; i < events.length; i += INSERT_ROWS) {
    const part = events.slice(i, i + INSERT_ROWS);
    await tx.exec(
      `INSERT INTO watch_events (object_id, version, object_type, first_version) VALUES ${part.map(() => '(?, ?, ?, ?)').join(', ')}`,
      part.flat(),
    );
  }
}

export const watchHook: StoreHook = Object.freeze({ name: 'watch-outbox', types: [...WATCHED_TYPES], afterPut });
