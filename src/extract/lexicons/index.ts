/**
 * Claim cue lexicons by language, compiled once into regular expressions. Latin and Cyrillic cues
 * match whole words (Unicode-aware boundaries); Chinese cues match as substrings.
 */
import type { CueLexicon } from './types.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';
import { ru } from './ru.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { es } from './es.ts';

export type { CueLexicon } from './types.ts';

export const LEXICONS: Record<string, CueLexicon> = { en, vi, zh, ru, fr, de, es };

export type CueCategory = Exclude<keyof CueLexicon, 'lang' | 'noWordBoundaries'>;

export type CompiledLexicon = { lang: string; noWordBoundaries: boolean } & Record<CueCategory, RegExp | null>;

const compiled = new Map<string, CompiledLexicon>();

/** No letter or digit right before: where a whole-word cue may begin. */
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const AT_WORD_START = new RegExp(WORD_START, 'uy');

/**
 * Each whole-word cue pattern's scanning copy: its body without the leading WORD_START look-behind
 * (with it when the body opens inside words, see opensInsideWords).
 */
const unanchored = new WeakMap<RegExp, RegExp>();

/**
 * A run of letters at the very start of a pattern: `\p{L}*`, `\p{L}+`, `[\p{L}\-]*`, or a run of words
 * `(?:\p{L}+ )?`, `(?:[\p{L}-]+ ){0,3}`. Captured: the letters' class, and the space of a run of words.
 */
const LEADING_LETTER_RUN = /^(?:(\\p\{L\}|\[\\p\{L\}[^\]]*\])[*+]|\(\?:(\\p\{L\}|\[\\p\{L\}[^\]]*\])[*+]( )\)(?:[?*+]|\{\d+(?:,\d*)?\})\??)/u;

/**
 * Does a top-level alternative of the body ("(?:a|b|c)(?!...)", as compileCues builds it) open with a
 * run of letters ("\p{L}*ministerium", "[\p{L}\-]*minister", "\p{L}+ing")? Run without the
 * look-behind, such a pattern tries every letter of every word as a start and backtracks over the
 * rest of the word: execFrom keeps the look-behind for it (in its own copy of the pattern).
 */
function opensInsideWords(body: string): boolean {
  if (!body.startsWith('(?:')) return LEADING_LETTER_RUN.test(body);
  const end = groupEnd(body, 0);
  return alternativesOf(body.slice(3, end < 0 ? undefined : end)).some((alt) => LEADING_LETTER_RUN.test(alt));
}

