/**
 * The job queue of SQLite installations: jobs are rows of the `jobs` table (jobs-schema.ts) in the
 * installation's own database, so any process on the machine may send one, and the process that
 * runs jobs (`opstrack serve`'s primary under `--workers`, or `opstrack worker`) takes them. A job
 * is taken by one UPDATE that moves it to `active` (on PostgreSQL with SKIP LOCKED), so even two
 * runners never take one job. A failed attempt is retried after the queue's delay, doubled per
 * attempt; a job active past its expiry (its runner died) counts as a failed attempt.
 * @example
 * const queue = new LocalJobQueue(db);
 * await queue.start();
 * await queue.work('feed.poll', async (job) => { ... });
 */
import { randomUUID } from 'node:crypto';
import type { SqlDb } from '../storage/sql-db.ts';
import { JOB_NAMES, QUEUE_POLICIES, retryDelay } from './policies.ts';
import type { JobHandler, JobName, JobOutcome, JobQueue, JobState, QueueCounts, QueuePolicy, SendOptions, WorkOptions } from './types.ts';

export interface LocalQueueOptions {
  /** How often an idle runner looks for jobs, in ms. Default 1000 (a send in this process wakes it at once). */
  pollMs?: number;
  /** Per-queue changes to QUEUE_POLICIES (tests shorten delays and expiry). */
  policies?: Partial<Record<JobName, Partial<QueuePolicy>>>;
  /** Completed and failed jobs are deleted after this many ms. Default 7 days. */
  keepMs?: number;
}

interface JobRow {
  id: string;
  data: string;
  attempts: number | string;
}

export class LocalJobQueue implements JobQueue {
  readonly kind = 'local' as const;
  readonly #db: SqlDb;
  readonly #pollMs: number;
  readonly #keepMs: number;
  readonly #policies: Record<JobName, QueuePolicy>;
  readonly #listeners: Array<(o: JobOutcome) => void> = [];
  readonly #running = new Set<Promise<void>>();
  readonly #wakers = new Set<() => void>();
  #stopped = false;
  #maintainedAt = 0;

  /** `db`: the installation's database handle (the store's), given by the composition root. */
  constructor(db: SqlDb, options: LocalQueueOptions = {}) {
    this.#db = db;
    this.#pollMs = options.pollMs ?? 1000;
    this.#keepMs = options.keepMs ?? 7 * 86_400_000;
    this.#policies = Object.fromEntries(JOB_NAMES.map((n) => [n, { ...QUEUE_POLICIES[n], ...options.policies?.[n] }])) as Record<JobName, QueuePolicy>;
  }

  async start(): Promise<void> {
    // the table comes with the store's migrations (072-jobs)
  }

