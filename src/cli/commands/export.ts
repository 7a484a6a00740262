/**
 * `opstrack export`: writes the latest version of every stored object (optionally narrowed by
 * type and date) as one STIX 2.1 bundle, streamed to stdout or a file. `--all-versions` writes every
 * stored version instead, so `opstrack import` of the file elsewhere restores the same history.
 * `--plain` writes the plain-STIX mapping of the claims instead (docs/interchange.md).
 * `--report ID` writes one report with what it references (`--misp`: as a MISP event; `--brief`:
 * as a printable HTML brief), `--entity ID` one entity with its neighbourhood (src/export/).
 * `--search Q` writes what a search finds (`--type` narrows it), `--matrix` the claims behind the
 * accuser-by-accused matrix (`--party`, `--addressee` for one cell; `--from`, `--to`, `--sector`,
 * `--rollup`), each as a bundle, `--csv` claims CSV or `--brief` (src/export/selection-export.ts).
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
  report?: string;
  entity?: string;
  misp?: boolean;
  brief?: boolean;
  csv?: boolean;
  search?: string;
  limit?: number;
  matrix?: boolean;
  party?: string;
  addressee?: string;
  from?: string;
  to?: string;
  sector?: string;
  rollup?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(flag: string) {
  return (value: string): string => {
    if (!DAY.test(value)) throw new Errors.INPUT_INVALID(`${flag} must be a day (YYYY-MM-DD), got "${value}"`);
    return value;
  };
}

function searchLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Errors.INPUT_INVALID(`--limit must be an integer from 1 to 1000, got "${value}"`);
  return n;
}

const STIX_ID = /^[a-z][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function stixId(flag: string) {
  return (value: string): string => {
    if (!STIX_ID.test(value)) throw new Errors.INPUT_INVALID(`${flag} must be a STIX id (type--uuid), got "${value}"`);
    return value;
  };
}

/** Writes text to stdout, or to a file through a temporary file and a rename. */
async function writeText(text: string, out: string | undefined, what: string): Promise<void> {
  if (!out) return void process.stdout.write(text);
  const tmp = `${out}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, out);
  process.stderr.write(`exported ${what} to ${out}\n`);
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
    .option('--report <id>', 'one report with what it references (entities, observables, claims and their plain mapping, markings)', stixId('--report'))
    .option('--entity <id>', 'one entity with its neighbourhood (relationships and their ends, claims naming it)', stixId('--entity'))
    .option('--misp', 'with --report: the report as a MISP event (core format JSON)')
    .option('--brief', 'with --report, --entity, --search or --matrix: a printable HTML brief (claims, passages, sources)')
    .option('--search <query>', 'what a search finds (names in any language, indicators, text, passages; --type narrows it, --limit caps it, default 50)')
    .option('--limit <n>', 'with --search: at most this many results', searchLimit)
    .option('--matrix', "the claims behind the accuser-by-accused matrix's attributing and accusing statements (--party and --addressee for one cell)")
    .option('--party <id>', 'with --matrix: statements made by this party (state, body or claimant)', stixId('--party'))
    .option('--addressee <id>', 'with --matrix: statements addressed at this party', stixId('--addressee'))
    .option('--from <day>', 'with --matrix: statements last reported on or after this day', day('--from'))
    .option('--to <day>', 'with --matrix: statements first reported on or before this day', day('--to'))
    .option('--sector <sector>', 'with --matrix: statements with a claim naming this targeted sector')
    .option('--rollup', 'with --matrix: agencies count as their state')
    .option('--csv', 'with --search or --matrix: the claims as CSV (columns in docs/claims.md)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: ExportCommandOptions) => {
      const { exportBundle } = await import('../../import/bundle-exporter.ts');
      if (opts.search !== undefined || opts.matrix) return exportSelection(opts);
      if (opts.csv || opts.limit || opts.party || opts.addressee || opts.from || opts.to || opts.sector || opts.rollup) {
        throw new Errors.INPUT_INVALID('--csv, --limit, --party, --addressee, --from, --to, --sector and --rollup go with --search or --matrix');
      }
      if (opts.report || opts.entity) return exportOne(opts);
      if (opts.misp || opts.brief) throw new Errors.INPUT_INVALID('--misp and --brief need --report (or --entity for --brief)');
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

/** `--report ID` / `--entity ID`: one object's export, as the system viewer. */
async function exportOne(opts: ExportCommandOptions): Promise<void> {
  if (opts.report && opts.entity) throw new Errors.INPUT_INVALID('give --report or --entity, not both');
  if (opts.type?.length || opts.since || opts.allVersions || opts.plain) throw new Errors.INPUT_INVALID('--report and --entity take no --type, --since, --all-versions or --plain');
  if (opts.misp && !opts.report) throw new Errors.INPUT_INVALID('--misp needs --report');
  if (opts.misp && opts.brief) throw new Errors.INPUT_INVALID('give --misp or --brief, not both');
  const { ClaimService } = await import('../../claims/claim-service.ts');
  const { SYSTEM } = await import('../../model/viewer.ts');
  const exports = await import('../../export/report-export.ts');
  const { briefHtml } = await import('../../export/brief-html.ts');
  await withCliStore(async (store) => {
    const claims = new ClaimService(store, store.db);
    const id = (opts.report ?? opts.entity)!;
    if (opts.brief) {
      const { objects, claims: named, ...rest } = opts.report ? await exports.reportObjects(store, claims, SYSTEM, id) : await exports.entityObjects(store, claims, SYSTEM, id);
      const subject = 'report' in rest ? rest.report : rest.entity;
      return writeText(briefHtml({ subject, claims: named, objects, now: new Date().toISOString() }), opts.out, `a brief of ${id}`);
    }
    const value = opts.misp ? await exports.reportMispEvent(store, claims, SYSTEM, id) : opts.report ? await exports.reportBundle(store, claims, SYSTEM, id) : await exports.entityBundle(store, claims, SYSTEM, id);
    return writeText(`${JSON.stringify(value, null, opts.misp ? 2 : undefined)}\n`, opts.out, opts.misp ? `${id} as a MISP event` : `${id} as a STIX bundle`);
  });
}

/** `--search Q` / `--matrix`: a selection's export, as the system viewer. */
async function exportSelection(opts: ExportCommandOptions): Promise<void> {
  if (opts.search !== undefined && opts.matrix) throw new Errors.INPUT_INVALID('give --search or --matrix, not both');
  if (opts.report || opts.entity || opts.misp || opts.plain || opts.since || opts.allVersions) {
    throw new Errors.INPUT_INVALID('--search and --matrix take no --report, --entity, --misp, --plain, --since or --all-versions');
  }
  if (opts.csv && opts.brief) throw new Errors.INPUT_INVALID('give --csv or --brief, not both');
  const matrixOnly = opts.party || opts.addressee || opts.from || opts.to || opts.sector || opts.rollup;
  if (opts.search !== undefined && matrixOnly) throw new Errors.INPUT_INVALID('--party, --addressee, --from, --to, --sector and --rollup go with --matrix');
  if (opts.matrix && (opts.type?.length || opts.limit)) throw new Errors.INPUT_INVALID('--type and --limit go with --search');
  if (opts.search !== undefined && !opts.search.trim()) throw new Errors.INPUT_INVALID('--search needs a query');
  const { ClaimService } = await import('../../claims/claim-service.ts');
  const { SearchService } = await import('../../search/search-service.ts');
  const { SYSTEM } = await import('../../model/viewer.ts');
  const { ACCUSING_STANCES } = await import('../../model/claim.ts');
  const { searchSelection, selectionBrief, selectionBundle, statementSelection } = await import('../../export/selection-export.ts');
  const { claimsCsv } = await import('../../export/claims-csv.ts');
  await withCliStore(async (store) => {
    const claims = new ClaimService(store, store.db);
    const selection = opts.search !== undefined
      ? await searchSelection(store, new SearchService(store, store.db), SYSTEM, { q: opts.search, types: opts.type, limit: opts.limit })
      : await statementSelection(store, claims, SYSTEM, {
        stances: [...ACCUSING_STANCES], party: opts.party, addressee: opts.addressee, from: opts.from, to: opts.to, sector: opts.sector, rollup: opts.rollup,
      });
    const what = String(selection.heading.name);
    if (opts.csv) return writeText(await claimsCsv(store, SYSTEM, selection.claims), opts.out, `the claims of ${what} as CSV`);
    if (opts.brief) return writeText(selectionBrief(selection), opts.out, `a brief of ${what}`);
    return writeText(`${JSON.stringify(selectionBundle(selection))}\n`, opts.out, `${what} as a STIX bundle`);
  });
}
