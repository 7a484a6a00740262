/**
 * URL drafts are built by `draft.build` jobs (src/ingest/ingest-jobs.ts) on the queue of each
 * backend (pg-boss on PostgreSQL, the in-process runner on SQLite): a draft whose worker died is
 * built again by another worker after the job's expiry; when its retries are spent it is failed
 * as interrupted; a draft another process is still building (live job, or a lease on an in-request
 * build) is never failed by a process starting up.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DraftService, INTERRUPTED } from '../../src/ingest/drafts/draft-service.ts';
import { runIngestJobs } from '../../src/ingest/ingest-jobs.ts';
import { openJobQueue } from '../../src/jobs/open-queue.ts';
import type { QueuePolicy } from '../../src/jobs/types.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { until as untilTrue } from '../helpers/until.ts';

const until = <T>(what: string, fn: () => Promise<T | undefined | false>, ms = 30000) => untilTrue(what, fn, ms, 100);

const editor: UserViewer = { kind: 'user', userId: 'u-a', orgId: 'org-a', role: 'editor' };
const page = `<html><head><title>Sandworm report</title></head><body><article><p>${'Officials in Kyiv said Sandworm attacked energy companies in Ukraine. '.repeat(5)}</p></article></body></html>`;

function queueOptions(policy: Partial<QueuePolicy>) {
  return { pollMs: 50, pollingIntervalSeconds: 0.5, policies: { 'draft.build': policy } };
}

async function origin(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/story-${randomUUID()}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

for (const backend of BACKENDS) {
  describe(`draft jobs (${backend})`, () => {
    test('a URL draft whose worker died is built by another worker after the job expires', async () => {
      const site = await origin();
      try {
        await withStore(backend, async (store, location) => {
          const options = queueOptions({ retryLimit: 2, retryDelaySeconds: 1, expireInSeconds: 2 });
          // a worker that takes the job and dies with it
          const dead = await openJobQueue(location, store.db, options);
          let taken!: () => void;
          const tookIt = new Promise<void>((r) => { taken = r; });
          await dead.work('draft.build', () => {
            taken();
            return new Promise<void>(() => {});
          });
          const jobs = await openJobQueue(location, store.db, options);
          const drafts = new DraftService(store, store.db, { allowPrivateFetch: true, jobs });
          const created = await drafts.create(editor, { kind: 'url', url: site.url });
          assert.equal(created.status, 'processing');
          await tookIt;
          void dead.stop().catch(() => undefined);
          const work = await runIngestJobs({ store, db: store.db, jobs, ingest: { allowPrivateFetch: true } });
          try {
            const d = await until('the draft', async () => {
              const got = await drafts.get(editor, created.id);
              return got.status !== 'processing' && got;
            });
            assert.equal(d.status, 'ready', d.error);
            assert.equal(d.title, 'Sandworm report');
          } finally {
            await work.stop();
            await drafts.close();
          }
        });
      } finally {
        await site.close();
      }
    });

    test('when its retries are spent the draft is failed as interrupted; a live job or lease keeps a draft processing', async () => {
      const site = await origin();
      try {
        await withStore(backend, async (store, location) => {
          const options = queueOptions({ retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 1 });
          const jobs = await openJobQueue(location, store.db, options);
          const drafts = new DraftService(store, store.db, { allowPrivateFetch: true, jobs });
          try {
            const lapse = (id: string) => store.db.exec(`UPDATE drafts SET lease_until = '2000-01-01T00:00:00.000Z' WHERE id = ?`, [id]);
            // queued, no worker yet, lease over: its job is live, so a process starting up keeps it
            const queued = await drafts.create(editor, { kind: 'url', url: site.url });
            await lapse(queued.id);
            assert.equal(await drafts.failInterrupted(), 0);
            assert.equal((await drafts.get(editor, queued.id)).status, 'processing');
            // built inside another process's request: its lease holds
            const inRequest = `draft--${randomUUID()}`;
            await drafts.repo.insert({ id: inRequest, org_id: editor.orgId, created_by: editor.userId, status: 'processing', stage: 'reading', tlp: 'green',
              source_url: null, canonical_url: null, filename: null, lease_until: new Date(Date.now() + 60_000).toISOString() });
            assert.equal(await drafts.failInterrupted(), 0);

            // a worker takes the queued draft's job and dies; with no retry left, the job fails at its expiry
            const dead = await openJobQueue(location, store.db, options);
            let taken!: () => void;
            const tookIt = new Promise<void>((r) => { taken = r; });
            await dead.work('draft.build', () => {
              taken();
              return new Promise<void>(() => {});
            });
            await tookIt;
            void dead.stop().catch(() => undefined);
            // the next worker's sweep fails the draft
            await lapse(queued.id);
            const work = await runIngestJobs({ store, db: store.db, jobs, ingest: { allowPrivateFetch: true }, tickMs: 200 });
            try {
              const d = await until('the sweep', async () => {
                const got = await drafts.get(editor, queued.id);
                return got.status !== 'processing' && got;
              });
              assert.equal(d.status, 'failed');
              assert.equal(d.error, INTERRUPTED);
              assert.equal((await drafts.repo.get(inRequest))!.row.status, 'processing', 'the leased draft is kept');
            } finally {
              await work.stop();
            }
          } finally {
            await jobs.stop();
            await drafts.close();
          }
        });
      } finally {
        await site.close();
      }
    });
  });
}
