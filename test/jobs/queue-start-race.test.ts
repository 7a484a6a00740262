/**
 * Several processes starting at once on one fresh PostgreSQL database (the README's three-process
 * setup) each start the job queue: pg-boss creates its schema and each queue's partition, and
 * concurrent starts deadlocked (40P01), so a server of the three did not come up. Every start must
 * succeed and leave each queue once. PostgreSQL only (SQLite's runner creates nothing).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PgBossQueue } from '../../src/jobs/pg-boss-queue.ts';
import { JOB_NAMES } from '../../src/jobs/policies.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';

if (BACKENDS.includes('postgres')) {
  test('four job queues started at once on a fresh database all start (pg-boss)', async () => {
    for (let round = 0; round < 3; round++) {
      await withStore('postgres', async (store, location) => {
        const queues = [1, 2, 3, 4].map(() => new PgBossQueue(location.databaseUrl!, { maxConnections: 2 }));
        try {
          const started = await Promise.allSettled(queues.map((q) => q.start()));
          const failed = started.flatMap((s) => (s.status === 'rejected' ? [String((s.reason as Error).message)] : []));
          assert.deepEqual(failed, [], `round ${round}: every start succeeds`);
          const names = await store.db.query<{ name: string }>('SELECT name FROM pgboss.queue ORDER BY name');
          assert.deepEqual(names.map((r) => r.name), [...JOB_NAMES].sort());
        } finally {
          await Promise.allSettled(queues.map((q) => q.stop()));
        }
      });
    }
  });
}
