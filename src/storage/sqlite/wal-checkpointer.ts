/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the COMMIT of the
 * connection that crosses 1,000 WAL pages: on a large store a write of a few thousand objects
 * dirties that many index pages, so every such COMMIT also copied them back into the database file
 * and synced it, on the thread that serves requests. Here the write connection's automatic
 * checkpoint is off, and after a write that leaves the WAL at `thresholdBytes` or more, a worker
 * thread with its own connection runs a PASSIVE checkpoint (checkpoint-worker.mjs): readers and the
 * next writer go on meanwhile. One checkpoint runs at a time; writes made during one ask for the next.
 *
 * A checkpoint that runs beside a stream of writes never finishes (new frames keep coming), and
 * SQLite restarts the WAL only when one has: under sustained writes the WAL would grow without bound
 * (730 MB for 100,000 objects POSTed into a 1M-object store). So a write that finds the WAL at
 * `limitBytes` or more first waits, asynchronously (the event loop goes on serving reads), for a
 * checkpoint to copy it all back; the write then starts the WAL afresh.
 *
 * `journal_size_limit = 0` truncates the WAL each time SQLite restarts it after a full checkpoint, so
 * its file size tells how much it holds. The thread starts on the first write that needs it (most
 * stores in tests never do) and stops with the store. If it cannot start or fails, the write
 * connection's automatic checkpoint is switched back on: the WAL never grows without bound.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** SQLite's own automatic-checkpoint size: 1,000 pages of 4 KiB. */
export const DEFAULT_CHECKPOINT_BYTES = 4 * 1024 * 1024;
/** The WAL size at which the next write waits for a checkpoint (see beforeWrite). */
export const DEFAULT_WAL_LIMIT_BYTES = 64 * 1024 * 1024;

export interface CheckpointStats {
  /** Checkpoints the thread has run. */
  runs: number;
  /** Frames in the WAL, and of those copied into the database, at the last checkpoint. */
  lastLogFrames: number;
  lastCheckpointedFrames: number;
  /** Time of the last checkpoint on its thread, ms. */
  lastMs: number;
  /** The last failure, if any (the automatic checkpoint is back on after one). */
  failure?: string;
}

interface Reply {
  ok: boolean;
  busy?: number;
  log?: number;
  checkpointed?: number;
  ms: number;
  message?: string;
}

export class WalCheckpointer {
  readonly #file: string;
  readonly #wal: string;
  readonly #write: Database.Database;
  readonly #thresholdBytes: number;
  readonly #limitBytes: number;
  #worker: Worker | undefined;
  #running = false;
  #again = false;
  #stopped = false;
  #idle: Array<() => void> = [];
  readonly stats: CheckpointStats = { runs: 0, lastLogFrames: 0, lastCheckpointedFrames: 0, lastMs: 0 };

  constructor(file: string, write: Database.Database, thresholdBytes = DEFAULT_CHECKPOINT_BYTES, limitBytes = DEFAULT_WAL_LIMIT_BYTES) {
    this.#file = file;
    this.#wal = `${file}-wal`;
    this.#write = write;
    this.#thresholdBytes = thresholdBytes;
    this.#limitBytes = limitBytes;
    write.pragma('wal_autocheckpoint = 0');
    write.pragma('journal_size_limit = 0');
  }

  /** Called after every write the write connection commits: asks for a checkpoint when the WAL is big enough. */
  afterWrite(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    if (this.#walBytes() < this.#thresholdBytes) return;
    this.#run();
  }

  /** Before a write transaction: when the WAL has reached the limit, waits for a checkpoint of all of it. */
  async beforeWrite(): Promise<void> {
    if (this.#stopped || this.#walBytes() < this.#limitBytes) return;
    if (!this.#running) this.#run();
    await this.idle();
  }

  /** Resolves once no checkpoint runs or is asked for (tests, and close). */
  idle(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Waits for a running checkpoint, then stops the thread (before the store's own connections close). */
  async close(): Promise<void> {
    this.#again = false;
    await this.idle();
    this.#stopped = true;
    const worker = this.#worker;
    this.#worker = undefined;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  #walBytes(): number {
    try {
      return statSync(this.#wal).size;
    } catch {
      return 0;
    }
  }

  #run(): void {
    let worker = this.#worker;
    if (!worker) {
      try {
        worker = this.#start();
      } catch (err) {
        this.#fallBack(err);
        return;
      }
    }
    this.#running = true;
    this.#again = false;
    // Held while it works (a caller may await idle()), let go between checkpoints.
    worker.ref();
    worker.postMessage('checkpoint');
  }

  #start(): Worker {
    const worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), { workerData: { file: this.#file } });
    // Between checkpoints not a reason to keep the process alive: a process that ends closes its
    // connections, and the last one checkpoints.
    worker.on('message', (reply: Reply) => this.#done(reply));
    worker.on('error', (err) => this.#fallBack(err));
    this.#worker = worker;
    return worker;
  }

  #done(reply: Reply): void {
    this.#running = false;
    this.#worker?.unref();
    if (!reply.ok) {
      this.#fallBack(new Error(reply.message));
      return;
    }
    this.stats.runs++;
    this.stats.lastLogFrames = reply.log ?? 0;
    this.stats.lastCheckpointedFrames = reply.checkpointed ?? 0;
    this.stats.lastMs = reply.ms;
    if (this.#again && !this.#stopped && this.#walBytes() >= this.#thresholdBytes) {
      this.#run();
      return;
    }
    this.#again = false;
    for (const wake of this.#idle.splice(0)) wake();
  }

  /** The thread failed: SQLite's automatic checkpoint takes over again on the write connection. */
  #fallBack(err: unknown): void {
    this.#running = false;
    this.#stopped = true;
    this.stats.failure = err instanceof Error ? err.message : String(err);
    const worker = this.#worker;
    this.#worker = undefined;
    void worker?.terminate();
    try {
      if (this.#write.open) this.#write.pragma('wal_autocheckpoint = 1000');
    } catch {
      // The connection is closing; nothing to restore.
    }
    for (const wake of this.#idle.splice(0)) wake();
  }
}
