/**
 * The installation's job queue: pg-boss when it runs on PostgreSQL (`databaseUrl`), else the
 * in-process runner over the SQLite database. Started before it is returned.
 * @example
 * const queue = await openJobQueue(storeConfigOf(settings), db);
 */
import type { SqlDb } from '../storage/sql-db.ts';
import { LocalJobQueue, type LocalQueueOptions } from './local-queue.ts';
import type { PgBossQueueOptions } from './pg-boss-queue.ts';
import type { JobQueue } from './types.ts';

export async function openJobQueue(where: { databaseUrl?: string }, db: SqlDb, options: LocalQueueOptions & PgBossQueueOptions = {}): Promise<JobQueue> {
  let queue: JobQueue;
  if (where.databaseUrl) {
    const { PgBossQueue } = await import('./pg-boss-queue.ts');
    queue = new PgBossQueue(where.databaseUrl, options);
  } else queue = new LocalJobQueue(db, options);
  await queue.start();
  return queue;
}