/** Where the group opened at `open` (a "(") closes, skipping escapes and character classes; -1 if it does not. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A group that captures, or a back-reference: what a copy of a cue in a look-ahead would change. */
const CAPTURES = /\((?!\?(?:[:=!]|<[=!]))|\\[1-9]|\\k</u;

/**
 * A cue that opens with a look-behind of variable length ("(?<=(?:which|that) (?:\S+ ){1,5})linked to") is
 * tried by the engine at every position of the text, the look-behind read backwards over several words each
 * time. Its rest, put first as a look-ahead ("(?=linked to)(?<=...)linked to"), fails at once where the cue's
 * words do not stand: the same matches (the look-ahead asks only what the cue then matches), found several
 * times faster. A look-behind of fixed length is cheap and is left as it is.
 */
export function restFirst(cue: string): string {
  if (!cue.startsWith('(?<=')) return cue;
  const end = groupEnd(cue, 0);
  if (end < 0) return cue;
  const behind = cue.slice(0, end + 1);
  const rest = cue.slice(end + 1);
  if (!rest || !/[*+{]/u.test(behind) || CAPTURES.test(rest)) return cue;
  return `(?=${rest})${cue}`;
}

/** The top-level alternatives of a pattern ("a|b(?:c|d)" gives "a", "b(?:c|d)"). */
function alternativesOf(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** A quantifier: what it follows may match more than once or not at all. */
const QUANTIFIED = /^[?*+{]/u;
/** Characters that are no literal in a pattern. */
const SYNTAX = new Set('\\^$.|?*+()[]{}');

/**
 * The literal characters a pattern opens with ("linked" in "linked(?= by)", "tie" in "tie[sd]?"): where they end in
 * the source and how many characters (code points) of the text they match, a case-insensitive literal matching one.
 */
function literalHead(seq: string): { end: number; chars: number } {
  let i = 0;
  let chars = 0;
  while (i < seq.length) {
    let w: number;
    if (seq[i] === '\\') {
      if (!/^[^\p{L}\p{N}]$/u.test(seq[i + 1] ?? 'a')) break;
      w = 2;
    } else if (SYNTAX.has(seq[i]!)) break;
    else w = seq.codePointAt(i)! > 0xffff ? 2 : 1;
    if (QUANTIFIED.test(seq.slice(i + w))) break;
    i += w;
    chars++;
  }
  return { end: i, chars };
}

/**
 * `seq` with the look-behinds put right after the literal its every way of matching opens with, each moved back over
 * that literal's length ("(?<!was )linked" as "linked(?<!(?:was )[^]{6})"); null where some way opens otherwise.
 */
function behindsAfterLiteral(seq: string, behinds: string[]): string | null {
  if (seq.startsWith('(?:')) {
    const end = groupEnd(seq, 0);
    if (end < 0 || QUANTIFIED.test(seq.slice(end + 1))) return null;
    const moved = alternativesOf(seq.slice(3, end)).map((a) => behindsAfterLiteral(a, behinds));
    if (moved.some((m) => m === null)) return null;
    return `(?:${moved.join('|')})${seq.slice(end + 1)}`;
  }
  const head = literalHead(seq);
  if (!head.chars) return null;
  const shifted = behinds.map((b) => `${b.slice(0, 4)}(?:${b.slice(4, -1)})[^]{${head.chars}})`).join('');
  return seq.slice(0, head.end) + shifted + seq.slice(head.end);
}

/**
 * A cue that opens with look-behinds ("(?<!(?:is|are) )associated", "(?<=(?:which|that) (?:\S+ ){1,5})(?:linked|tied)
 * to") makes the engine read them back at every position of the text, the cue's first letters unknown. The same
 * look-behinds tried after the literal the cue's words open with, over its length, ask the same of the same
 * position: the same matches, the engine skipping ahead to those letters. Null when a way of matching the rest opens
 * with no literal, or a look-behind captures (its copies would add groups).
 */
export function behindAfterHead(cue: string): string | null {
  const behinds: string[] = [];
  let rest = cue;
  while (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
    const end = groupEnd(rest, 0);
    if (end < 0) return null;
    behinds.push(rest.slice(0, end + 1));
    rest = rest.slice(end + 1);
  }
  if (!behinds.length || behinds.some((b) => CAPTURES.test(b.slice(4, -1)))) return null;
  return behindsAfterLiteral(rest, behinds);
}

export function compileCues(sources: string[], noWordBoundaries = false): RegExp | null {
  if (!sources.length) return null;
  // Longest first so that alternation prefers "nói thêm" over "nói".
  const alt = sharedTails([...sources].sort((a, b) => b.length - a.length).map((c) => behindAfterHead(c) ?? restFirst(c))).join('|');
  if (noWordBoundaries) return new RegExp(`(?:${alt})`, 'giu');
  return atWordStart(`(?:${alt})(?![\\p{L}\\p{N}])`);
}

/**
 * Runs of neighbouring alternatives that differ only in the literal they open with, their rest the same ("berichten(?=
 * <adverbials>)", "schreiben(?=<adverbials>)"), as one alternative: "(?:berichten|schreiben)(?=<adverbials>)". The
 * same matches in the same order of preference (concatenation distributes over alternation), from a pattern a
 * fraction of the size that the engine tries as one choice of literals. A rest that captures is left as it is (its
 * copies are numbered groups).
 */
export function sharedTails(alts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < alts.length; ) {
    const head = literalHead(alts[i]!);
    const rest = alts[i]!.slice(head.end);
    let j = i + 1;
    if (head.chars && rest && !CAPTURES.test(rest)) {
      while (j < alts.length) {
        const h = literalHead(alts[j]!);
        if (!h.chars || alts[j]!.slice(h.end) !== rest) break;
        j++;
      }
    }
    if (j - i < 2) {
      out.push(alts[i]!);
      i++;
      continue;
    }
    out.push(`(?:${alts.slice(i, j).map((a) => a.slice(0, a.length - rest.length)).join('|')})${rest}`);
    i = j;
  }
  return out;
}

/**
 * `body` where a word may begin (no letter or digit right before it), as one global pattern that
 * execFrom/execAll run fast (see execFrom).
 */
export function atWordStart(body: string, flags = 'giu'): RegExp {
  const re = new RegExp(WORD_START + body, flags);
  const inside = opensInsideWords(body);
  const finder = inside ? finderOf(body, flags) : null;
  if (finder) finders.set(re, finder);
  else unanchored.set(re, new RegExp(inside ? WORD_START + body : body, flags));
  return re;
}

/**
 * How execFrom finds the matches of a whole-word pattern some of whose alternatives open inside words
 * ("\p{L}*Sicherheitsvorfall", "[\p{L}\-]*minister"): `find` is the pattern with each such alternative's
 * leading letter run cut off (the literal first), run bare; `back` one code point of the letter runs,
 * over which a hit is followed back to where the word begins; `at` the whole pattern, sticky, tried at
 * each position from there up to the hit.
 */
interface Finder {
  find: RegExp;
  back: RegExp;
  at: RegExp;
}
const finders = new WeakMap<RegExp, Finder>();

/**
 * The Finder of a body "(?:a|b|...)TAIL" (as compileCues builds it), or null when the body has another
 * shape (a repeated group), refers back to a capture, or an alternative would be left with a rest that
 * may match nothing.
 */
function finderOf(body: string, flags: string): Finder | null {
  if (!body.startsWith('(?:') || /\\[1-9]|\\k</u.test(body)) return null;
  const end = groupEnd(body, 0);
  if (end < 0) return null;
  const tail = body.slice(end + 1);
  // A repeated group ("(?:a|b)+"): its later rounds would need the letter runs cut off too.
  if (/^[?*+{]/u.test(tail)) return null;
  const alts = alternativesOf(body.slice(3, end));
  const runs = new Set<string>();
  const finds: string[] = [];
  for (const alt of alts) {
    const run = LEADING_LETTER_RUN.exec(alt);
    if (!run) {
      finds.push(alt);
      continue;
    }
    const rest = alt.slice(run[0].length);
    if (!rest || new RegExp(`^(?:${rest})$`, 'u').test('')) return null;
    runs.add(run[1] ?? run[2]!);
    if (run[3]) runs.add(run[3]);
    finds.push(rest);
  }
  return {
    find: new RegExp(`(?:${finds.join('|')})${tail}`, flags),
    back: new RegExp(`^(?:${[...runs].join('|')})$`, 'u'),
    at: new RegExp(WORD_START + body, flags.replace('g', '') + 'y'),
  };
}

/** Where the code point at `i` ends (a surrogate pair is one code point). */
function nextIndex(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return i + (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1);
}

/** The first match of a Finder's pattern at or after `from` (see Finder). */
function execFinder(f: Finder, s: string, from: number): RegExpExecArray | null {
  // A unicode pattern whose lastIndex falls inside a surrogate pair starts from the pair's first half.
  const lead = s.charCodeAt(from - 1);
  const trail = s.charCodeAt(from);
  if (lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff) from--;
  for (let pos = from; pos <= s.length; ) {
    f.find.lastIndex = pos;
    const hit = f.find.exec(s);
    if (!hit) return null;
    const q = hit.index;
    // Back over the letter runs to the earliest position a match through this hit could start.
    let c = q;
    while (c > pos) {
      const low = s.charCodeAt(c - 1);
      const w = low >= 0xdc00 && low <= 0xdfff && c - 2 >= pos ? 2 : 1;
      if (!f.back.test(s.slice(c - w, c))) break;
      c -= w;
    }
    for (let p = c; p <= q; p = nextIndex(s, p)) {
      f.at.lastIndex = p;
      const m = f.at.exec(s);
      if (m) return m;
    }
    pos = nextIndex(s, q);
  }
  return null;
}

/**
 * The first match of `re` at or after `from`: what `re.lastIndex = from; re.exec(s)` returns (the
 * pattern's own lastIndex is left alone). A whole-word cue pattern is run without its leading
 * look-behind, the word start checked at each hit instead: the same matches, found several times
 * faster (the regexp engine skips ahead on the cues' first letters only when nothing precedes them).
 */
export function execFrom(re: RegExp, s: string, from = 0): RegExpExecArray | null {
  const bare = unanchored.get(re);
  if (bare === undefined) {
    const finder = finders.get(re);
    if (finder !== undefined) return execFinder(finder, s, from);
    re.lastIndex = from;
    return re.exec(s);
  }
  bare.lastIndex = from;
  for (let m = bare.exec(s); m; m = bare.exec(s)) {
    AT_WORD_START.lastIndex = m.index;
    if (AT_WORD_START.test(s)) return m;
    // The look-behind fails wherever the hit starts: go on from the next code point, as the engine would.
    const c = s.charCodeAt(m.index);
    bare.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff && m.index + 1 < s.length ? 2 : 1);
  }
  return null;
}

/**
 * How execFrom scans a pattern: 'finder' (literal first, see Finder), 'bare' (without its leading
 * look-behind, the word start checked at each hit), 'anchored' (with the look-behind) or 'plain' (as it is).
 */
export function scanKind(re: RegExp): 'finder' | 'bare' | 'anchored' | 'plain' {
  if (finders.has(re)) return 'finder';
  const bare = unanchored.get(re);
  if (bare === undefined) return 'plain';
  return bare.source.startsWith(WORD_START) ? 'anchored' : 'bare';
}

/** Each global pattern's sticky copy, for execAt. */
const sticky = new WeakMap<RegExp, RegExp>();

/**
 * The match of `re` that starts at `at`, or null: what `execFrom(re, s, at)` returns when its match starts there.
 * The engine tries that one position only, where execFrom would scan on to the end of `s` for a match it then drops.
 */
export function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  // A pattern neither global nor sticky ignores lastIndex: execFrom searches it from the start.
  if (!re.global && !re.sticky) {
    const m = execFrom(re, s, at);
    return m && m.index === at ? m : null;
  }
  let y = sticky.get(re);
  if (y === undefined) sticky.set(re, (y = new RegExp(re.source, re.flags.replace('g', '').replace('y', '') + 'y')));
  y.lastIndex = at;
  const m = y.exec(s);
  return m && m.index === at ? m : null;
}

/** The match after `m` in `s`: what the next `re.exec(s)` of a global pattern finds (an empty match steps one on). */
export function execAfter(re: RegExp, s: string, m: RegExpExecArray): RegExpExecArray | null {
  return execFrom(re, s, m.index + (m[0].length || 1));
}

/** Every match of `re` in `s` in order, as repeated `re.exec` finds them (an empty match steps one on). */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = execFrom(re, s); m; m = execFrom(re, s, m.index + (m[0].length || 1))) out.push(m);
  return out;
}

/**
 * One cue list per language, compiled on first use: `for(lang)` is the list's pattern for that
 * language (Chinese without word boundaries), or null when the language has none.
 */
export function cuesPerLanguage(lists: Readonly<Record<string, string[]>>): (lang: string) => RegExp | null {
  const compiled = new Map<string, RegExp | null>();
  return (lang) => {
    let c = compiled.get(lang);
    if (c === undefined) {
      const list = lists[lang];
      c = list ? compileCues(list, lang === 'zh') : null;
      compiled.set(lang, c);
    }
    return c;
  };
}

export function lexiconFor(lang: string): CompiledLexicon | null {
  const lex = LEXICONS[lang];
  if (!lex) return null;
  let c = compiled.get(lang);
  if (!c) {
    const out = { lang, noWordBoundaries: !!lex.noWordBoundaries } as CompiledLexicon;
    for (const [k, v] of Object.entries(lex)) {
      if (Array.isArray(v)) (out as Record<string, unknown>)[k] = compileCues(v, lex.noWordBoundaries);
    }
    compiled.set(lang, (c = out));
  }
  return c;
}
