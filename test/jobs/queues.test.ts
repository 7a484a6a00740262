/**
 * The job queue (src/jobs) behind its one interface, on the queue each backend uses: pg-boss on
 * PostgreSQL, the in-process runner over the database on SQLite. A job runs once; a failing job is
 * retried with back-off, then failed; a job whose worker died is taken again after its expiry; a
 * singleton key holds one waiting job; two workers racing over many jobs never take one twice.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openOpsTrackStore } from '../../src/composition.ts';
import { openJobQueue } from '../../src/jobs/open-queue.ts';
import type { JobQueue, QueuePolicy } from '../../src/jobs/types.ts';
import type { Store } from '../../src/storage/store.ts';
import { BACKENDS, withStore, type TestStore } from '../helpers/backends.ts';
import { until as untilTrue } from '../helpers/until.ts';

const until = <T>(what: string, fn: () => Promise<T | undefined | false>, ms = 20000) => untilTrue(what, fn, ms, 50);

const FAST: Partial<QueuePolicy> = { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: true, expireInSeconds: 2 };
const fast = { pollMs: 50, pollingIntervalSeconds: 0.5, policies: { 'draft.build': FAST, 'feed.poll': FAST } };

async function withQueue<T>(store: Store, location: TestStore['location'], fn: (q: JobQueue) => Promise<T>): Promise<T> {
  const q = await openJobQueue(location, store.db, fast);
  try {
    return await fn(q);
  } finally {
    await q.stop();
  }
}

for (const backend of BACKENDS) {
  describe(`job queue (${backend}: ${backend === 'postgres' ? 'pg-boss' : 'in-process runner'})`, () => {
    test('a job runs once with its data, and ends completed', () => withStore(backend, async (store, location) => withQueue(store, location, async (q) => {
      assert.equal(q.kind, backend === 'postgres' ? 'pg-boss' : 'local');
      const seen: unknown[] = [];
      await q.work<{ n: number }>('feed.poll', async (job) => { seen.push(job.data); });
      const id = (await q.send('feed.poll', { n: 7 }))!;
      await until('completion', async () => (await q.state('feed.poll', id)) === 'completed');
      assert.deepEqual(seen, [{ n: 7 }]);
    })));

    test('a failing job is retried with back-off, then failed; outcomes are reported', () => withStore(backend, async (store, location) => withQueue(store, location, async (q) => {
      const attempts: number[] = [];
      const outcomes: string[] = [];
      q.onOutcome((o) => outcomes.push(`${o.name}:${o.outcome}`));
      await q.work('draft.build', async () => {
        attempts.push(Date.now());
        throw new Error('the origin is down');
      });
      const id = (await q.send('draft.build', { draftId: 'x' }))!;
      await until('failure', async () => (await q.state('draft.build', id)) === 'failed', 30_000);
      assert.equal(attempts.length, 3, 'the first attempt and two retries');
      const [a, b, c] = attempts as [number, number, number];
      assert.ok(b - a >= 900, `first retry after the delay (${b - a} ms)`);
      assert.ok(c - b >= 1900, `second retry after twice the delay (${c - b} ms)`);
      assert.deepEqual(outcomes, ['draft.build:failed', 'draft.build:failed', 'draft.build:failed']);
    })));

    test('a job whose worker died is taken again after its expiry', () => withStore(backend, async (store, location) => {
      // worker one takes the job and never finishes (its process died)
      const dead = await openJobQueue(location, store.db, fast);
      let taken!: () => void;
      const tookIt = new Promise<void>((r) => { taken = r; });
      await dead.work('draft.build', () => {
        taken();
        return new Promise<void>(() => {});
      });
      const id = (await dead.send('draft.build', { draftId: 'y' }))!;
      await tookIt;
      void dead.stop().catch(() => undefined);
      await withQueue(store, location, async (q) => {
        const ran: string[] = [];
        await q.work('draft.build', async (job) => { ran.push(job.id); });
        await until('the retry', async () => (await q.state('draft.build', id)) === 'completed', 30_000);
        assert.deepEqual(ran, [id]);
      });
    }));

    test('a singleton key holds one waiting job per queue', () => withStore(backend, async (store, location) => withQueue(store, location, async (q) => {
      const first = await q.send('feed.poll', { feedId: 'f' }, { singletonKey: 'f' });
      const second = await q.send('feed.poll', { feedId: 'f' }, { singletonKey: 'f' });
      const other = await q.send('feed.poll', { feedId: 'g' }, { singletonKey: 'g' });
      assert.ok(first && other);
      assert.equal(second, undefined);
      const counts = await q.counts();
      assert.equal(counts.find((c) => c.name === 'feed.poll')?.states.created, 2);
    })));

    test('two workers on one database racing over many jobs never take one twice', () => withStore(backend, async (store, location) => {
      const other = await openOpsTrackStore(location);
      const a = await openJobQueue(location, store.db, fast);
      const b = await openJobQueue(location, other.db, fast);
      try {
        const total = 300;
        const ran = new Map<string, string[]>();
        const handler = (worker: string) => async (job: { id: string }) => {
          ran.set(job.id, [...(ran.get(job.id) ?? []), worker]);
          await new Promise((r) => setTimeout(r, Math.random() * 3));
        };
        await a.work('draft.build', handler('a'), { concurrency: 3 });
        await b.work('draft.build', handler('b'), { concurrency: 3 });
        const ids = await Promise.all(Array.from({ length: total }, (_, i) => (i % 2 ? a : b).send('draft.build', { i })));
        assert.equal(new Set(ids).size, total);
        await until('every job', async () => ran.size === total, 60_000);
        await new Promise((r) => setTimeout(r, 500)); // a second taking would land now
        const twice = [...ran].filter(([, by]) => by.length > 1);
        assert.deepEqual(twice, [], 'no job processed twice');
        assert.deepEqual([...ran.keys()].sort(), (ids as string[]).sort());
        const by = [...ran.values()].flat();
        assert.ok(by.includes('a') && by.includes('b'), 'both workers took jobs');
      } finally {
        await a.stop();
        await b.stop();
        await other.close();
      }
    }));
  });
}
