/**
 * `opstrack extract FILE|URL|-`: reads one document (a file, a URL, or stdin with `-`) and prints what
 * OpsTrack proposes from it, storing nothing: `--json` (default) prints the extraction contract of
 * ../shared/eval/README.md, `--stix` a STIX 2.1 bundle (report + linked objects + observables +
 * claims). `--llm` adds claims from an OpenAI-compatible endpoint (OPSTRACK_LLM_URL,
 * OPSTRACK_LLM_MODEL); every claim it returns must quote the text verbatim or it is dropped.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Errors } from '../../errors.ts';

interface ExtractCommandOptions {
  json?: boolean;
  stix?: boolean;
  lang?: string;
  llm?: boolean;
  maxBytes?: string;
  allowPrivate?: boolean;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

async function readInput(path: string, maxBytes: number): Promise<string> {
  let buf: Buffer;
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new Errors.INPUT_TOO_LARGE(`stdin is over ${maxBytes} bytes`);
      chunks.push(chunk as Buffer);
    }
    buf = Buffer.concat(chunks);
  } else {
    try {
      buf = await readFile(path);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      throw new Errors.INPUT_INVALID(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    if (buf.length > maxBytes) throw new Errors.INPUT_TOO_LARGE(`${path} is ${buf.length} bytes, over ${maxBytes}`);
  }
  // Strip a UTF-8 byte-order mark: offsets count from the first character of the text.
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// URL input (ingestion area): the document's main text through the guarded fetcher. The readers
// load only for a URL, so extracting files (the eval runs one process per file) stays fast.
async function readUrlInput(url: string, maxBytes: number, allowPrivate: boolean): Promise<string> {
  const { readUrl } = await import('../../ingest/sources/read-source.ts');
  const read = await readUrl(url, { maxBytes, allowPrivate });
  if (read.kind === 'feed') throw new Errors.INGEST_UNSUPPORTED(`${url} is a feed: store its entries with opstrack ingest`);
  return read.document.text;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('propose entities, people, observables and claims from a document (stores nothing)')
    .argument('<input>', "a text file, an http(s) URL, or '-' for stdin")
    .option('--json', 'print the extraction JSON (default)')
    .option('--stix', 'print a STIX 2.1 bundle: report, linked objects, observables, claims')
    .option('--lang <code>', 'ISO 639-1 language of the text (detected when absent)')
    .option('--llm', 'also ask the LLM endpoint in OPSTRACK_LLM_URL / OPSTRACK_LLM_MODEL for claims')
    .option('--max-bytes <n>', 'refuse inputs larger than this', String(DEFAULT_MAX_BYTES))
    .option('--allow-private', 'for a URL: fetch private, loopback and link-local addresses too')
    .action(async (input: string, opts: ExtractCommandOptions) => {
      if (opts.json && opts.stix) throw new Errors.INPUT_INVALID('--json and --stix are exclusive');
      if (opts.lang !== undefined && !/^[a-z]{2}$/.test(opts.lang)) throw new Errors.INPUT_INVALID(`--lang must be an ISO 639-1 code, got "${opts.lang}"`);
      const maxBytes = Number(opts.maxBytes);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new Errors.INPUT_INVALID(`--max-bytes must be a positive integer, got "${opts.maxBytes}"`);
      const text = /^https?:\/\//i.test(input) ? await readUrlInput(input, maxBytes, opts.allowPrivate ?? false) : await readInput(input, maxBytes);
      const { extract } = await import('../../extract/extract.ts');
      const result = extract(text, opts.lang ? { lang: opts.lang } : {});
      const { hasClaimLexicon, CLAIM_LANGUAGES } = await import('../../extract/language.ts');
      if (!hasClaimLexicon(result.language)) {
        process.stderr.write(`opstrack: no claim cues for language "${result.language}" (have: ${CLAIM_LANGUAGES.join(', ')}); entities and observables only${opts.llm ? '' : ' (try --llm)'}\n`);
      }
      if (opts.llm) {
        const [{ llmClaims, llmConfigOf }, { readConfig }] = await Promise.all([import('../../extract/llm.ts'), import('../../config.ts')]);
        const extra = await llmClaims(text, result, llmConfigOf(readConfig()));
        result.claims.push(...extra);
      }
      if (opts.stix) {
        const { extractionToStix } = await import('../../extract/stix.ts');
        process.stdout.write(`${JSON.stringify(extractionToStix(text, result), null, 2)}\n`);
        return;
      }
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
}
