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

/**
 * A document's word tokens with offset look-ups: windows of N words before or after a position and
 * word counts between two positions, so that every distance an extraction rule uses means words.
 */
export class TokenIndex {
  readonly tokens: WordToken[];

  /** `tokens`: the text's tokens when already known (see tokenIndex); otherwise they are found here. */
  constructor(readonly text: string, readonly lang: string, tokens?: WordToken[]) {
    this.tokens = tokens ?? findTokens(text, lang, 0, text.length);
  }

  /** Index of the first token that ends after `pos`. */
  private endingAfter(pos: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first token that starts at or after `pos`. */
  private startingFrom(pos: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where the `n` words that end at or before `pos` begin (0 when fewer words precede it). */
  before(pos: number, n: number): number {
    const k = this.endingAfter(pos) - n;
    return k >= 0 ? Math.min(pos, this.tokens[k]!.start) : 0;
  }

  /** Where the `n` words that start at or after `pos` end (the text's end when fewer follow). */
  after(pos: number, n: number): number {
    const k = this.startingFrom(pos) + n - 1;
    return k < this.tokens.length ? Math.max(pos, this.tokens[k]!.end) : this.text.length;
  }

  /** Words lying wholly within [a, b). */
  count(a: number, b: number): number {
    if (b <= a) return 0;
    return Math.max(0, this.endingAfter(b) - this.startingFrom(a));
  }
}

/** Languages written without spaces between words: only the segmenter's dictionary finds their words. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'km', 'lo', 'my']);

/** The word tokens of text[from, to), with document offsets. */
function findTokens(text: string, lang: string, from: number, to: number): WordToken[] {
  const out: WordToken[] = [];
  if (UNSPACED.has(lang)) {
    for (const s of segmenter(lang).segment(text.slice(from, to))) {
      if (s.isWordLike) out.push({ start: from + s.index, end: from + s.index + s.segment.length, word: s.segment });
    }
  } else {
    // Spaced scripts: the segmenter's word-like segments are the runs of letters and digits (with
    // inner apostrophes and dots: "don't", "U.S"); matching them directly is several times faster.
    // The matches of /[\p{L}\p{M}\p{N}_]+(?:['’.][\p{L}\p{M}\p{N}_]+)*/gu, read char by char (no match
    // arrays): a run of word characters, then inner apostrophes or dots each followed by another run.
    let i = from;
    while (i < to) {
      const n = wordCharAt(text, i, to);
      if (!n) {
        i += skipAt(text, i, to);
        continue;
      }
      const start = i;
      i += n;
      for (;;) {
        const k = wordCharAt(text, i, to);
        if (k) {
          i += k;
          continue;
        }
        const c = i < to ? text.charCodeAt(i) : 0;
        if ((c === 0x27 || c === 0x2019 || c === 0x2e) && wordCharAt(text, i + 1, to)) {
          i++;
          continue;
        }
        break;
      }
      out.push({ start, end: i, word: text.slice(start, i) });
    }
  }
  return out;
}

/** A word character of spaced scripts, one code point. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
/** Per BMP code unit: 0 not yet known, 1 a word character, 2 not one. */
const BMP_WORD = new Uint8Array(0x10000);

/** UTF-16 length of the word character at `i` (before `to`), 0 when there is none. */
function wordCharAt(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_WORD[c]!;
  if (!known) BMP_WORD[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Code units of the code point at `i` (a surrogate pair is one: a match never starts inside it). */
function skipAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** A character that may belong to a word token (a letter, mark, digit, or an inner apostrophe or dot). */
const WORDISH = /[\p{L}\p{M}\p{N}_'’.]/u;

/** Whether no word can run across offset `at` of `text`: a token boundary the same in any prefix or extension. */
function cleanCut(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !WORDISH.test(text.charAt(at - 1)) || !WORDISH.test(text.charAt(at));
}

const indexes: TokenIndex[] = [];

/**
 * The token index of a document (the last few documents are kept: rules ask for the same text many
 * times). A document's body is a prefix of its text (extract.ts): when the index of one is kept and
 * the cut between them splits no word, the other's tokens are derived from it rather than found again.
 */
export function tokenIndex(text: string, lang: string): TokenIndex {
  for (const ix of indexes) if (ix.text === text && ix.lang === lang) return ix;
  let ix: TokenIndex | undefined;
  for (const kept of indexes) {
    if (kept.lang !== lang || kept.text.length === text.length) continue;
    if (kept.text.length < text.length && text.startsWith(kept.text) && cleanCut(text, kept.text.length)) {
      ix = new TokenIndex(text, lang, kept.tokens.concat(findTokens(text, lang, kept.text.length, text.length)));
    } else if (kept.text.length > text.length && kept.text.startsWith(text) && cleanCut(kept.text, text.length)) {
      const tokens = kept.tokens;
      let n = 0;
      while (n < tokens.length && tokens[n]!.end <= text.length) n++;
      ix = new TokenIndex(text, lang, tokens.slice(0, n));
    }
    if (ix) break;
  }
  ix ??= new TokenIndex(text, lang);
  indexes.unshift(ix);
  if (indexes.length > 4) indexes.pop();
  return ix;
}
