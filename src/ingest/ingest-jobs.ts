/**
 * The ingestion work a job worker does: building URL drafts (`draft.build`) and polling feeds
 * (`feed.poll`). The worker also schedules feed polls: each tick it sends one job per due feed, under
 * the feed's id as singleton key, so several workers schedule each poll once; the schedule itself
 * (interval, last run) is the feeds table's. And it sweeps: drafts whose builder died (no live job,
 * lease over) are failed, so they no longer block their URL.
 * @example
 * const work = await runIngestJobs({ store, db, jobs, ingest: { allowPrivateFetch: false } });
 * await work.stop();
 */
import type { JobQueue } from '../jobs/types.ts';
import type { TlpLevel } from '../model/tlp.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { Store } from '../storage/store.ts';
import { DraftService, type DraftJob, type DraftServiceOptions } from './drafts/draft-service.ts';
import { FeedPoller } from './feeds/feed-poller.ts';
import { dueAt, FeedRepository } from './feeds/feed-repository.ts';

export interface IngestJobsOptions {
  store: Store;
  /** The handle on the drafts and feeds tables (the store's database). */
  db: SqlDb;
  jobs: JobQueue;
  /** The operator's ingestion settings (private fetch, time limit, worker threads). */
  ingest?: Omit<DraftServiceOptions, 'jobs'>;
  /** TLP of drafts made from feeds. Default green. */
  feedTlp?: TlpLevel;
  /** How often feeds are checked for being due and stuck drafts swept, in ms. Default 30 s. */
  tickMs?: number;
  /** Drafts built at once by this worker. Default 2. */
  concurrency?: number;
  /** Told of a tick that failed (the database was unreachable); the worker carries on. */
  onError?: (err: Error) => void;
}

/** What a `feed.poll` job carries: the feed, and its last run when the poll was scheduled. */
export interface FeedJob {
  feedId: string;
  lastRun: string | null;
}

export interface IngestWork {
  /** One scheduling and sweeping round (the worker runs one per tick). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export async function runIngestJobs(options: IngestJobsOptions): Promise<IngestWork> {
  const { store, db, jobs } = options;
  const drafts = new DraftService(store, db, { ...options.ingest, jobs });
  const feeds = new FeedRepository(db);
  const allowPrivate = options.ingest?.allowPrivateFetch ?? false;

  await jobs.work<DraftJob>('draft.build', (job) => drafts.build(job.data), { concurrency: options.concurrency ?? 2 });
  await jobs.work<FeedJob>('feed.poll', async (job) => {
    const feed = await feeds.find(job.data.feedId);
    // removed meanwhile, or polled since (by `feeds run`) without error: nothing to do
    if (!feed || (feed.lastRun !== job.data.lastRun && !feed.lastStatus?.startsWith('error'))) return;
    const run = await new FeedPoller(store, db, { tlp: options.feedTlp ?? 'green', allowPrivate }).poll(feed);
    // a feed that could not be fetched or read is retried with back-off (the queue's policy)
    if (!run.ok) throw new Error(run.status);
  });

  const tick = async () => {
    const now = Date.now();
    for (const feed of await feeds.list()) {
      if (dueAt(feed) <= now) await jobs.send<FeedJob>('feed.poll', { feedId: feed.id, lastRun: feed.lastRun }, { singletonKey: feed.id });
    }
    await drafts.failInterrupted();
  };
  let running: Promise<void> = tick().catch((err: Error) => options.onError?.(err));
  const timer = setInterval(() => {
    running = running.then(tick).catch((err: Error) => options.onError?.(err));
  }, options.tickMs ?? 30_000);
  timer.unref();

  return {
    tick: () => (running = running.then(tick)),
    async stop() {
      clearInterval(timer);
      await running.catch(() => undefined);
      await jobs.stop();
      await drafts.close();
    },
  };
}
