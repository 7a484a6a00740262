import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { Errors } from '../../errors.ts';
import { contentHash } from './text.ts';
import type { SourceDocument } from './types.ts';

/** PDF: the text of every page (unpdf wraps pdf.js), pages separated by a blank line. */
export async function readPdf(bytes: Uint8Array, meta0: Partial<SourceDocument> = {}): Promise<SourceDocument> {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (err) {
    throw new Errors.INGEST_UNSUPPORTED(`not a readable PDF (${(err as Error).message})`);
  }
  const { text: pages } = await extractText(pdf, { mergePages: false });
  const text = (pages as string[]).map((p) => p.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).join('\n\n');
  let title: string | null = null;
  let author: string | undefined;
  try {
    const { info } = await getMeta(pdf);
    const i = info as Record<string, unknown>;
    title = typeof i.Title === 'string' && i.Title.trim() ? i.Title.trim() : null;
    author = typeof i.Author === 'string' && i.Author.trim() ? i.Author.trim() : undefined;
  } catch {
    // metadata is optional
  }
  return {
    text,
    title: title ?? text.split('\n').find((l) => l.trim())?.trim().slice(0, 300) ?? null,
    author,
    mediaType: 'application/pdf',
    ...meta0,
    contentHash: contentHash(text),
  };
}
