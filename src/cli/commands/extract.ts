/**
 * `opstrack extract FILE|URL|-`: reads one document (a file, a URL, or stdin with `-`) through the
 * same readers as ingestion (PDF, HTML, plain text; a feed is refused: its entries are documents for
 * `opstrack ingest` or `opstrack feeds`) and prints what OpsTrack proposes from it, storing nothing:
 * `--json` (default) prints the extraction contract of ../shared/eval/README.md, `--stix` a STIX 2.1
 * bundle (report + linked objects + observables + claims). Names are linked with the store's
 * knowledge (DATABASE_URL, or the SQLite file OPSTRACK_DB when it exists) as `--user` sees it, or
 * as every user sees it; with no store configured, with the built-in knowledge. `--llm` adds claims
 * from an OpenAI-compatible endpoint (OPSTRACK_LLM_URL, OPSTRACK_LLM_MODEL; src/extract/llm.ts):
 * every claim it returns must quote the text verbatim or it is dropped, its names are linked with
 * the same knowledge, and when the endpoint fails the rules' claims are printed with a warning on
 * stderr. Answers are not cached across runs here (one process, one document).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { Errors } from '../../errors.ts';
import type { AliasResolver } from '../../knowledge/resolver.ts';
import type { Viewer } from '../../model/viewer.ts';
import type { StoreConfig } from '../../storage/open-store.ts';

interface ExtractCommandOptions {
  json?: boolean;
  stix?: boolean;
  lang?: string;
  llm?: boolean;
  maxBytes?: string;
  allowPrivate?: boolean;
  user?: string;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new Errors.INPUT_TOO_LARGE(`stdin is over ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readFileInput(path: string, maxBytes: number): Promise<Buffer> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new Errors.INPUT_INVALID(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  if (buf.length > maxBytes) throw new Errors.INPUT_TOO_LARGE(`${path} is ${buf.length} bytes, over ${maxBytes}`);
  return buf;
}

/** The document's text, read as ingestion reads it (a file, stdin or a URL through the guarded fetcher). */
async function readDocument(input: string, maxBytes: number, allowPrivate: boolean): Promise<string> {
  const { isUrl, readBytes, readUrl } = await import('../../ingest/sources/read-source.ts');
  const read = isUrl(input)
    ? await readUrl(input, { maxBytes, allowPrivate })
    : input === '-'
      ? await readBytes(await readStdin(maxBytes))
      : await readBytes(await readFileInput(input, maxBytes), { filename: basename(input) });
  if (read.kind === 'feed') {
    throw new Errors.INGEST_UNSUPPORTED(`${input === '-' ? 'stdin' : input} is an RSS/Atom feed, not one document: store its entries as drafts with 'opstrack ingest ${input === '-' ? 'FILE' : input}' or follow it with 'opstrack feeds add'`);
  }
  return read.document.text;
}

/** The configured store, if any: DATABASE_URL, or OPSTRACK_DB when the file exists (extract never creates one). */
function configuredStore(): StoreConfig | undefined {
  const { databaseUrl, sqliteFile } = readConfig();
  if (databaseUrl) return { databaseUrl };
  if (sqliteFile && existsSync(sqliteFile)) return { sqliteFile };
  return undefined;
}

