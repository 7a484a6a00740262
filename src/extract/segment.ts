/**
 * Splits a document into title, body paragraphs and sentences with Intl.Segmenter (ICU rules per
 * locale; Chinese included), keeping UTF-16 offsets into the whole text as read. The eval/ingest
 * text convention is: first line the title, last line `Source: <address>`; the Source line is
 * never extracted from, and a first line is only a title when it reads like one.
 */
import type { Span } from './types.ts';

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (line block) it belongs to. */
  paragraph: number;
  /** True when a quotation opened in an earlier sentence is still open at its start. */
  inQuote: boolean;
  /** True for the title line. */
  title: boolean;
}

export interface SegmentedDocument {
  title: (Span & { text: string }) | null;
  source: (Span & { url: string }) | null;
  /** Offset after the last body character (the Source line, when present, starts after it). */
  bodyEnd: number;
  sentences: Sentence[];
}

const SOURCE_LINE = /^[ \t]*(?:Source|Nguồn|Источник|来源|來源|Quelle)\s*[:：]\s*(\S+)[ \t]*$/imu;
/**
 * Abbreviations ICU splits after (titles, initials); the next segment continues the sentence. Spanish
 * and Vietnamese titles before a name too ("la Sra. X", "la Dra. X", "TS. X", "PGS. X").
 */
const ABBREV_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Pres|St|Jr|Sr|Sra|Srta|Dra|No|Mt|Mme|Mlle|MM|Me|Co|Corp|Inc|Ltd|vs|etc|TS|ThS|PGS|GS|[A-ZА-Я]|г|гг|им|т\.е|ул)\.\s*$/u;
/**
 * Initials of a person ("minister R.K. Singh said"): ICU splits after them too. Continued only when a
 * capitalised word and then a lower-case one follow (a surname and its verb), and no article or
 * preposition stands before the initials ("in the U.S. The ministry ...", "à l'U.E. Le ...").
 */
