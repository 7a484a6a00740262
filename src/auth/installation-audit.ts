/**
 * The audit of writes made on behalf of the installation (docs/security.md, Admins): who, what and
 * how many, in the auth audit log.
 *
 * - `installationAuditHook`, a store write hook (src/composition.ts): an installation admin who
 *   writes versions of ids another owner holds (the installation's knowledge, another
 *   organisation's objects: enrichment, revocation, over any path) or deletes such versions gets
 *   one entry per write, in the write's own transaction, so no such write goes unaudited.
 * - `auditCliWrite`: what `opstrack import` and `opstrack knowledge load|import` store for the
 *   installation (ATT&CK, MISP galaxies, bundles, the default knowledge), one entry per file,
 *   naming the operating-system account that ran it.
 */
import { operatorAccount } from '../config.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { DeleteWrite, PutWrite, StoreHook } from '../storage/store.ts';
import { inList } from '../storage/sql-fragment.ts';
import { AuthRepository } from './auth-repository.ts';

const LISTED_IDS = 50;

/** `installation ×2, org <id> ×1`: whose ids these are. */
async function ownersOf(tx: SqlDb, ids: readonly string[]): Promise<string> {
  const part = inList('o.id', ids.slice(0, 500));
  const rows = await tx.query<{ id: string; owner_org: string | null }>(
    `SELECT o.id, o.owner_org FROM objects o WHERE ${part.sql} AND o.seq = (SELECT MIN(f.seq) FROM objects f WHERE f.id = o.id)`,
    part.params,
  );
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = r.owner_org ? `org ${r.owner_org}` : 'installation';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([owner, n]) => `${owner} x${n}`).join(', ');
}

function listed(ids: readonly string[]): string {
  return ids.slice(0, LISTED_IDS).join(' ') + (ids.length > LISTED_IDS ? ` and ${ids.length - LISTED_IDS} more` : '');
}

async function afterPut(tx: SqlDb, { result, actor }: PutWrite): Promise<void> {
  if (actor?.kind !== 'user' || !actor.installationAdmin || !result.onBehalf?.length) return;
  const ids = result.onBehalf;
  const versions = result.onBehalfVersions ?? ids.length;
  await new AuthRepository(tx).audit({
    userId: actor.userId, orgId: actor.orgId, action: 'installation-admin write', target: `${versions} versions of ${ids.length} ids`,
    outcome: 'ok', status: null, ip: null, requestId: null,
    detail: `owners: ${await ownersOf(tx, ids)}; ids: ${listed(ids)}`,
  });
}

async function afterDelete(tx: SqlDb, id: string, write: DeleteWrite): Promise<void> {
  const { actor, owner, deleted } = write;
  if (actor?.kind !== 'user' || !actor.installationAdmin || owner === undefined || owner === actor.orgId || deleted === 0) return;
  await new AuthRepository(tx).audit({
    userId: actor.userId, orgId: actor.orgId, action: 'installation-admin delete', target: id,
    outcome: 'ok', status: null, ip: null, requestId: null,
    detail: `${deleted} versions deleted; owner: ${owner ? `org ${owner}` : 'installation'}`,
  });
}

export const installationAuditHook: StoreHook = Object.freeze({ name: 'installation-audit', afterPut, afterDelete });

/** One audit entry for a CLI write on behalf of the installation: which command, which file, what it stored. */
export async function auditCliWrite(
  db: SqlDb,
  entry: { command: string; file: string; what: string; counts: { read: number; new: number; unchanged: number; rejected?: number; conflicts?: number } },
): Promise<void> {
  const c = entry.counts;
  await new AuthRepository(db).audit({
    userId: null, orgId: null, action: `cli ${entry.command}`, target: entry.file, outcome: 'ok', status: null, ip: null, requestId: null,
    detail: `by ${operatorAccount()} (command line, for the installation): ${entry.what}; read ${c.read}, new ${c.new}, unchanged ${c.unchanged}` +
      `, rejected ${c.rejected ?? 0}, conflicts ${c.conflicts ?? 0}`,
  });
}
