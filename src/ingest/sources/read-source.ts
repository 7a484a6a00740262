/**
 * Turns a file, a URL or raw bytes into a SourceDocument, choosing the reader from the declared
 * media type, the file name and, failing both, the first bytes.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Errors } from '../../errors.ts';
import { DOCUMENT_LIMITS } from '../limits.ts';
import type { FetchOptions } from './fetch-url.ts';
import { readText } from './text.ts';
import type { FeedEntry, SourceDocument } from './types.ts';

export type SourceKind = 'text' | 'html' | 'pdf' | 'feed';

/** The byte limit of one document, whatever its kind (src/ingest/limits.ts). */
export const MAX_DOCUMENT_BYTES = DOCUMENT_LIMITS.bytes;

/** True when the head of a document looks like an RSS or Atom feed. */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

export function sniffKind(bytes: Uint8Array, hint: { contentType?: string; filename?: string } = {}): SourceKind {
  const type = (hint.contentType ?? '').toLowerCase();
  const ext = extname(hint.filename ?? '').toLowerCase();
  if (type.includes('pdf') || ext === '.pdf') return 'pdf';
  if (type.includes('rss') || type.includes('atom') || ext === '.rss' || ext === '.atom') return 'feed';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  if (head.startsWith('%PDF-')) return 'pdf';
  if ((type.includes('xml') || ext === '.xml' || head.trimStart().startsWith('<?xml')) && looksLikeFeed(head)) return 'feed';
  if (type.includes('html') || ext === '.html' || ext === '.htm' || /^\s*(<!doctype html|<html)/i.test(head)) return 'html';
  if (looksLikeFeed(head)) return 'feed';
  if (bytes.subarray(0, 8192).includes(0)) throw new Errors.INGEST_UNSUPPORTED(`${hint.filename ?? 'input'}: binary content that is not a PDF`);
  return 'text';
}

export type ReadResult = { kind: 'document'; document: SourceDocument } | { kind: 'feed'; title: string | null; entries: FeedEntry[] };

/**
 * Reads bytes with the reader their kind needs. The PDF, HTML and feed readers (pdf.js, linkedom,
 * Readability, rss-parser) load on first use, so reading plain text (`opstrack extract FILE`, run
 * once per file) does not pay for them.
 */
export async function readBytes(bytes: Uint8Array, hint: { contentType?: string; filename?: string; url?: string } = {}): Promise<ReadResult> {
  const kind = sniffKind(bytes, hint);
  const meta = { ...(hint.url ? { url: hint.url } : {}), ...(hint.filename ? { filename: hint.filename } : {}) };
  if (kind === 'pdf') {
    const { readPdf } = await import('./pdf.ts');
    return { kind: 'document', document: await readPdf(bytes, meta) };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (kind === 'feed') {
    const { readFeed } = await import('./feed.ts');
    return { kind: 'feed', ...(await readFeed(text)) };
  }
  if (kind === 'html') {
    const { readHtml } = await import('./html.ts');
    return { kind: 'document', document: readHtml(text, meta) };
  }
  return { kind: 'document', document: readText(text, meta) };
}

export async function readPath(path: string): Promise<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Errors.INGEST_UNSUPPORTED(`${path}: no such file`);
  }
  if (info.size > MAX_DOCUMENT_BYTES) throw new Errors.INPUT_TOO_LARGE(`${path}: ${info.size} bytes (limit ${MAX_DOCUMENT_BYTES})`);
  return readBytes(await readFile(path), { filename: basename(path) });
}

export async function readUrl(url: string, options: FetchOptions = {}): Promise<ReadResult> {
  const { fetchUrl } = await import('./fetch-url.ts');
  const fetched = await fetchUrl(url, { maxBytes: MAX_DOCUMENT_BYTES, ...options });
  return readBytes(fetched.body, { contentType: fetched.contentType, url: fetched.url });
}

/** Canonical form of a URL for deduplication: no fragment, no tracking parameters, lower-case host. */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  for (const key of [...u.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/i.test(key)) u.searchParams.delete(key);
  }
  u.searchParams.sort();
  if (u.pathname !== '/' && u.pathname.endsWith('/')) u.pathname = u.pathname.slice(0, -1);
  return u.toString();
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}
