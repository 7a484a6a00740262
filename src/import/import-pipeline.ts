/**
 * The bulk import pipeline shared by `opstrack import`, POST /api/import and TAXII Add Objects:
 * this thread cuts the input into spans of whole entries as it streams in (span-splitter.ts, a
 * byte scan), worker threads parse, validate and derive the rows of each span (prepare-span.ts),
 * and the caller's writer receives the prepared spans in input order, one at a time. Spans in
 * flight are bounded, so memory stays flat whatever the input's size, and the event loop only
 * scans bytes and writes rows: reading, parsing and validating never run on it.
 *
 * Threads: OPSTRACK_IMPORT_WORKERS, else one less than the machine's cores (at least one, at most
 * four); they start on the first import and stop when idle.
 * @module
 */
import { readSetting } from '../config.ts';
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { WorkerPool } from '../ingest/workers/worker-pool.ts';
import type { PrepareInput, PreparedSpan } from './prepare-span.ts';
import { JsonInputError, SpanSplitter, type Skeleton } from './span-splitter.ts';
import { unpackSpan, type PackedSpan } from './span-transfer.ts';

export const PIPELINE_LIMITS = Object.freeze({
  /** Entries per span (a worker's task) ... */
  spanEntries: 1000,
  /** ... or bytes per span, whichever comes first. */
  spanBytes: 512 * 1024,
  /** Entries of an input's first span; the limits double from there (the writer starts sooner). */
  firstSpanEntries: 125,
  /** Time limit of one span in a worker. */
  spanTimeMs: 60_000,
});

function workerCount(): number {
  const configured = readSetting('importWorkers');
  if (configured !== undefined) return configured;
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

let pool: WorkerPool<PrepareInput, PackedSpan> | undefined;

function preparePool(): WorkerPool<PrepareInput, PackedSpan> {
  return (pool ??= new WorkerPool(new URL('./workers/prepare-worker.ts', import.meta.url), {
    size: workerCount(),
    timeLimitMs: PIPELINE_LIMITS.spanTimeMs,
    what: 'reading a span of the import',
  }));
}

/** Stops the import threads (they also stop by themselves when idle). */
export async function closeImportWorkers(): Promise<void> {
  const open = pool;
  pool = undefined;
  await open?.close();
}

export interface PipelineOptions {
  /** Check claims against the claim contract in the workers (TAXII reports them per object). */
  claims?: boolean;
  /** Have the workers say every entry's id and version (TAXII's status lists every object). */
  describe?: boolean;
  /** The writer: called with each prepared span, in input order, and awaited before the next. */
  onSpan(prepared: PreparedSpan): Promise<void>;
}

/** An in-memory body as chunks, with a turn of the event loop between them. */
export async function* chunksOf(body: Buffer, size = 256 * 1024): AsyncGenerator<Buffer> {
  for (let at = 0; at < body.length; at += size) {
    yield body.subarray(at, at + size);
    await nextTurn();
  }
}

/**
 * Streams `source` through the workers into `options.onSpan` and returns what surrounds the
 * entries. Throws JsonInputError when the input is not well formed (by the workers' parse or the
 * skeleton's) or has no entries array; spans before the fault have been written by then, so
 * callers run this inside one transaction (Store.transaction) to keep a failed import from
 * changing anything.
 */
export async function runPipeline(source: AsyncIterable<Buffer>, options: PipelineOptions): Promise<Skeleton> {
  const workers = preparePool();
  const splitter = new SpanSplitter(PIPELINE_LIMITS);
  const inFlight: Array<Promise<PreparedSpan>> = [];
  const most = workerCount() * 2 + 1;
  const next = async () => {
    const prepared = await inFlight.shift()!;
    if (prepared.syntax) throw new JsonInputError('syntax', prepared.syntax.message, { offset: prepared.syntax.offset });
    await options.onSpan(prepared);
  };
  try {
    for await (const chunk of source) {
      for (const span of splitter.push(chunk)) {
        const task = workers.run({
          bytes: span.bytes, first: span.first, count: span.count, offset: span.offset,
          prefix: splitter.entriesPath, claims: options.claims, describe: options.describe,
        }, [span.bytes.buffer as ArrayBuffer]).then(unpackSpan);
        task.catch(() => {}); // awaited in order by next(); on failure the rest are dropped
        inFlight.push(task);
        while (inFlight.length >= most) await next();
      }
    }
    const skeleton = splitter.end();
    while (inFlight.length > 0) await next();
    return skeleton;
  } finally {
    inFlight.length = 0;
  }
}
