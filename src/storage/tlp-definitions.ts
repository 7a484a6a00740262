/**
 * The TLP 2.0 marking definitions every installation serves (issue 12, finding 9): the objects
 * its markings refer to, exactly as OASIS publishes them (src/model/tlp.ts), stored for the
 * installation (no owner, no marking: every user reads them through TAXII and /api/objects, and no
 * organisation may write versions of them). Installed by the server's composition root (src/app.ts)
 * each time it starts: a fresh database gets all five, an upgraded one the ones it lacks. A copy
 * an earlier release stored under the same id and version is kept as it is (export serves the
 * OASIS text for it).
 */
import type { StixObject } from '../model/stix/core.ts';
import { tlpMarkingDefinitions } from '../model/tlp.ts';
import type { Store } from './store.ts';
import { inList } from './sql-fragment.ts';
import { versionKeyOf } from './versions.ts';

/** Stores the definitions not yet stored; returns how many it added. Idempotent. */
export async function installTlpDefinitions(store: Pick<Store, 'db' | 'put'>): Promise<number> {
  return installDefinitions(store, tlpMarkingDefinitions());
}

/**
 * Stores, for the installation (no owner, no marking: visible to every user), those of `definitions`
 * whose version is not stored yet (a definition OpsTrack revises gains its new version; a copy
 * stored under the same id and version is kept); returns how many it added. Idempotent. Used for the TLP definitions
 * above and for OpsTrack's own extension definitions and publisher identity (src/app.ts).
 */
export async function installDefinitions(store: Pick<Store, 'db' | 'put'>, definitions: StixObject[]): Promise<number> {
  const ids = inList('id', definitions.map((d) => d.id));
  const present = new Set((await store.db.query<{ id: string; version: string }>(`SELECT id, version FROM objects WHERE ${ids.sql}`, ids.params))
    .map((r) => `${r.id} ${r.version}`));
  const missing = definitions.filter((d) => !present.has(`${d.id} ${versionKeyOf(d, d.id)}`));
  if (missing.length === 0) return 0;
  return (await store.put(missing)).new;
}
