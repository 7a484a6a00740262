/**
 * `opstrack ingest PATH|URL... [--tlp T] [--allow-private] [--org ORG] [--user USER] [--json]`:
 * stores each document as a draft report for review. Folders are walked for .txt .html .htm .pdf
 * .xml .rss .atom; a feed is ingested entry by entry (each entry's page, else its text). Drafts
 * belong to an organisation, so the command acts as a user: `--user`, else the only admin (or the
 * only editor) of `--org` or of the store. A failed document never stops the batch; the exit code
 * is non-zero only when every document failed.
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { Errors } from '../../errors.ts';
import type { IngestSummary } from '../../ingest/ingest-batch.ts';
import { TLP_ORDER, type TlpLevel } from '../../model/tlp.ts';
import { withCliStore } from '../open.ts';

interface IngestCommandOptions {
  tlp: TlpLevel;
  allowPrivate?: boolean;
  org?: string;
  user?: string;
  json?: boolean;
  llm?: boolean;
}

export function tlpOption(value: string): TlpLevel {
  const level = value.toLowerCase() as TlpLevel;
  if (!TLP_ORDER.includes(level)) throw new Errors.INPUT_INVALID(`--tlp must be one of ${TLP_ORDER.join(', ')}, got "${value}"`);
  return level;
}

export interface CountProgress {
  update(done: number, total: number): void;
  stop(): void;
}

/** Documents done / total as a bar, on a terminal only, so pipes and logs stay clean. */
export function createCountProgress(label: string, stream: NodeJS.WriteStream = process.stderr): CountProgress {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {value}/{total} documents`, hideCursor: true, clearOnComplete: true, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(Math.max(total, 1), done);
        started = true;
      } else {
        bar.setTotal(Math.max(total, 1));
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** One line per document (state, draft id, source, title or reason), then the summary line. */
export function formatIngestReport(s: IngestSummary, summaryLine: string): string {
  const lines = s.results.map((r) => r.outcome === 'failed'
    ? `failed\t-\t${r.source}\t${r.code ? `${r.code}: ` : ''}${r.reason ?? ''}`
    : `${r.outcome}\t${r.draftId}\t${r.source}\t${r.title ?? ''}`);
  lines.push(summaryLine);
  return `${lines.join('\n')}\n`;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('store documents (files, folders, URLs, RSS/Atom feeds) as draft reports for review')
    .argument('<inputs...>', 'files, folders (walked for .txt .html .htm .pdf .xml .rss .atom) or http(s) URLs')
    .option('--tlp <level>', `TLP of the drafts: ${TLP_ORDER.join(', ')}`, tlpOption, 'green')
    .option('--allow-private', 'fetch private, loopback and link-local addresses too')
    .option('--org <org>', 'organisation (name or id) the drafts belong to')
    .option('--user <user>', 'act as this editor or admin (default: the only admin, or the only editor)')
    .option('--json', 'print the results as JSON')
    .option('--llm', 'extract claims with the rules and the LLM endpoint in OPSTRACK_LLM_URL / OPSTRACK_LLM_MODEL (drafts say when it failed)')
    .action(async (inputs: string[], opts: IngestCommandOptions) => {
      // Loaded on use so that other commands start without the extraction machinery.
      const { BatchIngester, formatSummaryLine } = await import('../../ingest/ingest-batch.ts');
      const { DraftService } = await import('../../ingest/drafts/draft-service.ts');
      const { resolveActingUser } = await import('../../ingest/acting-user.ts');
      const { readConfig } = await import('../../config.ts');
      const { llmConfigOf } = await import('../../extract/llm/config.ts');
      // asked for and not configured: refused before anything is read
      const llm = opts.llm ? llmConfigOf(readConfig()) : undefined;
      await withCliStore(async (store) => {
        const { viewer } = await resolveActingUser(store.db, { user: opts.user, org: opts.org });
        const progress = createCountProgress('ingest');
        let summary: IngestSummary;
        try {
          const batch = new BatchIngester(new DraftService(store, store.db, llm ? { llm } : {}), viewer, {
            tlp: opts.tlp, allowPrivate: opts.allowPrivate, onProgress: (done, total) => progress.update(done, total),
            ...(llm ? { extraction: 'rules+llm' as const } : {}),
          });
          summary = await batch.ingest(inputs);
        } finally {
          progress.stop();
        }
        if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else process.stdout.write(formatIngestReport(summary, formatSummaryLine(summary)));
        if (summary.failed === summary.total) process.exitCode = 1;
      });
    });
}
