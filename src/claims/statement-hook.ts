/**
 * The statement grouping as a store write hook, registered after the claim index hook
 * (src/composition.ts): every put regroups the statements of the claims among its objects, every
 * delete of a claim those of that claim, in the write's own transaction and from the claim index
 * the previous hook has just updated (statement-index.ts).
 */
import type { StixObject } from '../model/stix/core.ts';
import { CLAIM_TYPE, isClaim } from '../model/claim.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { PutWrite, StoreHook } from '../storage/store.ts';
import { updateStatements } from './statement-index.ts';

function claimIds(objects: readonly StixObject[]): string[] {
  return objects.filter((o) => o !== null && typeof o === 'object' && isClaim(o)).map((o) => o.id);
}

export const statementHook: StoreHook = Object.freeze({
  name: 'claim-statements',
  async afterPut(tx: SqlDb, { objects }: PutWrite): Promise<void> {
    const ids = claimIds(objects);
    if (ids.length > 0) await updateStatements(tx, ids);
  },
  async afterDelete(tx: SqlDb, id: string): Promise<void> {
    if (id.startsWith(`${CLAIM_TYPE}--`)) await updateStatements(tx, [id]);
  },
});
