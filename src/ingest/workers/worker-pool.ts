/**
 * Worker threads for CPU-heavy work the event loop must not run (reading HTML and PDF,
 * extraction), over Piscina (the worker-thread pool maintained under the nodejs organisation).
 * What this adds: a time limit per task that starts when a thread takes the task (tasks wait here
 * while every thread is busy), after which Piscina terminates the thread and the task fails with
 * OPS_ERR_INPUT_TOO_LARGE naming the limit; errors thrown in a worker keep their OpsTrack code,
 * status and field (task-handler.ts); TypeScript task modules load through tsx (tsx-worker.mjs).
 * Threads start on demand and stop when idle, so an idle pool does not keep the process alive.
 *
 * @example
 * const pool = new WorkerPool<Input, Output>(new URL('./draft-worker.ts', import.meta.url), { size: 1, timeLimitMs: 120_000 });
 * const out = await pool.run(input);
 * await pool.close();
 */
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { Errors } from '../../errors.ts';

export interface WorkerPoolOptions {
  /** Most threads at once. */
  size: number;
  /** Time limit of one task once a thread runs it, in ms. */
  timeLimitMs: number;
  /** What the time-limit error says ran over, e.g. `reading and extracting the document`. */
  what?: string;
  resourceLimits?: ResourceLimits;
}

/** A task's answer as task-handler.ts returns it. */
export type TaskReply<O> = { ok: true; value: O } | { ok: false; error: SerializedError };

export interface SerializedError {
  message: string;
  code?: string;
  statusCode?: number;
  field?: string;
}

/** An error as it left a worker: the same message, code, status and field. */
export function revive(e: SerializedError): Error {
  return Object.assign(new Error(e.message), {
    ...(e.code ? { code: e.code } : {}),
    ...(e.statusCode ? { statusCode: e.statusCode } : {}),
    ...(e.field ? { field: e.field } : {}),
  });
}

const BOOT = new URL('./tsx-worker.mjs', import.meta.url).href;

export class WorkerPool<I, O> {
  readonly #options: WorkerPoolOptions;
  readonly #piscina: Piscina;
  readonly #waiting: Array<() => void> = [];
  #running = 0;
  #closed = false;

  constructor(entry: URL, options: WorkerPoolOptions) {
    const size = Math.max(1, options.size);
    this.#options = { ...options, size };
    this.#piscina = new Piscina({
      filename: BOOT,
      workerData: { entry: entry.href, tsx: entry.pathname.endsWith('.ts') },
      minThreads: 0,
      maxThreads: size,
      idleTimeout: 60_000,
      ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
    });
  }

  /** Tasks running or waiting for a thread. */
  get busy(): number {
    return this.#running + this.#waiting.length;
  }

  /** Runs one task in a thread, within the time limit; `transferList` moves buffers instead of copying them. */
  async run(input: I, transferList?: ArrayBuffer[]): Promise<O> {
    if (this.#closed) throw new Error('the worker pool is closed');
    if (this.#running >= this.#options.size) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    if (this.#closed) throw new Error('the worker pool was closed');
    this.#running++;
    const signal = AbortSignal.timeout(this.#options.timeLimitMs);
    let reply: TaskReply<O>;
    try {
      reply = await this.#piscina.run(input, { signal, ...(transferList ? { transferList } : {}) });
    } catch (err) {
      throw this.#failure(err as Error & { code?: string }, signal.aborted);
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
    if (!reply.ok) throw revive(reply.error);
    return reply.value;
  }

  /** Stops every thread; tasks waiting for one fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const wake of this.#waiting.splice(0)) wake();
    await this.#piscina.destroy();
  }

  #failure(err: Error & { code?: string }, timedOut: boolean): Error {
    const what = this.#options.what ?? 'the task';
    if (timedOut) {
      const seconds = Math.round(this.#options.timeLimitMs / 100) / 10;
      return new Errors.INPUT_TOO_LARGE(`${what} took longer than the time limit of ${seconds} s per document; its worker was stopped`);
    }
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return new Errors.INPUT_TOO_LARGE(`${what} ran out of memory`);
    return err;
  }
}
