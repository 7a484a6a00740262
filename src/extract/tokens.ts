/**
 * Word tokens with UTF-16 offsets (Intl.Segmenter, word granularity, per language): the unit every
 * entity rule counts distances in, so that a window means the same in English, Vietnamese
 * syllables and unspaced Chinese.
 */
import type { Span } from './types.ts';

export interface WordToken extends Span {
  word: string;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    let locale = lang === 'und' ? 'en' : lang;
    try {
      new Intl.Segmenter(locale);
    } catch {
      locale = 'en';
    }
    segmenters.set(lang, (seg = new Intl.Segmenter(locale, { granularity: 'word' })));
  }
  return seg;
}

const cache = new Map<string, WordToken[]>();

/** Word-like segments of `text`, offsets shifted by `offset` (the text's position in the document). */
export function wordTokens(text: string, lang: string, offset = 0): WordToken[] {
  const key = `${lang}\u0000${offset}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: WordToken[] = [];
  for (const s of segmenter(lang).segment(text)) {
    if (s.isWordLike) out.push({ start: offset + s.index, end: offset + s.index + s.segment.length, word: s.segment });
  }
  if (cache.size > 2000) cache.clear();
  cache.set(key, out);
  return out;
}

/** Word tokens lying wholly between offsets a and b. */
export function tokensBetween(tokens: WordToken[], a: number, b: number): number {
  let n = 0;
  for (const t of tokens) if (t.start >= a && t.end <= b) n++;
  return n;
}

/** Number of words in text[start, end). */
export function wordCount(text: string, start: number, end: number, lang: string): number {
  if (end <= start) return 0;
  let n = 0;
  for (const seg of segmenter(lang).segment(text.slice(start, end))) if (seg.isWordLike) n++;
  return n;
}
