/**
 * Contracts of the job queue: background work (building a draft from a URL, polling a feed) sent
 * by any process and done by a job worker, with retries and back-off. Two implementations behind
 * one interface: pg-boss on PostgreSQL (pg-boss-queue.ts: SKIP LOCKED fetch, so two workers never
 * take one job, on any number of machines), and on SQLite an in-process runner over a table of the
 * same database (local-queue.ts: any process may send; one process runs the jobs).
 * @example
 * await queue.work('feed.poll', async (job) => poll(job.data.feedId));
 * await queue.send('feed.poll', { feedId }, { singletonKey: feedId });
 */

/** Every queue OpsTrack uses; each is declared once here with its retry policy. */
export type JobName = 'draft.build' | 'feed.poll';

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'failed' | 'cancelled';

/** States in which a job will still run (or is running). */
export const LIVE_STATES: readonly JobState[] = ['created', 'retry', 'active'];

export interface QueuePolicy {
  /** Further attempts after the first fails. */
  retryLimit: number;
  /** Seconds before the first retry; doubled for each later one when `retryBackoff`. */
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A job active longer than this is taken as lost (its worker died) and retried or failed. */
  expireInSeconds: number;
  /** Singleton keys hold: a send with the key of a waiting job adds nothing (pg-boss policy `stately`). */
  singleton: boolean;
}

export interface SendOptions {
  /** At most one live job with this key per queue: a second send returns undefined. */
  singletonKey?: string;
}

export interface Job<T = unknown> {
  id: string;
  name: JobName;
  data: T;
}

export type JobHandler<T = unknown> = (job: Job<T>) => Promise<void>;

export interface WorkOptions {
  /** Jobs of this queue run at once in this process. Default 1. */
  concurrency?: number;
}

/** One queue's jobs by state, with the age of its oldest waiting job (seconds; 0 when none waits). */
export interface QueueCounts {
  name: JobName;
  states: Partial<Record<JobState, number>>;
  oldestWaitingSeconds: number;
}

/** What a worker reports of each job it ran (for /metrics). */
export interface JobOutcome {
  name: JobName;
  outcome: 'completed' | 'failed';
  seconds: number;
}

export interface JobQueue {
  readonly kind: 'pg-boss' | 'local';
  /** Creates what the queue needs (schema, queues); sending needs it, working too. */
  start(): Promise<void>;
  /** Queues a job; returns its id, or undefined when a live job holds its singleton key. */
  send<T extends object>(name: JobName, data: T, options?: SendOptions): Promise<string | undefined>;
  /** Starts taking jobs of `name` in this process. */
  work<T>(name: JobName, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  /** A job's state, or undefined when the queue no longer knows it. */
  state(name: JobName, id: string): Promise<JobState | undefined>;
  /** Jobs by queue and state, for /healthz and /metrics. */
  counts(): Promise<QueueCounts[]>;
  /** Hears of every job this process ran. */
  onOutcome(listener: (outcome: JobOutcome) => void): void;
  /** Stops taking jobs, waits for those in hand, releases connections. */
  stop(): Promise<void>;
}
