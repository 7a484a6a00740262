/**
 * Status resources of TAXII POSTs (spec section 4.3.1), kept so a client can poll them. OpsTrack
 * stores an envelope before answering, so a status is `complete` when first returned; the table
 * still holds every count the specification names, and the per-object details.
 */
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../model/viewer.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { StatusDetails, StatusResource } from './types.ts';

interface StatusRow {
  id: string;
  collection_id: string;
  user_id: string | null;
  org_id: string | null;
  request_timestamp: string;
  status: 'complete' | 'pending';
  total_count: number | string;
  success_count: number | string;
  failure_count: number | string;
  pending_count: number | string;
  details: string;
}

interface StoredDetails {
  successes: StatusDetails[];
  failures: StatusDetails[];
  pendings: StatusDetails[];
}

export interface NewStatus {
  collectionId: string;
  viewer: Viewer;
  requestTimestamp: string;
  successes: StatusDetails[];
  failures: StatusDetails[];
}

function toResource(row: StatusRow, d: StoredDetails = JSON.parse(row.details) as StoredDetails): StatusResource {
  const status: StatusResource = {
    id: row.id,
    status: row.status,
    request_timestamp: row.request_timestamp,
    total_count: Number(row.total_count),
    success_count: Number(row.success_count),
    failure_count: Number(row.failure_count),
    pending_count: Number(row.pending_count),
  };
  // TAXII lists are omitted rather than sent empty.
  if (d.successes.length) status.successes = d.successes;
  if (d.failures.length) status.failures = d.failures;
  if (d.pendings.length) status.pendings = d.pendings;
  return status;
}

export class StatusRepository {
  readonly #db: SqlDb;

  constructor(db: SqlDb) {
    this.#db = db;
  }

  async record(input: NewStatus): Promise<StatusResource> {
    const id = randomUUID();
    const details: StoredDetails = { successes: input.successes, failures: input.failures, pendings: [] };
    const total = input.successes.length + input.failures.length;
    const row: StatusRow = {
      id,
      collection_id: input.collectionId,
      user_id: input.viewer.kind === 'user' ? input.viewer.userId : null,
      org_id: input.viewer.kind === 'user' ? input.viewer.orgId : null,
      request_timestamp: input.requestTimestamp,
      status: 'complete',
      total_count: total,
      success_count: input.successes.length,
      failure_count: input.failures.length,
      pending_count: 0,
      details: JSON.stringify(details),
    };
    await this.#db.exec(
      `INSERT INTO taxii_status (id, collection_id, user_id, org_id, request_timestamp, status, total_count,
        success_count, failure_count, pending_count, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [row.id, row.collection_id, row.user_id, row.org_id, row.request_timestamp, row.status, row.total_count,
        row.success_count, row.failure_count, row.pending_count, row.details],
    );
    // The details as recorded, not parsed back from the text just written.
    return toResource(row, details);
  }

  /**
   * A status as its requester's organisation sees it; undefined for anyone else, so status ids
   * (which list object ids) do not leak across organisations.
   */
  async find(viewer: Viewer, id: string): Promise<StatusResource | undefined> {
    const rows = await this.#db.query<StatusRow>('SELECT * FROM taxii_status WHERE id = ?', [id]);
    const row = rows[0];
    if (!row) return undefined;
    if (viewer.kind === 'user' && row.org_id !== viewer.orgId) return undefined;
    return toResource(row);
  }
}
