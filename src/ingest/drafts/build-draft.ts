/**
 * The CPU-heavy half of making a draft, run in a worker thread (draft-worker.ts): read the
 * document (text, HTML, PDF or a feed read as one document), check its text against the limits,
 * run extraction with the ingesting user's knowledge, and turn the proposals into review items.
 * Pure: bytes and knowledge in, a built draft out; nothing is stored here.
 */
import { Errors } from '../../errors.ts';
import { extract } from '../../extract/extract.ts';
import type { Extraction } from '../../extract/types.ts';
import type { DraftItem } from '../../model/draft.ts';
import type { AliasResolver } from '../../knowledge/index.ts';
import { resolverFromObjects, type KnowledgeSource } from '../knowledge-resolver.ts';
import { DOCUMENT_LIMITS } from '../limits.ts';
import { readBytes, type ReadResult } from '../sources/read-source.ts';
import { readText } from '../sources/text.ts';
import type { SourceDocument } from '../sources/types.ts';
import { itemsFromExtraction } from './draft-items.ts';
import { publicationDay } from '../../extract/dates.ts';
import type { PlannedChunk } from '../../extract/llm/ask.ts';
import { planChunks } from '../../extract/llm/plan.ts';

/** The document as the draft service hands it over (bytes already fetched or uploaded). */
export type DocumentInput =
  | { kind: 'text'; text: string; title?: string }
  | { kind: 'bytes'; bytes: Uint8Array; filename?: string; contentType?: string; url?: string };

export interface BuildDraftInput {
  document: DocumentInput;
  knowledge: KnowledgeSource;
  /** Characters of text extraction reads at most (DOCUMENT_LIMITS.textChars by default). */
  textChars?: number;
  /** The analyst's publication date (wins over the document's metadata). */
  published?: string;
  /** A date to use when the document gives none (a feed item's date for the page it links). */
  publishedFallback?: string;
  /** Cut the text into chunks for the LLM too (a "rules + LLM" draft), with these bounds. */
  llm?: { chunkTokens?: number; maxChars?: number };
}

export interface BuiltDraft {
  doc: SourceDocument;
  extraction: Extraction;
  items: DraftItem[];
  /** The publication date the claims were dated against, if any. */
  published?: string;
  /** The text's chunks for the LLM, when asked for (`llm`). */
  chunks?: PlannedChunk[];
}

const resolvers = new Map<string, AliasResolver>();

/** The resolver for a knowledge source, kept per key (a few scopes) for the next document. */
export function resolverOf(source: KnowledgeSource): AliasResolver {
  let r = resolvers.get(source.key);
  if (!r) {
    r = resolverFromObjects(source.objects);
    resolvers.set(source.key, r);
    while (resolvers.size > 8) resolvers.delete(resolvers.keys().next().value!);
  }
  return r;
}

/** A feed handed to the draft route is read as one document: its entries one after another. */
function feedAsDocument(read: Extract<ReadResult, { kind: 'feed' }>): SourceDocument {
  const text = read.entries.map((e) => [e.title, e.text].filter(Boolean).join('\n')).join('\n\n');
  return readText(text, { title: read.title });
}

async function readDocument(input: DocumentInput): Promise<{ doc: SourceDocument; what: string }> {
  if (input.kind === 'text') return { doc: readText(input.text, input.title ? { title: input.title } : {}), what: 'text' };
  const read = await readBytes(input.bytes, { filename: input.filename, contentType: input.contentType, url: input.url });
  if (read.kind === 'feed') return { doc: feedAsDocument(read), what: 'text read from the feed' };
  const kind = read.document.mediaType === 'application/pdf' ? 'PDF' : read.document.mediaType === 'text/html' ? 'HTML' : 'plain-text';
  return { doc: read.document, what: `text read from the ${kind} document` };
}

export async function buildDraft(input: BuildDraftInput): Promise<BuiltDraft> {
  const limit = input.textChars ?? DOCUMENT_LIMITS.textChars;
  const { doc, what } = await readDocument(input.document);
  if (!doc.text.trim()) throw new Errors.INGEST_UNSUPPORTED('the document has no text');
  if (doc.text.length > limit) {
    throw new Errors.INPUT_TOO_LARGE(`${what}: ${doc.text.length} characters (limit ${limit} characters per document)`, { field: input.document.kind === 'text' ? 'text' : 'file' });
  }
  // The analyst's date wins; else the document's metadata; else the feed item's
  const published = input.published ?? (doc.published && publicationDay(doc.published) ? doc.published : undefined) ?? input.publishedFallback;
  const { mentioned_people: _unused, ...extraction } = extract(doc.text, { resolver: resolverOf(input.knowledge), published });
  const chunks = input.llm ? planChunks(doc.text, extraction, input.llm) : undefined;
  return { doc, extraction, items: itemsFromExtraction(extraction), published, ...(chunks ? { chunks } : {}) };
}
