import { createHash } from 'node:crypto';
import type { SourceDocument } from './types.ts';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Plain text: strips a byte-order mark and normalises line ends, nothing else, so offsets stay
 * meaningful to a reader of the original. The title is the first non-empty line.
 */
export function readText(raw: string, meta: Partial<SourceDocument> = {}): SourceDocument {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? null;
  return {
    text,
    title: meta.title ?? (firstLine && firstLine.length <= 300 ? firstLine : null),
    mediaType: 'text/plain',
    ...meta,
    contentHash: contentHash(text),
  };
}
