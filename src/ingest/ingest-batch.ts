/**
 * Batch ingestion behind `opstrack ingest` and `opstrack feeds run`: files, folders (walked for
 * documents), URLs and feed entries become draft reports, one document at a time. A document that
 * fails is recorded with its reason and never stops the batch. The same document again (same
 * canonical URL or same text, in the organisation) is reported as a duplicate of the earlier draft,
 * not created twice. Each document is read here first, so feeds are recognised (and expanded into
 * their entries), empty and binary files fail before any draft exists, and duplicates are told apart
 * from failures.
 * @example
 * const batch = new BatchIngester(new DraftService(store, db), viewer, { tlp: 'amber' });
 * const summary = await batch.ingest(['reports/', 'https://news.example/a']);
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Errors } from '../errors.ts';
import { publicationDay } from '../extract/dates.ts';
import type { ExtractionMode } from '../model/draft.ts';
import type { TlpLevel } from '../model/tlp.ts';
import type { UserViewer } from '../model/viewer.ts';
import type { DraftService } from './drafts/draft-service.ts';
import { fetchUrl, type FetchOptions } from './sources/fetch-url.ts';
import { canonicalUrl, isUrl, MAX_DOCUMENT_BYTES, readBytes } from './sources/read-source.ts';
import { contentHash, readText } from './sources/text.ts';
import type { FeedEntry, SourceDocument } from './sources/types.ts';

/** What a folder walk picks up; a file named on the command line is read whatever its name. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.pdf', '.xml', '.rss', '.atom'];

export type IngestOutcome = 'ready' | 'duplicate' | 'failed';

export interface IngestResult {
  /** A path, a URL, or a feed entry as `FEED#entry` (its link or title). */
  source: string;
  outcome: IngestOutcome;
  /** The new draft (ready) or the earlier draft it repeats (duplicate). */
  draftId?: string;
  title?: string | null;
  /** Why it failed. */
  reason?: string;
  /** The error code of a failure, when it had one. */
  code?: string;
}

export interface IngestSummary {
  total: number;
  ready: number;
  duplicates: number;
  failed: number;
  results: IngestResult[];
}

export interface IngestOptions {
  tlp?: TlpLevel;
  /** Fetch private, loopback and link-local addresses too (`--allow-private`). */
  allowPrivate?: boolean;
  /** Fetcher limits (timeout, size, redirects); defaults are fetchUrl's. */
  fetch?: Omit<FetchOptions, 'allowPrivate'>;
  /** How claims are extracted (`rules+llm` needs the DraftService to have an LLM endpoint). Default rules. */
  extraction?: ExtractionMode;
  /** After each document, and whenever the total grows (a feed expanded into its entries). */
  onProgress?: (done: number, total: number) => void;
}

/** Bytes as read from disk or the network, with what is known about where they came from. */
interface Loaded {
  bytes: Uint8Array;
  filename?: string;
  contentType?: string;
  /** The URL asked for, and the one answered after redirects. */
  url?: { requested: string; final: string };
}

export function summarize(results: IngestResult[]): IngestSummary {
  const count = (o: IngestOutcome) => results.filter((r) => r.outcome === o).length;
  return { total: results.length, ready: count('ready'), duplicates: count('duplicate'), failed: count('failed'), results };
}

export function formatSummaryLine(s: IngestSummary): string {
  return `ingested ${s.total}: ready ${s.ready}, duplicates ${s.duplicates}, failed ${s.failed}`;
}

function failure(source: string, err: unknown): IngestResult {
  const e = err as { code?: string; message?: string };
  return { source, outcome: 'failed', reason: e.message ?? String(err), ...(e.code ? { code: e.code } : {}) };
}

function safeCanonical(url: string): string | null {
  try {
    return canonicalUrl(url);
  } catch {
    return null;
  }
}

/** What a feed entry is remembered by in feed_seen: its canonical link, else a hash of its text. */
export function entryKey(entry: FeedEntry): string {
  if (entry.link) return safeCanonical(entry.link) ?? entry.link;
  return `sha256:${contentHash(entryText(entry))}`;
}

