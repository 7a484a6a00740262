/**
 * Import progress for the terminal. A bar (bytes read, objects) only when stderr is a TTY, so
 * pipes and logs stay clean; `lines` prints one line per batch written for logs and tests (an
 * import commits once, at the end: see src/import/bundle-importer.ts).
 */
import cliProgress from 'cli-progress';
import type { BatchCommitted, ImportProgress } from '../import/bundle-importer.ts';

export type ProgressMode = 'auto' | 'bar' | 'lines' | 'none';
export const PROGRESS_MODES: readonly ProgressMode[] = ['auto', 'bar', 'lines', 'none'];

export interface ImportProgressView {
  update(p: ImportProgress): void;
  batch(b: BatchCommitted): void;
  stop(): void;
}

const MIB = 1024 * 1024;
const mib = (n: number) => (n / MIB).toFixed(1);

export function createImportProgress(label: string, mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr): ImportProgressView {
  const resolved = mode === 'auto' ? (stream.isTTY ? 'bar' : 'none') : mode;
  if (resolved === 'lines') {
    return {
      update: () => {},
      batch: (b) => stream.write(`${label}: batch ${b.batch} written (${b.committed} objects)\n`),
      stop: () => {},
    };
  }
  if (resolved === 'none') return { update: () => {}, batch: () => {}, stop: () => {} };

  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{file} {phase} [{bar}] {percentage}% | {read}/{size} MiB | {objects} objects`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const payload = { file: label, phase: p.phase === 'commit' ? 'committing' : 'importing', read: mib(p.bytesRead), size: mib(p.totalBytes), objects: p.totalObjects ? `${p.objects}/${p.totalObjects}` : p.objects };
      if (!started) {
        bar.start(p.totalBytes || 1, p.bytesRead, payload);
        started = true;
      } else bar.update(p.bytesRead, payload);
    },
    batch: () => {},
    stop: () => {
      if (started) bar.stop();
    },
  };
}