/** The stored knowledge's resolver as `user` (or every user) sees it; undefined without a store. */
async function storedResolver(user: string | undefined): Promise<AliasResolver | undefined> {
  const config = configuredStore();
  if (!config) {
    if (user) throw new Errors.INPUT_INVALID('--user needs a store: set OPSTRACK_DB (an existing SQLite file) or DATABASE_URL');
    return undefined;
  }
  const { openOpsTrackStore } = await import('../../composition.ts');
  const { PUBLIC_VIEWER, resolverFromStore } = await import('../../ingest/knowledge-resolver.ts');
  const store = await openOpsTrackStore(config);
  try {
    let viewer: Viewer = PUBLIC_VIEWER;
    if (user) {
      const { AuthRepository } = await import('../../auth/auth-repository.ts');
      const found = await new AuthRepository(store.db).findUser(user);
      if (!found) throw new Errors.INPUT_INVALID(`--user: no user '${user}'`);
      if (found.disabled) throw new Errors.AUTH_FORBIDDEN(`user '${found.name}' is disabled`);
      viewer = { kind: 'user', userId: found.id, orgId: found.orgId, role: found.role };
    }
    return await resolverFromStore(store, viewer);
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('propose entities, people, observables and claims from a document (stores nothing)')
    .argument('<input>', "a text, HTML or PDF file, an http(s) URL, or '-' for stdin")
    .option('--json', 'print the extraction JSON (default)')
    .option('--stix', 'print a STIX 2.1 bundle: report, linked objects, observables, proposed indicators, claims, and the extension definitions they use')
    .option('--lang <code>', 'ISO 639-1 language of the text (detected when absent)')
    .option('--llm', 'also ask the LLM endpoint in OPSTRACK_LLM_URL / OPSTRACK_LLM_MODEL for claims')
    .option('--max-bytes <n>', 'refuse inputs larger than this', String(DEFAULT_MAX_BYTES))
    .option('--allow-private', 'for a URL: fetch private, loopback and link-local addresses too')
    .option('--user <name>', 'link names as this user sees the store (default: only what every user sees)')
    .addHelpText(
      'after',
      '\nKnowledge: names are linked with the knowledge stored in DATABASE_URL (PostgreSQL) or OPSTRACK_DB\n' +
        '(an existing SQLite file) when one is configured, so imported ATT&CK and MISP groups are found;\n' +
        'otherwise with the built-in knowledge. A feed (RSS/Atom) is refused: use opstrack ingest or opstrack feeds.',
    )
    .action(async (input: string, opts: ExtractCommandOptions) => {
      if (opts.json && opts.stix) throw new Errors.INPUT_INVALID('--json and --stix are exclusive');
      if (opts.lang !== undefined && !/^[a-z]{2}$/.test(opts.lang)) throw new Errors.INPUT_INVALID(`--lang must be an ISO 639-1 code, got "${opts.lang}"`);
      const maxBytes = Number(opts.maxBytes);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new Errors.INPUT_INVALID(`--max-bytes must be a positive integer, got "${opts.maxBytes}"`);
      const text = await readDocument(input, maxBytes, opts.allowPrivate ?? false);
      const resolver = await storedResolver(opts.user);
      const { extract } = await import('../../extract/extract.ts');
      const result = extract(text, { ...(opts.lang ? { lang: opts.lang } : {}), ...(resolver ? { resolver } : {}) });
      const { hasClaimLexicon, CLAIM_LANGUAGES } = await import('../../extract/language.ts');
      if (!hasClaimLexicon(result.language)) {
        process.stderr.write(`opstrack: no claim cues for language "${result.language}" (have: ${CLAIM_LANGUAGES.join(', ')}); entities and observables only${opts.llm ? '' : ' (try --llm)'}\n`);
      }
      if (opts.llm) {
        const [{ extractWithLlm, llmConfigOf }, { defaultResolver }] = await Promise.all([import('../../extract/llm.ts'), import('../../knowledge/index.ts')]);
        const withLlm = await extractWithLlm(text, result, llmConfigOf(readConfig()), { resolver: resolver ?? defaultResolver() });
        result.claims = withLlm.claims;
        for (const w of withLlm.warnings) process.stderr.write(`opstrack: ${w}\n`);
      }
      if (opts.stix) {
        const [{ extractionToStix }, { proposeIndicators }, { cleanObjects }] = await Promise.all([
          import('../../extract/stix.ts'),
          import('../../import/indicators.ts'),
          import('../../import/outgoing.ts'),
        ]);
        const bundle = extractionToStix(text, result, resolver ? { getEntity: (id) => resolver.get(id) } : {});
        // Proposed indicators (observables as STIX patterns, indicating the groups the article names),
        // then every object clean for exchange: OpsTrack properties and the claim type with their definitions.
        bundle.objects = cleanObjects([...bundle.objects, ...proposeIndicators(bundle)]);
        process.stdout.write(`${JSON.stringify(bundle, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
}