function entryText(entry: FeedEntry): string {
  return [entry.title, entry.text].filter((s) => s && s.trim()).join('\n');
}

/** Every document file under a folder, recursively, in path order; hidden names and linked folders are skipped. */
export async function walkDocuments(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walkDocuments(path)));
    else if (DOCUMENT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).then((s) => s.isFile(), () => false)))) found.push(path);
    }
  }
  return found.sort();
}

export class BatchIngester {
  readonly #drafts: DraftService;
  readonly #viewer: UserViewer;
  readonly #options: IngestOptions;
  #done = 0;
  #total = 0;

  constructor(drafts: DraftService, viewer: UserViewer, options: IngestOptions = {}) {
    this.#drafts = drafts;
    this.#viewer = viewer;
    this.#options = options;
  }

  /** Ingests paths (files or folders) and URLs; a feed among them is ingested entry by entry. */
  async ingest(inputs: string[]): Promise<IngestSummary> {
    const work: Array<{ source: string; kind: 'url' | 'file' } | IngestResult> = [];
    for (const input of inputs) {
      if (isUrl(input)) {
        work.push({ source: input, kind: 'url' });
        continue;
      }
      const info = await stat(input).catch(() => undefined);
      if (!info) work.push(failure(input, new Errors.INGEST_UNSUPPORTED('no such file or folder')));
      else if (info.isDirectory()) {
        const files = await walkDocuments(input);
        if (!files.length) work.push(failure(input, new Errors.INGEST_UNSUPPORTED(`no documents (${DOCUMENT_EXTENSIONS.join(' ')}) in this folder`)));
        for (const path of files) work.push({ source: path, kind: 'file' });
      } else work.push({ source: input, kind: 'file' });
    }
    this.#grow(work.length);
    const results: IngestResult[] = [];
    for (const item of work) {
      if ('outcome' in item) results.push(this.#tick(item));
      else results.push(...(await this.#source(item.source, item.kind)));
    }
    return summarize(results);
  }

  /**
   * One feed entry: its page when it has a link (a page that is itself a feed fails), else the
   * feed's own text for it.
   */
  async entry(feed: string, entry: FeedEntry): Promise<IngestResult> {
    const source = `${feed}#${entry.link ?? entry.title ?? 'entry'}`;
    try {
      // A relative link is read against the feed's own URL.
      if (entry.link) return await this.#page(source, isUrl(feed) ? new URL(entry.link, feed).toString() : entry.link, entry.published);
      const text = entryText(entry);
      if (!text) throw new Errors.INGEST_UNSUPPORTED('the entry has no link and no text');
      const doc = readText(text, entry.title ? { title: entry.title } : {});
      const dup = await this.#duplicate(source, doc);
      if (dup) return dup;
      const draft = await this.#drafts.create(this.#viewer, { kind: 'text', text, ...(entry.title ? { title: entry.title } : {}), ...(entry.published && publicationDay(entry.published) ? { publishedFallback: entry.published } : {}), ...this.#extraction() }, { tlp: this.#options.tlp });
      return { source, outcome: 'ready', draftId: draft.id, title: draft.title };
    } catch (err) {
      return failure(source, err);
    }
  }

  #extraction(): { extraction?: ExtractionMode } {
    return this.#options.extraction ? { extraction: this.#options.extraction } : {};
  }

  #grow(n: number): void {
    this.#total += n;
    this.#options.onProgress?.(this.#done, this.#total);
  }

  #tick(r: IngestResult): IngestResult {
    this.#done += 1;
    this.#options.onProgress?.(this.#done, this.#total);
    return r;
  }

