/**
 * The text decides: a quote the model gives is located in the article, in its chunk first, then
 * anywhere; it is found when its characters are there in the same order, runs of white space
 * allowed to differ (a model rewraps lines). The evidence is the article's own slice at that place,
 * so its text is always verbatim; a quote not in the text is not evidence and its claim is dropped.
 */
import type { Span } from '../types.ts';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findIn(text: string, quote: string, from: number, to: number): Span | undefined {
  const exact = text.slice(from, to).indexOf(quote);
  if (exact >= 0) return { start: from + exact, end: from + exact + quote.length };
  const words = quote.split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const re = new RegExp(words.map(escape).join('\\s+'), 'gu');
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index + m[0].length <= to ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Where `quote` stands in `text`, looked for in `within` (a chunk) first. */
export function locateQuote(text: string, quote: string, within?: Span): Span | undefined {
  const q = quote.trim();
  if (!q) return undefined;
  return (within ? findIn(text, q, within.start, within.end) : undefined) ?? findIn(text, q, 0, text.length);
}
