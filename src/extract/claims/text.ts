/**
 * Lexical tests a claim rule asks of the text: does a cue of the profile match here, is a verb
 * negated or passive, where are the clauses of a sentence and the passage a claim quotes. Every
 * distance counts words (src/extract/tokens.ts).
 */
import { tokenIndex } from '../tokens.ts';
import { execAfter, execAll, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { ClaimCandidate, Span } from '../types.ts';
import { CUE_CATEGORIES, type Cue } from './frame.ts';
import { negatedComplement } from './complement-negation.ts';

/** Words a negator may stand before the verb it negates ("has not yet officially confirmed"). */
const NEGATION_REACH = 3;
/** Words before a cue where a passive auxiliary may stand ("was assessed", "had been warned"). */
const PASSIVE_REACH = 3;
/** Max words a quotation opened in a claim's clause may run on before it closes. */
const QUOTE_REACH = 100;

/** Does the pattern match the whole string? */
export function whole(re: RegExp | null | undefined, s: string): boolean {
  if (!re) return false;
  const m = execFrom(re, s);
  return !!m && m.index === 0 && m[0].length === s.length;
}

export function matches(re: RegExp | null | undefined, s: string): boolean {
  return !!re && !!execFrom(re, s);
}

/** Does the pattern match at the start of the string (after at most a quote mark and a space)? */
export function startsWith(re: RegExp | null, s: string): boolean {
  if (!re) return false;
  const m = execFrom(re, s);
  return !!m && m.index <= 2;
}

/** Is `gap` empty, or one article or determiner of the language ("the", "la", "các")? */
export function onlyArticle(lex: CompiledLexicon, gap: string): boolean {
  const t = gap.trim();
  return !t || whole(lex.articles, t);
}

/** Every cue of the profile in a sentence, in text order. */
export function findCues(lex: CompiledLexicon, s: Sentence): Cue[] {
  const out: Cue[] = [];
  for (const cat of CUE_CATEGORIES) {
    const re = lex[cat];
    if (!re) continue;
    for (const m of execAll(re, s.text)) {
      if (!m[0]) continue;
      // "..., which confirms a broad campaign": a fact corroborates another; no victim confirms.
      if (cat === 'confirm' && afterFactRelative(lex, s.text.slice(0, m.index))) continue;
      out.push({ cat, start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Does `before` end in a relative of the clause before it, with at most one word after it (", which also")? */
function afterFactRelative(lex: CompiledLexicon, before: string): boolean {
  const re = lex.factRelatives;
  if (!re) return false;
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    if (!/[,，]\s*$/u.test(before.slice(0, m.index))) continue;
    const rest = before.slice(m.index + m[0].length).trim();
    if (!rest || (lex.lang === 'zh' ? rest.length <= 2 : !/\s/u.test(rest) && !/[,.;:]/u.test(rest))) return true;
  }
  return false;
}

/** A cue negated before it ("did not blame") or inside it ("was not behind", a cue with an optional word). */
export function negatedCue(text: string, lex: CompiledLexicon, cue: Cue): boolean {
  // "did not rule out that ...": the negation inside a hedge's verb is the hedge, the verb still speaks.
  if (cue.cat === 'say' && whole(lex.notRuledOut, cue.text)) return negatedBefore(text, lex, cue);
  return negated(text, lex, cue) || matches(lex.negation, cue.text);
}

/** A negator before the cue, closing its verb-second clause, or before a complement of its verb (complement-negation.ts). */
export function negated(text: string, lex: CompiledLexicon, cue: Span): boolean {
  return negatedBefore(text, lex, cue) || negatedAfter(text, lex, cue) || negatedComplement(text, lex, cue);
}

/**
 * A warning negated ("did not warn", "n'a pas averti", "warnte nicht vor ..."): none is made. A warning cue holding a
 * negator warns by it ("will not tolerate", "не будет мириться"): a negator before it agrees with it ("никогда не
 * будет мириться", never) and the warning stands.
 */
export function negatedWarning(text: string, lex: CompiledLexicon, cue: Span): boolean {
  return !matches(lex.negation, text.slice(cue.start, cue.end)) && negated(text, lex, cue);
}

/**
 * A verb of denying negated ("did not deny", "не отрицал", "wies die Vorwürfe nicht zurück"): no denial is made. A
 * negator the cue needs to deny at all is the denial's own ("habe sich nicht eingemischt"): without it the cue's
 * words no longer deny.
 */
export function negatedDenial(text: string, lex: CompiledLexicon, cue: Span, parties: readonly Span[]): boolean {
  // A party between the negator and the verb is the verb's subject: the negator stands before the subject and negates a
  // copula or the clause after ("不是X否认就能...", it is not by X's denial that ...), not the denial.
  const negator = negatorBefore(text, lex, cue);
  // "no tuvo ningún papel", "не играл никакой роли": the negator agrees with a negative word of the cue (negative concord).
  const concord = matches(lex.negativeConcord, text.slice(cue.start, cue.end));
  if (negator >= 0 && !concord && !parties.some((p) => p.start >= negator && p.end <= cue.start)) return true;
  if (!negatedAfter(text, lex, cue)) return false;
  const own = text.slice(cue.start, cue.end);
  const negators = lex.negation ? execAll(lex.negation, own) : [];
  if (!negators.length) return true;
  let rest = '';
  let at = 0;
  for (const m of negators) {
    rest += own.slice(at, m.index);
    at = m.index + m[0].length;
  }
  rest = (rest + own.slice(at)).replace(/\s+/gu, ' ').trim();
  return matches(lex.deny, rest);
}

/** A negator at most NEGATION_REACH words before the cue, no clause break between. */
function negatedBefore(text: string, lex: CompiledLexicon, cue: Span): boolean {
  return negatorBefore(text, lex, cue) >= 0;
}

/** Where the negator before the cue ends (negatedBefore), else -1. */
function negatorBefore(text: string, lex: CompiledLexicon, cue: Span): number {
  const re = lex.negation;
  if (!re) return -1;
  const ix = tokenIndex(text, lex.lang);
  const from = ix.before(cue.start, NEGATION_REACH + 1);
  // One word more is read before the reach, for a negator's look-behind ("hàng không", aviation, negates nothing);
  // a negator must start within the reach.
  const ahead = ix.before(cue.start, NEGATION_REACH + 2);
  const before = text.slice(ahead, cue.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    if (ahead + m.index < from) continue;
    const at = ahead + m.index + m[0].length;
    if (!/[,;:.!?，。；：]/u.test(text.slice(at, cue.start)) && ix.count(at, cue.start) <= NEGATION_REACH) return at;
  }
  return -1;
}

/** Words a verb-second clause is read after its verb for a negator that closes it. */
const FINAL_NEGATION_SPAN = 16;
/** Words at most after such a negator: the verb's particle, participle or predicate ("nicht zurück", "nicht verantwortlich"). */
const FINAL_NEGATION_TAIL = 1;

/**
 * Verb-second order (the profile's `clauseFinalNegation`): a negator after the verb that closes its clause, or stands
 * right before the clause's last word ("bestätigte den Angriff nicht", "machte Russland dafür nicht verantwortlich").
 * The clause ends at punctuation or at a conjunction joining the next verb ("..., und nannte den Täter nicht").
 */
function negatedAfter(text: string, lex: CompiledLexicon, cue: Span): boolean {
  const re = lex.clauseFinalNegation;
  if (!re) return false;
  const ix = tokenIndex(text, lex.lang);
  const from = ix.after(cue.start, 1);
  let tail = text.slice(from, ix.after(from, FINAL_NEGATION_SPAN));
  const stop = /[,;:.!?»«"“”()–—]/u.exec(tail);
  if (stop) tail = tail.slice(0, stop.index);
  const join = lex.verbJoin ? execAll(lex.verbJoin, tail)[0] : undefined;
  if (join) tail = tail.slice(0, join.index);
  const last = execAll(re, tail).at(-1);
  if (!last) return false;
  const rest = tail.slice(last.index + last[0].length).trim();
  const words = rest ? rest.split(/\s+/u) : [];
  return words.length <= FINAL_NEGATION_TAIL && words.every((w) => /^\p{Ll}/u.test(w));
}

/**
 * A passive form: "diplomats had been warned", "was assessed", "được cảnh báo", "被警告". Someone
 * else warned them, someone unnamed assessed: the subject does not speak. A progressive ("has been
 * warning") is no passive.
 */
export function passive(text: string, lex: CompiledLexicon, c: Cue): boolean {
  if (!lex.passive || matches(lex.progressive, c.text)) return false;
  const before = text.slice(tokenIndex(text, lex.lang).before(c.start, PASSIVE_REACH), c.start);
  for (let m = execFrom(lex.passive, before); m; m = execAfter(lex.passive, before, m)) {
    // The auxiliary right before the cue, or one word (an adverb) between them.
    if (/^\s*(?:\p{L}+\s+)?$/u.test(before.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/**
 * A passive whose auxiliary stands in verb-second position and whose participle cue closes the clause (the profile's
 * `bracketPassive`: "Am Montag wurde das Amt vor Angriffen gewarnt"): the party between them is the one the act is
 * done to. Not with an agent marker of the profile between them ("wurden die Betreiber vom Amt gewarnt": the agent
 * acts), nor across a clause break.
 */
export function bracketPassive(text: string, lex: CompiledLexicon, cue: Cue, clause: Span): boolean {
  const aux = lex.bracketPassive;
  if (!aux || /\p{L}/u.test(text.slice(cue.end, clause.end))) return false;
  const before = text.slice(clause.start, cue.start);
  const last = execAll(aux, before).filter((m) => !/\p{L}/u.test(before.charAt(m.index - 1)) && !/\p{L}/u.test(before.charAt(m.index + m[0].length))).at(-1);
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);
  if (/[,;:!?"“”«»„()]/u.test(between)) return false;
  const agents = lex.bracketPassiveAgents;
  return !agents || !execAll(agents, between).some((m) => !/\p{L}/u.test(between.charAt(m.index - 1)) && !/\p{L}/u.test(between.charAt(m.index + m[0].length)));
}

/** Clauses split at colons and semicolons (a reported quote after "...:" is its own clause). */
export function clauses(text: string, s: Sentence): Span[] {
  const out: Span[] = [];
  let start = s.start;
  const re = /[:;：；](?=\s|["“«„「]|$)/gu;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const end = s.start + m.index;
    if (end > start) out.push({ start, end });
    start = end + 1;
  }
  if (start < s.end) out.push({ start, end: s.end });
  return out.filter((c) => text.slice(c.start, c.end).trim().length > 0);
}

/**
 * The clause, trimmed; when it opens a quotation that runs on into later sentences of the same
 * paragraph, the passage runs to the closing mark (the quoted statement is one claim).
 */
export function evidence(text: string, lang: string, span: Span): ClaimCandidate['evidence'] {
  let { start, end } = span;
  const open = /[“«「„]/u.exec(text.slice(start, end));
  if (open) {
    const opener = open[0];
    const closer = opener === '«' ? '»' : opener === '「' ? '」' : '”';
    const from = start + open.index + 1;
    if (!text.slice(from, end).includes(closer)) {
      const close = text.indexOf(closer, end);
      const nl = text.indexOf('\n', end);
      if (close > 0 && (nl < 0 || close < nl) && tokenIndex(text, lang).count(end, close) <= QUOTE_REACH) end = close + 1;
    }
  }
  while (start < end && /[\s,，、"“”«»„]/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return { text: text.slice(start, end), start, end };
}

/** Does the last match of `re` in `before` close it (only spaces after)? */
export function markerEndsAt(re: RegExp, before: string): boolean {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end >= 0 && before.slice(end).trim() === '';
}

/**
 * Spans of hostile participles used as adjectives of what they hit ("the compromised routers", "les
 * serveurs piratés": the profile's `victimStates`) within [start, end): a hostile cue inside one
 * describes a victim and tells no act.
 */
export function victimStateSpans(text: string, lex: CompiledLexicon, start: number, end: number): Span[] {
  if (!lex.victimStates) return [];
  return execAll(lex.victimStates, text.slice(start, end)).map((m) => ({ start: start + m.index, end: start + m.index + m[0].length }));
}