  async #source(source: string, kind: 'url' | 'file'): Promise<IngestResult[]> {
    try {
      if (kind === 'url') {
        const dup = await this.#urlDuplicate(source);
        if (dup) return [this.#tick(dup)];
      }
      const loaded = kind === 'url' ? await this.#fetch(source) : await this.#readFile(source);
      const read = await readBytes(loaded.bytes, { filename: loaded.filename, contentType: loaded.contentType, url: loaded.url?.final });
      if (read.kind === 'feed') {
        if (!read.entries.length) throw new Errors.INGEST_UNSUPPORTED('the feed has no entries');
        // The feed is replaced in the count by its entries.
        this.#grow(read.entries.length - 1);
        const results: IngestResult[] = [];
        for (const entry of read.entries) results.push(this.#tick(await this.entry(source, entry)));
        return results;
      }
      return [this.#tick(await this.#store(source, loaded, read.document))];
    } catch (err) {
      return [this.#tick(failure(source, err))];
    }
  }

  async #readFile(path: string): Promise<Loaded> {
    const info = await stat(path);
    if (info.size > MAX_DOCUMENT_BYTES) throw new Errors.INPUT_TOO_LARGE(`${info.size} bytes (limit ${MAX_DOCUMENT_BYTES})`);
    return { bytes: await readFile(path), filename: basename(path) };
  }

  async #fetch(url: string): Promise<Loaded> {
    const fetched = await fetchUrl(url, { maxBytes: MAX_DOCUMENT_BYTES, ...this.#options.fetch, allowPrivate: this.#options.allowPrivate });
    return { bytes: fetched.body, contentType: fetched.contentType, url: { requested: url, final: fetched.url } };
  }

  /** An entry's page: an article, never another feed. */
  async #page(source: string, url: string, feedDate?: string): Promise<IngestResult> {
    const dup = await this.#urlDuplicate(url, source);
    if (dup) return dup;
    const loaded = await this.#fetch(url);
    const read = await readBytes(loaded.bytes, { contentType: loaded.contentType, url: loaded.url!.final });
    if (read.kind === 'feed') throw new Errors.INGEST_UNSUPPORTED(`${url} is a feed, not an article`);
    return this.#store(source, loaded, read.document, feedDate);
  }

  async #urlDuplicate(url: string, source = url): Promise<IngestResult | undefined> {
    const canonical = safeCanonical(url);
    if (!canonical) throw new Errors.INGEST_FETCH(`${url}: not a valid URL`);
    const id = await this.#drafts.repo.findDuplicate(this.#viewer.orgId, { canonicalUrl: canonical });
    return id ? this.#duplicateOf(source, id) : undefined;
  }

  async #duplicate(source: string, doc: SourceDocument, url?: string): Promise<IngestResult | undefined> {
    const id = await this.#drafts.repo.findDuplicate(this.#viewer.orgId, { contentHash: doc.contentHash, canonicalUrl: url ? safeCanonical(url) : null });
    return id ? this.#duplicateOf(source, id) : undefined;
  }

  async #duplicateOf(source: string, id: string): Promise<IngestResult> {
    const earlier = await this.#drafts.repo.get(id);
    return { source, outcome: 'duplicate', draftId: id, title: earlier?.row.title ?? null };
  }

  async #store(source: string, loaded: Loaded, doc: SourceDocument, feedDate?: string): Promise<IngestResult> {
    if (!doc.text.trim()) throw new Errors.INGEST_UNSUPPORTED('the document has no text');
    const dup = await this.#duplicate(source, doc, loaded.url?.final);
    if (dup) return dup;
    // The bytes were fetched here (one fetch per document): the draft records the final address, whose
    // canonical form deduplicates the next run without fetching.
    const draft = await this.#drafts.create(
      this.#viewer,
      {
        kind: 'bytes', bytes: loaded.bytes,
        ...(loaded.filename ? { filename: loaded.filename } : {}),
        ...(loaded.contentType ? { contentType: loaded.contentType } : {}),
        ...(loaded.url ? { url: loaded.url.final } : {}),
        // the feed item's date dates the page when the page's metadata gives none
        ...(feedDate && publicationDay(feedDate) ? { publishedFallback: feedDate } : {}),
        ...this.#extraction(),
      },
      { tlp: this.#options.tlp },
    );
    return { source, outcome: 'ready', draftId: draft.id, title: draft.title };
  }
}
