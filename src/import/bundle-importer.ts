/**
 * Imports STIX objects into a Store: validates each one, stores the valid ones in batches and
 * counts what happened. A schema-invalid object is rejected on its own (with its reasons) while
 * the rest are stored. An import is all or nothing: every batch joins one transaction
 * (Store.transaction), so a killed import, or one that fails (malformed JSON anywhere in the file,
 * a database error), leaves the database as it was; re-running it stores everything.
 *
 * A bundle file streams through the import pipeline (import-pipeline.ts): worker threads parse,
 * validate and derive rows, and this module's BatchWriter, on the calling thread, is the one
 * writer (Store.putRows). Importers that build objects themselves (ATT&CK, MISP galaxies, the
 * default knowledge) hand them to importEntries.
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { StixObject } from '../model/stix/core.ts';
import { formatIssue, validateObject } from '../model/stix/validate.ts';
import type { ObjectRow } from '../storage/object-row.ts';
import type { PutConflict, PutOptions, PutResult, Store } from '../storage/store.ts';
import { Errors } from '../errors.ts';
import { contentStart, locateSyntaxError, type BundleEntry } from './bundle-reader.ts';
import { runPipeline } from './import-pipeline.ts';
import type { PreparedSpan } from './prepare-span.ts';
import { JsonInputError } from './span-splitter.ts';

export const DEFAULT_BATCH_SIZE = 1000;
/** Rejections and conflicts kept for the report; the counts are always exact. */
const KEEP = 1000;

export interface Rejection {
  /** JSON path of the entry, e.g. `objects[3]`. */
  path: string;
  id?: string;
  /** Each error as `path: message`, e.g. `objects[3].valid_from: required`. */
  reasons: string[];
}

export interface ImportProgress {
  phase: 'import' | 'commit';
  bytesRead: number;
  totalBytes: number;
  /** Entries processed so far. */
  objects: number;
  totalObjects?: number;
}

/** A batch written inside the import's transaction (committed with the rest when the import ends). */
export interface BatchCommitted {
  /** 1-based number of the batch just written. */
  batch: number;
  size: number;
  /** Objects written (new or unchanged) so far by this import. */
  committed: number;
}

export interface ImportOptions {
  /** Valid objects per write (default 1,000); the whole import commits once. */
  batchSize?: number;
  putOptions?: PutOptions;
  onProgress?: (p: ImportProgress) => void;
  onBatch?: (b: BatchCommitted) => void;
}

export interface ImportSummary {
  file: string;
  importer: string;
  /** Entries read from the input. */
  read: number;
  new: number;
  unchanged: number;
  rejected: number;
  conflicts: number;
  warnings: number;
  batches: number;
  /** The first rejections (up to 1,000). */
  rejections: Rejection[];
  /** The first conflicts (up to 1,000). */
  conflictList: PutConflict[];
  /** Extra human-readable lines an importer adds (e.g. entities merged into known ones). */
  notes?: string[];
}

export function emptySummary(file: string, importer: string): ImportSummary {
  return { file, importer, read: 0, new: 0, unchanged: 0, rejected: 0, conflicts: 0, warnings: 0, batches: 0, rejections: [], conflictList: [] };
}

/**
 * The one writer of an import: gathers valid rows into batches of `batchSize` and stores each
 * with Store.putRows, counting into `summary`. When the store refuses a batch over one object the
 * validator let through, the batch is stored row by row so only the culprit is rejected.
 */
export class BatchWriter {
  readonly #store: Store;
  readonly #summary: ImportSummary;
  readonly #options: ImportOptions;
  readonly #batchSize: number;
  #rows: ObjectRow[] = [];
  #paths: string[] = [];

