/**
 * `opstrack export`: writes the latest version of every stored object (optionally narrowed by
 * type and date) as one STIX 2.1 bundle, streamed to stdout or a file. `--all-versions` writes every
 * stored version instead, so `opstrack import` of the file elsewhere restores the same history.
 * `--plain` writes the plain-STIX mapping of the claims instead (docs/interchange.md).
 */
import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { Command } from 'commander';
import { Errors } from '../../errors.ts';
import { withCliStore } from '../open.ts';

interface ExportCommandOptions {
  type?: string[];
  since?: string;
  out?: string;
  allVersions?: boolean;
  plain?: boolean;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((t) => t.trim()).filter(Boolean)];
}

function sinceTimestamp(value: string): string {
  const ms = TIMESTAMP.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new Errors.INPUT_INVALID(`--since must be an ISO 8601 timestamp (e.g. 2024-01-31T00:00:00Z), got "${value}"`);
  return new Date(ms).toISOString();
}

export function register(program: Command): void {
  program
    .command('export')
    .description('export the latest (or, with --all-versions, every) version of stored objects as a STIX 2.1 bundle')
    .option('--type <type>', 'only this object type (repeat or comma-separate for several)', collect)
    .option('--since <timestamp>', 'only objects modified (or created) at or after this time', sinceTimestamp)
    .option('--all-versions', 'every stored version of each object, not only the latest (to move knowledge between installations)')
    .option('--plain', 'the plain-STIX mapping of the claims (relationships, opinions, notes) for tools that ignore extensions, with the objects it references')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: ExportCommandOptions) => {
      const { exportBundle } = await import('../../import/bundle-exporter.ts');
      if (opts.plain && (opts.type?.length || opts.since || opts.allVersions)) throw new Errors.INPUT_INVALID('--plain takes no --type, --since or --all-versions');
      await withCliStore(async (store) => {
        if (opts.plain) {
          const { exportPlain } = await import('../../claims/stix-mapping.ts');
          const text = `${JSON.stringify(await exportPlain(store))}\n`;
          if (!opts.out) process.stdout.write(text);
          else {
            const tmp = `${opts.out}.${process.pid}.tmp`;
            await writeFile(tmp, text);
            await rename(tmp, opts.out);
            process.stderr.write(`exported the plain mapping of the claims to ${opts.out}\n`);
          }
          return;
        }
        const options = { types: opts.type, since: opts.since, allVersions: opts.allVersions };
        if (!opts.out) {
          // A reader that stops early (`| head`) closes the pipe: stop quietly, as other tools do.
          const ignore = () => {};
          process.stdout.on('error', ignore);
          try {
            await exportBundle(store, process.stdout, options);
          } catch (err) {
            if ((err as { code?: string }).code !== 'EPIPE') throw err;
          } finally {
            process.stdout.off('error', ignore);
          }
          return;
        }
        // Write beside the target and rename at the end, so a failed export never leaves half a bundle.
        const tmp = `${opts.out}.${process.pid}.tmp`;
        const out = createWriteStream(tmp);
        try {
          const { count } = await exportBundle(store, out, options);
          out.end();
          await once(out, 'finish');
          await rename(tmp, opts.out);
          process.stderr.write(`exported ${count} objects to ${opts.out}\n`);
        } catch (err) {
          out.destroy();
          await rm(tmp, { force: true });
          throw err;
        }
      });
    });
}