  async send<T extends object>(name: JobName, data: T, options: SendOptions = {}): Promise<string | undefined> {
    const id = randomUUID();
    const now = Date.now();
    const { changes } = await this.#db.exec(
      `INSERT INTO jobs (id, name, data, state, attempts, singleton_key, created_on, start_after) VALUES (?, ?, ?, 'created', 0, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
      [id, name, JSON.stringify(data), options.singletonKey ?? null, now, now],
    );
    if (changes === 0) return undefined;
    for (const wake of this.#wakers) wake();
    return id;
  }

  async work<T>(name: JobName, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    for (let i = 0; i < (options.concurrency ?? 1); i++) {
      const loop = this.#loop(name, handler as JobHandler);
      this.#running.add(loop);
      void loop.finally(() => this.#running.delete(loop));
    }
  }

  async #loop(name: JobName, handler: JobHandler): Promise<void> {
    while (!this.#stopped) {
      let ran = false;
      try {
        await this.#maintain();
        ran = await this.#runOne(name, handler);
      } catch {
        // the database was busy or closing: look again after the poll interval
      }
      if (!ran && !this.#stopped) await this.#idle();
    }
  }

  #idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.#pollMs);
      this.#wakers.add(done);
    });
  }

  /** Takes one due job of `name` and runs it; false when none was due. */
  async #runOne(name: JobName, handler: JobHandler): Promise<boolean> {
    const now = Date.now();
    const skipLocked = this.#db.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const [row] = await this.#db.query<JobRow>(
      `UPDATE jobs SET state = 'active', attempts = attempts + 1, started_on = ?
       WHERE id = (SELECT id FROM jobs WHERE name = ? AND state IN ('created', 'retry') AND start_after <= ? ORDER BY start_after, created_on LIMIT 1${skipLocked})
         AND state IN ('created', 'retry')
       RETURNING id, data, attempts`,
      [now, name, now],
    );
    if (!row) return false;
    const started = performance.now();
    try {
      await handler({ id: row.id, name, data: JSON.parse(row.data) as unknown });
      await this.#db.exec(`UPDATE jobs SET state = 'completed', completed_on = ?, error = NULL WHERE id = ? AND state = 'active'`, [Date.now(), row.id]);
      this.#emit({ name, outcome: 'completed', seconds: (performance.now() - started) / 1000 });
    } catch (err) {
      await this.#failAttempt(name, row.id, Number(row.attempts), (err as Error).message ?? String(err));
      this.#emit({ name, outcome: 'failed', seconds: (performance.now() - started) / 1000 });
    }
    return true;
  }

  async #failAttempt(name: JobName, id: string, attempts: number, error: string): Promise<void> {
    const policy = this.#policies[name];
    const now = Date.now();
    if (attempts <= policy.retryLimit) {
      await this.#db.exec(`UPDATE jobs SET state = 'retry', start_after = ?, error = ? WHERE id = ? AND state = 'active'`,
        [now + retryDelay(policy, attempts) * 1000, error.slice(0, 1000), id]);
    } else {
      await this.#db.exec(`UPDATE jobs SET state = 'failed', completed_on = ?, error = ? WHERE id = ? AND state = 'active'`, [now, error.slice(0, 1000), id]);
    }
  }

  /** Expires jobs whose runner died (active past their queue's expiry) and deletes old finished ones; at most once a second. */
  async #maintain(): Promise<void> {
    const now = Date.now();
    if (now - this.#maintainedAt < Math.min(1000, this.#pollMs)) return;
    this.#maintainedAt = now;
    for (const name of JOB_NAMES) {
      const expired = await this.#db.query<{ id: string; attempts: number | string }>(
        `SELECT id, attempts FROM jobs WHERE name = ? AND state = 'active' AND started_on < ?`, [name, now - this.#policies[name].expireInSeconds * 1000]);
      for (const job of expired) await this.#failAttempt(name, job.id, Number(job.attempts), 'expired: its worker stopped before finishing it');
    }
    await this.#db.exec(`DELETE FROM jobs WHERE state IN ('completed', 'failed', 'cancelled') AND completed_on < ?`, [now - this.#keepMs]);
  }

  #emit(outcome: JobOutcome): void {
    for (const l of this.#listeners) l(outcome);
  }

  async state(_name: JobName, id: string): Promise<JobState | undefined> {
    const [row] = await this.#db.query<{ state: JobState }>('SELECT state FROM jobs WHERE id = ?', [id]);
    return row?.state;
  }

  async counts(): Promise<QueueCounts[]> {
    const rows = await this.#db.query<{ name: JobName; state: JobState; n: number | string; oldest: number | string | null }>(
      `SELECT name, state, COUNT(*) AS n, MIN(CASE WHEN state IN ('created', 'retry') THEN created_on END) AS oldest FROM jobs GROUP BY name, state`);
    const now = Date.now();
    return JOB_NAMES.map((name) => {
      const mine = rows.filter((r) => r.name === name);
      const oldest = mine.map((r) => r.oldest).filter((o): o is number | string => o !== null).map(Number);
      return {
        name,
        states: Object.fromEntries(mine.map((r) => [r.state, Number(r.n)])),
        oldestWaitingSeconds: oldest.length ? Math.max(0, (now - Math.min(...oldest)) / 1000) : 0,
      };
    });
  }

  onOutcome(listener: (outcome: JobOutcome) => void): void {
    this.#listeners.push(listener);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const wake of this.#wakers) wake();
    await Promise.allSettled([...this.#running]);
  }
}