  constructor(store: Store, summary: ImportSummary, options: ImportOptions = {}) {
    this.#store = store;
    this.#summary = summary;
    this.#options = options;
    this.#batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  }

  /** Counts a prepared span and writes every batch it completes. */
  async add(prepared: PreparedSpan): Promise<void> {
    const summary = this.#summary;
    summary.read += prepared.rows.length + prepared.rejected.length;
    summary.warnings += prepared.warnings;
    for (const r of prepared.rejected) reject(summary, r.path, r.id, r.reasons);
    for (let k = 0; k < prepared.rows.length; k++) {
      this.#rows.push(prepared.rows[k]!);
      this.#paths.push(`${prepared.prefix}[${prepared.indexes[k]}]`);
      if (this.#rows.length >= this.#batchSize) await this.#flush();
    }
  }

  /** Writes what is left. */
  async finish(): Promise<void> {
    await this.#flush();
  }

  async #flush(): Promise<void> {
    const rows = this.#rows;
    const paths = this.#paths;
    if (rows.length === 0) return;
    this.#rows = [];
    this.#paths = [];
    const { putOptions } = this.#options;
    try {
      this.#count(await this.#store.putRows(rows, putOptions));
    } catch (err) {
      if ((err as { code?: string }).code !== 'OPS_ERR_STIX_INVALID') throw err;
      for (const [k, row] of rows.entries()) {
        try {
          this.#count(await this.#store.putRows([row], putOptions));
        } catch (one) {
          if ((one as { code?: string }).code !== 'OPS_ERR_STIX_INVALID') throw one;
          const path = paths[k]!;
          reject(this.#summary, path, row.id, [String((one as Error).message).replace(/^Invalid STIX: /, '').replace(/^objects\[0\]/, path)]);
        }
      }
    }
    const summary = this.#summary;
    summary.batches++;
    this.#options.onBatch?.({ batch: summary.batches, size: rows.length, committed: summary.new + summary.unchanged });
  }

  #count(result: PutResult): void {
    const summary = this.#summary;
    summary.new += result.new;
    summary.unchanged += result.unchanged;
    summary.conflicts += result.conflicts.length;
    for (const c of result.conflicts) if (summary.conflictList.length < KEEP) summary.conflictList.push(c);
  }
}

/**
 * Validates and stores a stream of entries, all in one transaction. Other importers (ATT&CK, MISP
 * galaxies) convert their input to STIX entries and reuse this, so counting and batching behave
 * the same everywhere.
 */
export async function importEntries(
  store: Store,
  entries: AsyncIterable<BundleEntry>,
  summary: ImportSummary,
  options: ImportOptions & { onEntry?: () => void } = {},
): Promise<ImportSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  let batch: BundleEntry[] = [];
  const count = (result: PutResult) => {
    summary.new += result.new;
    summary.unchanged += result.unchanged;
    summary.conflicts += result.conflicts.length;
    for (const c of result.conflicts) if (summary.conflictList.length < KEEP) summary.conflictList.push(c);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      count(await store.put(batch.map((e) => e.object as StixObject), options.putOptions));
    } catch (err) {
      // The store refused the whole batch for one object the validator let through: store the
      // batch object by object so only the culprit is rejected.
      if ((err as { code?: string }).code !== 'OPS_ERR_STIX_INVALID') throw err;
      for (const entry of batch) {
        try {
          count(await store.put([entry.object as StixObject], options.putOptions));
        } catch (one) {
          if ((one as { code?: string }).code !== 'OPS_ERR_STIX_INVALID') throw one;
          reject(summary, entry.path, idOf(entry.object), [String((one as Error).message).replace(/^Invalid STIX: /, '').replace(/^objects\[0\]/, entry.path)]);
        }
      }
    }
    summary.batches++;
    options.onBatch?.({ batch: summary.batches, size: batch.length, committed: summary.new + summary.unchanged });
    batch = [];
  };
  return store.transaction(async () => {
    for await (const entry of entries) {
      summary.read++;
      const issues = validateObject(entry.object, entry.path);
      const errors = issues.filter((i) => i.severity === 'error');
      summary.warnings += issues.length - errors.length;
      if (errors.length > 0) {
        reject(summary, entry.path, idOf(entry.object), errors.map(formatIssue));
      } else {
        batch.push(entry);
        if (batch.length >= batchSize) await flush();
      }
      options.onEntry?.();
    }
    await flush();
    return summary;
  });
}

function idOf(object: unknown): string | undefined {
  const id = (object as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

function reject(summary: ImportSummary, path: string, id: string | undefined, reasons: string[]): void {
  summary.rejected++;
  if (summary.rejections.length >= KEEP) return;
  summary.rejections.push({ path, id, reasons });
}

/**
 * Imports one STIX bundle file (or bare JSON array of objects), streamed through the worker
 * threads, in one transaction. Malformed JSON anywhere, or a document that is not a bundle,
 * throws (naming line and column) and the transaction rolls back: a failed file changes nothing.
 */
export async function importBundleFile(store: Store, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw Object.assign(new Errors.INPUT_INVALID(`cannot read ${path}: ${err.code ?? err.message}`), { cause: err });
  });
  if (!info.isFile()) throw new Errors.INPUT_INVALID(`${path} is not a file`);
  const totalBytes = info.size;
  const start = await contentStart(path);
  const summary = emptySummary(path, 'stix-bundle');
  let bytesRead = start;
  const { onProgress } = options;
  const report = (phase: ImportProgress['phase']) => onProgress?.({ phase, bytesRead, totalBytes, objects: summary.read });
  async function* chunks(): AsyncGenerator<Buffer> {
    const stream = createReadStream(path, { start, highWaterMark: 1024 * 1024 });
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytesRead += chunk.length;
        yield chunk;
      }
    } catch (err) {
      const code = (err as { code?: string }).code ?? (err as Error).message;
      throw Object.assign(new Errors.INPUT_INVALID(`cannot read ${path}: ${code}`), { cause: err });
    } finally {
      stream.destroy();
    }
  }
  const writer = new BatchWriter(store, summary, options);
  try {
    await store.transaction(async () => {
      const skeleton = await runPipeline(chunks(), {
        onSpan: async (prepared) => {
          await writer.add(prepared);
          report('import');
        },
      });
      if (skeleton.shape === 'object' && skeleton.top.type !== 'bundle') {
        const type = skeleton.top.type;
        throw new JsonInputError('shape', type === undefined ? 'an object without "type": "bundle"' : `"type" is ${JSON.stringify(type)}, not "bundle"`);
      }
      await writer.finish();
      report('commit');
    });
  } catch (err) {
    if (!(err instanceof JsonInputError)) throw err;
    if (err.kind === 'syntax') throw await locateSyntaxError(path, start, err);
    if (err.kind === 'shape') throw new Errors.INGEST_UNSUPPORTED(`${path}: not a STIX bundle: ${err.message}`);
    throw new Errors.INPUT_INVALID(`${path}: ${err.message}`);
  }
  return summary;
}
