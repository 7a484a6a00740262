/**
 * Imports STIX objects into a Store: validates each one, stores the valid ones in batched
 * transactions and counts what happened. A schema-invalid object is rejected on its own (with
 * its reasons) while the rest are stored. Batches commit one by one, so a killed import leaves
 * only whole batches behind and re-running it stores the remainder (the rest are `unchanged`).
 * @module
 */
import type { StixObject } from '../model/stix/core.ts';
import { formatIssue, validateObject } from '../model/stix/validate.ts';
import type { PutConflict, PutOptions, PutResult, Store } from '../storage/store.ts';
import { openBundle, type BundleEntry, type ReadProgress } from './bundle-reader.ts';

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
  phase: 'check' | 'import';
  bytesRead: number;
  totalBytes: number;
  /** Entries processed so far in the import phase. */
  objects: number;
  totalObjects?: number;
}

export interface BatchCommitted {
  /** 1-based number of the batch just committed. */
  batch: number;
  size: number;
  /** Objects committed so far by this import. */
  committed: number;
}

export interface ImportOptions {
  /** Valid objects per transaction (default 1,000). */
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
 * Validates and stores a stream of entries. Other importers (ATT&CK, MISP galaxies) convert their
 * input to STIX entries and reuse this, so counting and batching behave the same everywhere.
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
          reject(summary, entry, [String((one as Error).message).replace(/^Invalid STIX: /, '').replace(/^objects\[0\]/, entry.path)]);
        }
      }
    }
    summary.batches++;
    options.onBatch?.({ batch: summary.batches, size: batch.length, committed: summary.new + summary.unchanged });
    batch = [];
  };
  for await (const entry of entries) {
    summary.read++;
    const issues = validateObject(entry.object, entry.path);
    const errors = issues.filter((i) => i.severity === 'error');
    summary.warnings += issues.length - errors.length;
    if (errors.length > 0) {
      reject(summary, entry, errors.map(formatIssue));
    } else {
      batch.push(entry);
      if (batch.length >= batchSize) await flush();
    }
    options.onEntry?.();
  }
  await flush();
  return summary;
}

function reject(summary: ImportSummary, entry: BundleEntry, reasons: string[]): void {
  summary.rejected++;
  if (summary.rejections.length >= KEEP) return;
  const id = (entry.object as { id?: unknown } | null)?.id;
  summary.rejections.push({ path: entry.path, id: typeof id === 'string' ? id : undefined, reasons });
}

/**
 * Imports one STIX bundle file (or bare JSON array of objects). Malformed JSON or a non-bundle
 * throws before anything is written (see bundle-reader.ts), so a failed file changes nothing.
 */
export async function importBundleFile(store: Store, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { onProgress } = options;
  const bundle = await openBundle(path, onProgress && ((p: ReadProgress) => onProgress({ phase: 'check', ...p, objects: 0 })));
  const summary = emptySummary(path, 'stix-bundle');
  let last: ReadProgress = { bytesRead: 0, totalBytes: bundle.totalBytes };
  const report = () => onProgress?.({ phase: 'import', ...last, objects: summary.read, totalObjects: bundle.count });
  const entries = bundle.entries(
    onProgress &&
      ((p) => {
        last = p;
      }),
  );
  return importEntries(store, entries, summary, { ...options, onEntry: onProgress && report });
}
