/**
 * A small pool of worker threads for CPU-heavy work the event loop must not run (reading HTML and
 * PDF, extraction). Tasks queue when every worker is busy; each task has a time limit, past which
 * its worker is terminated (and replaced on the next task) and the task fails. A worker that dies
 * (an uncaught error, out of memory) fails its task only. Idle workers do not keep the process
 * alive. Errors thrown in a worker keep their OpsTrack `code`, `statusCode` and `field`.
 *
 * Why not piscina: it is the mature choice and is proposed as a dependency; until it is one, this
 * module keeps to node:worker_threads with the same contract (run, per-task time limit, close).
 *
 * @example
 * const pool = new WorkerPool<Input, Output>(new URL('./draft-worker.ts', import.meta.url), { size: 1, timeLimitMs: 120_000 });
 * const out = await pool.run(input);
 * await pool.close();
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { Errors } from '../../errors.ts';

export interface WorkerPoolOptions {
  /** Most workers at once. */
  size: number;
  /** Time limit of one task once a worker runs it, in ms. */
  timeLimitMs: number;
  /** What the time-limit error says ran over, e.g. `reading and extracting the document`. */
  what?: string;
  resourceLimits?: ResourceLimits;
}

/** A task's answer as a worker posts it (see serve-tasks.ts). */
export type TaskReply<O> = { ok: true; value: O } | { ok: false; error: SerializedError };

export interface SerializedError {
  message: string;
  code?: string;
  statusCode?: number;
  field?: string;
}

interface Task<I, O> {
  input: I;
  transfer: readonly ArrayBuffer[];
  resolve: (value: O) => void;
  reject: (err: Error) => void;
}

interface Slot<I, O> {
  worker: Worker;
  task?: Task<I, O>;
  timer?: NodeJS.Timeout;
}

/** An error as it left a worker: the same message, code, status and field. */
export function revive(e: SerializedError): Error {
  return Object.assign(new Error(e.message), {
    ...(e.code ? { code: e.code } : {}),
    ...(e.statusCode ? { statusCode: e.statusCode } : {}),
    ...(e.field ? { field: e.field } : {}),
  });
}

/**
 * Starts a worker on a TypeScript (or JavaScript) module. The sources run through tsx, which a
 * worker does not inherit from a programmatic register() (bin/opstrack.js), so the worker registers it.
 */
function startWorker(entry: URL, resourceLimits?: ResourceLimits): Worker {
  const boot = `const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
})().catch((err) => { process.nextTick(() => { throw err; }); });`;
  const tsx = entry.pathname.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : undefined;
  return new Worker(boot, { eval: true, workerData: { entry: entry.href, tsx }, ...(resourceLimits ? { resourceLimits } : {}) });
}

export class WorkerPool<I, O> {
  readonly #entry: URL;
  readonly #options: WorkerPoolOptions;
  readonly #slots = new Set<Slot<I, O>>();
  readonly #queue: Task<I, O>[] = [];
  #closed = false;

  constructor(entry: URL, options: WorkerPoolOptions) {
    this.#entry = entry;
    this.#options = { ...options, size: Math.max(1, options.size) };
  }

  /** Runs one task; `transfer` lists buffers moved (not copied) to the worker. */
  run(input: I, transfer: readonly ArrayBuffer[] = []): Promise<O> {
    if (this.#closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<O>((resolve, reject) => {
      this.#queue.push({ input, transfer, resolve, reject });
      this.#dispatch();
    });
  }

  /** Tasks running or waiting. */
  get busy(): number {
    return this.#queue.length + [...this.#slots].filter((s) => s.task).length;
  }

  /** Terminates every worker; running and queued tasks fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const t of this.#queue.splice(0)) t.reject(new Error('the worker pool was closed'));
    await Promise.all([...this.#slots].map((s) => this.#retire(s, new Error('the worker pool was closed'))));
  }

  #dispatch(): void {
    while (this.#queue.length) {
      let slot = [...this.#slots].find((s) => !s.task);
      if (!slot) {
        if (this.#slots.size >= this.#options.size) return;
        slot = this.#spawn();
      }
      this.#start(slot, this.#queue.shift()!);
    }
  }

  #spawn(): Slot<I, O> {
    const slot: Slot<I, O> = { worker: startWorker(this.#entry, this.#options.resourceLimits) };
    this.#slots.add(slot);
    slot.worker.on('message', (reply: TaskReply<O>) => {
      const task = slot.task;
      if (!task) return;
      this.#finish(slot);
      if (reply.ok) task.resolve(reply.value);
      else task.reject(revive(reply.error));
      this.#dispatch();
    });
    slot.worker.on('error', (err: Error & { code?: string }) => {
      const reason = err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new Errors.INPUT_TOO_LARGE(`${this.#options.what ?? 'the task'} ran out of memory`)
        : err;
      void this.#retire(slot, reason).then(() => this.#dispatch());
    });
    slot.worker.on('exit', () => {
      if (this.#slots.has(slot)) void this.#retire(slot, new Error('the worker stopped')).then(() => this.#dispatch());
    });
    return slot;
  }

  #start(slot: Slot<I, O>, task: Task<I, O>): void {
    slot.task = task;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      const seconds = Math.round(this.#options.timeLimitMs / 100) / 10;
      const err = new Errors.INPUT_TOO_LARGE(`${this.#options.what ?? 'the task'} took longer than the time limit of ${seconds} s per document`);
      void this.#retire(slot, err).then(() => this.#dispatch());
    }, this.#options.timeLimitMs);
    slot.worker.postMessage(task.input, [...task.transfer]);
  }

  #finish(slot: Slot<I, O>): void {
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.timer = undefined;
    slot.worker.unref();
  }

  /** Removes a worker from the pool, failing its task with `reason`. */
  async #retire(slot: Slot<I, O>, reason: Error): Promise<void> {
    if (!this.#slots.delete(slot)) return;
    const task = slot.task;
    this.#finish(slot);
    task?.reject(reason);
    await slot.worker.terminate();
  }
}