const INITIALS_END = /(?:^|[\s(])(?:\p{Lu}\.){2,3}\s*$/u;
const NOT_BEFORE_INITIALS = /(?:^|\s)(?:the|in|of|to|on|for|from|and|by|a|an|le|la|les|l['’]|du|des|de|el|los|las|der|die|das|den|dem)\s*(?:\p{Lu}\.){2,3}\s*$/iu;
const SURNAME_START = /^\p{Lu}[\p{Ll}\p{M}'’\-]+[ \t]+\p{Ll}/u;
/**
 * A plural abbreviation that doubles its initials, written with a space between its parts ("EE. UU.",
 * "FF. AA.", "CC. OO."; Spanish): ICU splits after its first part; the second part continues it.
 */
const DOUBLED_INITIAL_END = /(?:^|[\s(])(\p{Lu})\1\.\s*$/u;
const DOUBLED_INITIAL_START = /^(\p{Lu})\1\.(?![\p{L}\p{N}])/u;
const OPEN_QUOTES = '“«「『„';
const CLOSE_QUOTES = '”»」』“';
/** The quote marks as UTF-16 units (each is one), for quoteBalance. */
const OPEN_QUOTE_UNITS = new Set([...OPEN_QUOTES].map((q) => q.charCodeAt(0)));
const CLOSE_QUOTE_UNITS = new Set([...CLOSE_QUOTES].map((q) => q.charCodeAt(0)));
const STRAIGHT_QUOTE = 0x22; // "
const LEFT_DOUBLE_QUOTE = 0x201c; // “

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    let locale = lang;
    try {
      new Intl.Segmenter(locale);
    } catch {
      locale = 'en';
    }
    segmenters.set(lang, (s = new Intl.Segmenter(locale === 'und' ? 'en' : locale, { granularity: 'sentence' })));
  }
  return s;
}

/** A first line is a title when it is short and does not end like a body sentence. */
function looksLikeTitle(line: string, hasSource: boolean): boolean {
  const t = line.trim();
  if (!t || t.length > 300) return false;
  if (hasSource) return true;
  return !/[.!?。！？…]["'”’»」)]?$/u.test(t);
}

export function segmentDocument(text: string, lang: string): SegmentedDocument {
  let bodyEnd = text.length;
  let source: SegmentedDocument['source'] = null;
  const trimmedEnd = text.replace(/\s+$/u, '').length;
  const lastNl = text.lastIndexOf('\n', trimmedEnd - 1);
  const lastLine = text.slice(lastNl + 1, trimmedEnd);
  const m = SOURCE_LINE.exec(lastLine);
  const url = m?.[1];
  if (url !== undefined) {
    const start = lastNl + 1 + lastLine.indexOf(url);
    source = { start, end: start + url.length, url };
    bodyEnd = Math.max(0, lastNl);
  }

  let title: SegmentedDocument['title'] = null;
  let pos = 0;
  while (pos < bodyEnd && /\s/u.test(text.charAt(pos))) pos++;
  const firstNl = text.indexOf('\n', pos);
  const firstEnd = firstNl < 0 || firstNl > bodyEnd ? bodyEnd : firstNl;
  const firstLine = text.slice(pos, firstEnd);
  if (firstNl >= 0 && firstNl < bodyEnd && looksLikeTitle(firstLine, !!source)) {
    const t = firstLine.replace(/\s+$/u, '');
    title = { start: pos, end: pos + t.length, text: t };
  }

  const sentences: Sentence[] = [];
  const seg = segmenter(lang);
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart < bodyEnd) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > bodyEnd) lineEnd = bodyEnd;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const isTitle = title !== null && lineStart <= title.start && title.start < lineEnd;
      splitLine(line, lineStart, seg, paragraph, isTitle, sentences);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return { title, source, bodyEnd, sentences };
}

function splitLine(line: string, offset: number, seg: Intl.Segmenter, paragraph: number, isTitle: boolean, out: Sentence[]): void {
  const pieces: Array<[number, number]> = [];
  for (const s of seg.segment(line)) {
    const start = s.index;
    const end = s.index + s.segment.length;
    const prev = pieces[pieces.length - 1];
    const tail = prev ? line.slice(prev[0], prev[1]) : '';
    if (prev && (ABBREV_END.test(tail) || (DOUBLED_INITIAL_END.test(tail) && DOUBLED_INITIAL_START.test(s.segment)) || (INITIALS_END.test(tail) && !NOT_BEFORE_INITIALS.test(tail) && SURNAME_START.test(s.segment)))) prev[1] = end;
    else pieces.push([start, end]);
  }
  let open = 0;
  let straightOpen = false;
  for (const [a, b] of pieces) {
    let start = a;
    let end = b;
    while (start < end && /\s/u.test(line.charAt(start))) start++;
    while (end > start && /\s/u.test(line.charAt(end - 1))) end--;
    if (start === end) continue;
    const body = line.slice(start, end);
    out.push({ start: offset + start, end: offset + end, text: body, paragraph, inQuote: open > 0 || straightOpen, title: isTitle });
    const q = quoteBalance(body);
    open = Math.max(0, open + q.curly);
    if (q.straight % 2) straightOpen = !straightOpen;
  }
}

/** Net curly/guillemet/CJK quotes opened, and the count of straight quotes (which toggle). */
function quoteBalance(s: string): { curly: number; straight: number } {
  let curly = 0;
  let straight = 0;
  // Every quote mark is one UTF-16 unit: reading units (not code points) counts the same.
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === STRAIGHT_QUOTE) straight++;
    // German „…“ closes with “, which opens elsewhere: a “ closes when one is open.
    else if (ch === LEFT_DOUBLE_QUOTE && curly > 0) curly--;
    else if (OPEN_QUOTE_UNITS.has(ch)) curly++;
    else if (CLOSE_QUOTE_UNITS.has(ch)) curly--;
  }
  return { curly, straight };
}
