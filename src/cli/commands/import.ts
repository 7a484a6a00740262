/**
 * `opstrack import FILE...`: imports STIX 2.1 bundles (or any format a registered importer
 * detects, see src/import/registry.ts) into the store named by the environment.
 */
import type { Command } from 'commander';
import { Errors } from '../../errors.ts';
import type { ImportSummary } from '../../import/bundle-importer.ts';
import { auditCliWrite } from '../../auth/installation-audit.ts';
import { withCliStore } from '../open.ts';
import { createImportProgress, PROGRESS_MODES, type ProgressMode } from '../progress.ts';

/** Rejections and conflicts listed per file before "and K more". */
const LIST_CAP = 50;

interface ImportCommandOptions {
  format?: string;
  batchSize?: number;
  progress: ProgressMode;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Errors.INPUT_INVALID(`--batch-size must be a positive integer, got "${value}"`);
  return n;
}

function progressMode(value: string): ProgressMode {
  if (!(PROGRESS_MODES as readonly string[]).includes(value)) throw new Errors.INPUT_INVALID(`--progress must be one of ${PROGRESS_MODES.join(', ')}`);
  return value as ProgressMode;
}

export function formatSummary(s: ImportSummary): string {
  const lines = [
    `${s.file}: imported ${s.read} (new ${s.new}, unchanged ${s.unchanged}, rejected ${s.rejected}${s.conflicts ? `, conflicts ${s.conflicts}` : ''})`,
  ];
  for (const r of s.rejections.slice(0, LIST_CAP)) lines.push(`  rejected ${r.reasons.join('; ')}${r.id ? ` (${r.id})` : ''}`);
  if (s.rejected > LIST_CAP) lines.push(`  ... and ${s.rejected - LIST_CAP} more rejected`);
  for (const c of s.conflictList.slice(0, LIST_CAP)) lines.push(`  conflict ${c.id} version ${c.version}: ${c.reason}`);
  if (s.conflicts > LIST_CAP) lines.push(`  ... and ${s.conflicts - LIST_CAP} more conflicts`);
  for (const note of s.notes?.slice(0, LIST_CAP) ?? []) lines.push(`  ${note}`);
  if ((s.notes?.length ?? 0) > LIST_CAP) lines.push(`  ... and ${s.notes!.length - LIST_CAP} more notes`);
  return lines.join('\n') + '\n';
}

export function register(program: Command): void {
  program
    .command('import')
    .description('import STIX 2.1 bundle files (or a JSON array of objects) into the store')
    .argument('<files...>', 'files to import')
    .option('--format <name>', 'skip detection and use this importer (e.g. stix-bundle)')
    .option('--batch-size <n>', 'valid objects per write (default 1000); the import commits once, all or nothing', positiveInt)
    .option('--progress <mode>', `progress display: ${PROGRESS_MODES.join(', ')} (bar on a terminal only)`, progressMode, 'auto')
    .action(async (files: string[], opts: ImportCommandOptions) => {
      // Loaded on use so that other commands start without the import machinery.
      const { detectImporter } = await import('../../import/registry.ts');
      await withCliStore(async (store) => {
        for (const file of files) {
          const progress = createImportProgress(file, opts.progress);
          try {
            const importer = await detectImporter(file, opts.format);
            const summary = await importer.run(store, file, {
              batchSize: opts.batchSize,
              onProgress: (p) => progress.update(p),
              onBatch: (b) => progress.batch(b),
            });
            progress.stop();
            process.stdout.write(formatSummary(summary));
            await auditCliWrite(store.db, { command: 'import', file, what: `format ${importer.name}`, counts: summary });
          } catch (err) {
            progress.stop();
            const e = err as { code?: string; message?: string };
            process.stderr.write(`opstrack: ${file}: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(err)}\n`);
            process.exitCode = 1;
          }
        }
      });
    });
}
