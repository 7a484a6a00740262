/**
 * The job queue of PostgreSQL installations: pg-boss 10 in the schema `pgboss` of the
 * installation's database. pg-boss takes jobs with SELECT ... FOR UPDATE SKIP LOCKED, so any
 * number of workers on any number of machines never take one job twice; it retries failed jobs
 * with back-off and expires jobs whose worker died (QUEUE_POLICIES sets both per queue). pg-boss is
 * loaded on first use, so SQLite installations never load it.
 * @example
 * const queue = new PgBossQueue(databaseUrl);
 * await queue.start();
 * await queue.send('draft.build', { draftId });
 */
import type PgBoss from 'pg-boss';
import { JOB_NAMES, QUEUE_POLICIES } from './policies.ts';
import type { JobHandler, JobName, JobOutcome, JobQueue, JobState, QueueCounts, QueuePolicy, SendOptions, WorkOptions } from './types.ts';

export interface PgBossQueueOptions {
  /** Connections pg-boss may open. Default 4. */
  maxConnections?: number;
  /** How often an idle worker polls, in seconds (pg-boss's minimum is 0.5). Default 2. */
  pollingIntervalSeconds?: number;
  /** Per-queue changes to QUEUE_POLICIES (tests shorten delays and expiry). */
  policies?: Partial<Record<JobName, Partial<QueuePolicy>>>;
}

const SCHEMA = 'pgboss';

/** Runs `step` again after a PostgreSQL deadlock (40P01), up to 8 times with a random pause growing each time. */
async function untilNoDeadlock<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      const deadlock = (err as { code?: string }).code === '40P01' || /deadlock detected/.test((err as Error).message ?? '');
      if (!deadlock || attempt >= 8) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 50 * attempt));
    }
  }
}

export class PgBossQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  readonly #url: string;
  readonly #options: PgBossQueueOptions;
  readonly #listeners: Array<(o: JobOutcome) => void> = [];
  #boss: PgBoss | undefined;
  readonly #workers: Array<{ name: JobName; id: string }> = [];

  constructor(databaseUrl: string, options: PgBossQueueOptions = {}) {
    this.#url = databaseUrl;
    this.#options = options;
  }

  get #started(): PgBoss {
    if (!this.#boss) throw new Error('job queue: start() it first');
    return this.#boss;
  }

  async start(): Promise<void> {
    if (this.#boss) return;
    const { default: PgBossClass } = await import('pg-boss');
    const boss = new PgBossClass({
      connectionString: this.#url, schema: SCHEMA, max: this.#options.maxConnections ?? 4, application_name: 'opstrack-jobs',
      // no cron schedules: feed schedules live in the feeds table
      schedule: false,
    });
    boss.on('error', (err) => process.emitWarning(`pg-boss: ${err.message}`));
    // Processes starting at once on a fresh database deadlock in pg-boss's schema and queue creation
    // (40P01: PostgreSQL aborts one of them); the aborted step is safe to run again.
    await untilNoDeadlock(() => boss.start());
    for (const name of JOB_NAMES) {
      const p = { ...QUEUE_POLICIES[name], ...this.#options.policies?.[name] };
      const options = { name, policy: p.singleton ? 'stately' as const : 'standard' as const, retryLimit: p.retryLimit, retryDelay: p.retryDelaySeconds, retryBackoff: p.retryBackoff, expireInSeconds: p.expireInSeconds };
      await untilNoDeadlock(() => boss.createQueue(name, options));
      // a queue made by an earlier release keeps its row: bring its policy up to date
      await untilNoDeadlock(() => boss.updateQueue(name, options));
    }
    this.#boss = boss;
  }

  async send<T extends object>(name: JobName, data: T, options: SendOptions = {}): Promise<string | undefined> {
    const boss = this.#started;
    const id = await boss.send(name, data, options.singletonKey ? { singletonKey: options.singletonKey } : {});
    // this process's idle workers of the queue take it now (others poll)
    if (id) for (const w of this.#workers) if (w.name === name) boss.notifyWorker(w.id);
    return id ?? undefined;
  }

  async work<T>(name: JobName, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    const boss = this.#started;
    for (let i = 0; i < (options.concurrency ?? 1); i++) {
      let workerId = '';
      workerId = await boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds: this.#options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
        if (!job) return;
        // after a job, look for the next at once rather than after the polling interval
        boss.notifyWorker(workerId);
        const started = performance.now();
        try {
          await handler({ id: job.id, name, data: job.data });
          this.#emit({ name, outcome: 'completed', seconds: (performance.now() - started) / 1000 });
        } catch (err) {
          this.#emit({ name, outcome: 'failed', seconds: (performance.now() - started) / 1000 });
          throw err; // pg-boss records the failure and retries per the queue's policy
        }
      });
      this.#workers.push({ name, id: workerId });
    }
  }

  #emit(outcome: JobOutcome): void {
    for (const l of this.#listeners) l(outcome);
  }

  async state(name: JobName, id: string): Promise<JobState | undefined> {
    const job = await this.#started.getJobById(name, id, { includeArchive: true });
    return job?.state;
  }

  async counts(): Promise<QueueCounts[]> {
    // pg-boss's job table (partitioned per queue); archived jobs are finished ones, not counted
    const { rows } = await this.#started.getDb().executeSql(
      `SELECT name, state::text AS state, count(*)::int AS n,
         EXTRACT(EPOCH FROM now() - min(created_on) FILTER (WHERE state IN ('created', 'retry')))::float8 AS oldest
       FROM ${SCHEMA}.job WHERE name = ANY($1::text[]) GROUP BY name, state`, [JOB_NAMES as string[]]);
    return JOB_NAMES.map((name) => {
      const mine = (rows as Array<{ name: string; state: JobState; n: number; oldest: number | null }>).filter((r) => r.name === name);
      const oldest = mine.map((r) => r.oldest).filter((o): o is number => o !== null);
      return { name, states: Object.fromEntries(mine.map((r) => [r.state, r.n])), oldestWaitingSeconds: oldest.length ? Math.max(0, ...oldest) : 0 };
    });
  }

  onOutcome(listener: (outcome: JobOutcome) => void): void {
    this.#listeners.push(listener);
  }

  async stop(): Promise<void> {
    const boss = this.#boss;
    this.#boss = undefined;
    await boss?.stop({ graceful: true, wait: true, close: true, timeout: 30_000 });
  }
}
