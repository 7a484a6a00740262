/**
 * Name normalisation shared by the resolver, mention finder and importers, so that a name written
 * in any case, with or without diacritics, quotes, hyphens, dots or full-width forms meets the same key.
 *
 * Text is cut into tokens that keep their UTF-16 offsets in the ORIGINAL string:
 *  - a Han / Hiragana / Katakana character is a token on its own (those scripts have no spaces, so
 *    names match as substrings);
 *  - any other run of letters, digits and marks is a word (Latin, Cyrillic, Vietnamese syllables,
 *    Hangul...), split where letters meet digits so "APT28", "APT 28" and "APT-28" agree;
 *  - everything else (spaces, punctuation, quotes, hyphens, dots) separates tokens.
 */

export interface Token {
  start: number;
  end: number;
  /** NFKC form, case and diacritics kept (for case-sensitive short names). */
  raw: string;
  /** Case-folded, diacritics stripped (Vietnamese đ -> d), NFKC. */
  norm: string;
  /** A Han/Kana character. */
  cjk: boolean;
  /** Split from the previous token inside one word (letter/digit boundary, no separator between). */
  glued: boolean;
}

const DIGIT_SPLIT_RE = /\p{N}+|\P{N}+/gu;
const MARKS_RE = /\p{M}+/gu;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ASCII_WORD_RE = /^[a-z0-9]+$/;

/** Fold one token: NFKC, Vietnamese đ, diacritics (Latin/Cyrillic/Greek only), case. */
export function foldToken(raw: string, cjk = false): string {
  if (cjk) return raw;
  const lower = raw.toLowerCase();
  if (ASCII_WORD_RE.test(lower)) return lower;
  // đ/Đ are letters of their own (no decomposition), so map them before stripping marks.
  return lower.replace(/đ/g, 'd').normalize('NFD').replace(MARKS_RE, '').normalize('NFC');
}

const HAS_DIGIT_RE = /\p{N}/u;
const ALL_DIGITS_RE = /^\p{N}+$/u;

/** One token of a word, offsets relative to the word's start. */
interface WordPiece {
  at: number;
  length: number;
  raw: string;
  norm: string;
  cjk: boolean;
  glued: boolean;
}

// Word -> its tokens: news vocabulary repeats, and NFKC/NFD and the script and digit tests dominate
// tokenising. A word's tokens depend on the word alone.
const WORD_CACHE = new Map<string, WordPiece[]>();
const WORD_CACHE_MAX = 100_000;

function fold(word: string): [string, string] {
  const raw = word.normalize('NFKC');
  return [raw, foldToken(raw)];
}

/** The tokens of one run tokenize found: a Han/Kana character, a word, or a word split where letters meet digits. */
function wordPieces(word: string): WordPiece[] {
  if (word.length === 1 && CJK_RE.test(word)) {
    const raw = word.normalize('NFKC');
    return [{ at: 0, length: 1, raw, norm: raw, cjk: true, glued: false }];
  }
  if (!HAS_DIGIT_RE.test(word) || ALL_DIGITS_RE.test(word)) {
    const [raw, norm] = fold(word);
    return [{ at: 0, length: word.length, raw, norm, cjk: false, glued: false }];
  }
  const pieces: WordPiece[] = [];
  DIGIT_SPLIT_RE.lastIndex = 0;
  for (let p = DIGIT_SPLIT_RE.exec(word); p !== null; p = DIGIT_SPLIT_RE.exec(word)) {
    const [raw, norm] = fold(p[0]);
    pieces.push({ at: p.index, length: p[0].length, raw, norm, cjk: false, glued: pieces.length > 0 });
  }
  return pieces;
}

function cachedPieces(word: string): WordPiece[] {
  let hit = WORD_CACHE.get(word);
  if (!hit) {
    hit = wordPieces(word);
    if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
    WORD_CACHE.set(word, hit);
  }
  return hit;
}

/** Cut text into tokens with offsets into the original string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The matches of /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[[\p{L}\p{N}\p{M}]--[Han, Hiragana, Katakana]]+/gv,
  // read code point by code point (no match arrays): a Han/Kana character alone, or a run of other letters, digits and marks.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = charClassAt(text, i);
    const width = c >> 2;
    if ((c & 3) === OTHER) {
      i += width;
      continue;
    }
    const at = i;
    i += width;
    if ((c & 3) === WORD) {
      for (let d = charClassAt(text, i); i < n && (d & 3) === WORD; d = charClassAt(text, i)) i += d >> 2;
    }
    for (const p of cachedPieces(text.slice(at, i))) {
      const start = at + p.at;
      tokens.push({ start, end: start + p.length, raw: p.raw, norm: p.norm, cjk: p.cjk, glued: p.glued });
    }
  }
  return tokens;
}

/** Classes of a code point for tokenize: a Han/Kana character, another letter, digit or mark, or neither. */
const CJK = 1;
const WORD = 2;
const OTHER = 3;
/** Per BMP code unit, its class (0 while not yet known). */
const BMP_CLASS = new Uint8Array(0x10000);
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]$/u;

function classOf(ch: string): number {
  return CJK_RE.test(ch) ? CJK : WORD_CHAR_RE.test(ch) ? WORD : OTHER;
}

/** The class of the code point at `i` (low two bits) and its UTF-16 length (the bits above); OTHER past the end. */
function charClassAt(text: string, i: number): number {
  if (i >= text.length) return OTHER | (1 << 2);
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2)) | (2 << 2);
  }
  let k = BMP_CLASS[c]!;
  if (!k) BMP_CLASS[c] = k = classOf(String.fromCharCode(c));
  return k | (1 << 2);
}

/** The normalised key of a name: folded tokens joined by one space ("Mát-xcơ-va" -> "mat xco va"). */
export function normalizeName(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .join(' ');
}

/** The key without token boundaries ("Ghost Emperor" and "GhostEmperor" -> "ghostemperor"). */
export function compactName(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .join('');
}

/** True when the string contains a Han/Kana character. */
export function hasCjk(s: string): boolean {
  return CJK_RE.test(s);
}

/** Number of cased letters (Latin, Cyrillic, Greek, ...) in a string. */
export function casedLetters(s: string): { letters: number; upper: number; lower: number } {
  let letters = 0;
  let upper = 0;
  let lower = 0;
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    letters++;
    if (ch === up) upper++;
    else lower++;
  }
  return { letters, upper, lower };
}

/**
 * Names that must match running text with their exact case and diacritics: short ones (at most
 * 4 cased letters: "US", "UK", "Mỹ", "Nga", "Anh", "Đức", "Pháp", "Iran") which otherwise collide
 * with common words ("us", "mỹ phẩm", "anh ấy", "My"), and one-word all-caps acronyms of at most
 * 5 letters ("PRC", "DPRK", "APT28", "NATO"). Han/Kana names have no case and are exempt.
 */
export function isCaseSensitiveName(name: string): boolean {
  if (hasCjk(name)) return false;
  const { letters, upper, lower } = casedLetters(name);
  if (letters === 0) return false;
  if (letters <= 4) return true;
  return lower === 0 && upper <= 5 && !/\s/.test(name.trim());
}
