/**
 * The contract of a file importer: what `opstrack import` (through the registry, registry.ts) asks
 * of each format it can read. Kept apart from the registry so an importer depends on this contract,
 * not on the list of importers that includes it.
 * @module
 */
import type { Store } from '../storage/store.ts';
import type { ImportOptions, ImportSummary } from './bundle-importer.ts';

export interface FileImporter {
  /** Short name used by `--format` and printed in the summary. */
  name: string;
  /** Whether this importer reads a file, judged from its first 64 KiB (possibly cut mid-token). */
  detect(head: string, path: string): boolean;
  run(store: Store, path: string, options: ImportOptions): Promise<ImportSummary>;
}
