/**
 * Where a relative clause set off by a comma opens and where it closes: the relative word right after
 * the comma ("the association, which ...", "l'association, qui ...", "die Gruppe, die ...", "группа,
 * которая ..."), compiled once per language from the profile's relativeClauseOpeners, and the comma
 * that closes the clause. A relative pronoun of the profile's relativePronouns right after a comma
 * ("..., which it", "..., qu'elle") is found here too. Why the profile keeps two lists: types.ts.
 */
import { LEXICONS, execAfter, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Span } from '../types.ts';
import { tokenIndex } from '../tokens.ts';
import { markerEndsAt } from './text.ts';

/** No punctuation that ends or opens a clause or a quotation. */
const IN_CLAUSE = String.raw`[^,.;:!?"“”«»„()，。；：]*`;
/** The clause runs on to a comma. */
const CLOSED_BY_COMMA = new RegExp(String.raw`^${IN_CLAUSE}[,，]`, 'u');
/** The clause runs on to a comma that ends the text (spaces aside). */
const CLOSED_BY_LAST_COMMA = new RegExp(String.raw`^${IN_CLAUSE}[,，]\s*$`, 'u');

const openedBefore = new Map<string, RegExp | null>();
const openingAt = new Map<string, RegExp | null>();

/** One pattern per language around the alternation of its relative clause openers, compiled on first use. */
function perLanguage(cache: Map<string, RegExp | null>, lang: string, wrap: (openers: string) => string): RegExp | null {
  let re = cache.get(lang);
  if (re === undefined) {
    const words = LEXICONS[lang]?.relativeClauseOpeners;
    re = words ? new RegExp(wrap(words.join('|')), 'iu') : null;
    cache.set(lang, re);
  }
  return re;
}

/** Does `before` end inside a relative clause: a comma, a relative word, then words without clause punctuation? */
export function endsInRelativeClause(lang: string, before: string): boolean {
  const re = perLanguage(openedBefore, lang, (w) => String.raw`[,，]\s*(?:${w})(?![\p{L}])${IN_CLAUSE}$`);
  return !!re && re.test(before);
}

/** The comma and relative word that open `s` ("…, which"), or null. */
export function relativeOpenerAtStart(lang: string, s: string): RegExpExecArray | null {
  const re = perLanguage(openingAt, lang, (w) => String.raw`^[,，]\s*(?:${w})(?![\p{L}])`);
  return re && re.exec(s);
}

/** Has the language's profile any relative clause openers? */
export function hasRelativeOpeners(lang: string): boolean {
  return !!LEXICONS[lang]?.relativeClauseOpeners;
}

/** Does the clause that `after` continues close with a comma (and, when `last`, with nothing but spaces after it)? */
export function closedByComma(after: string, last = false): boolean {
  return (last ? CLOSED_BY_LAST_COMMA : CLOSED_BY_COMMA).test(after);
}

/** Does `before` end with a relative pronoun of the profile that a comma opens ("…, which", "…, qu'")? */
export function endsWithRelativePronoun(lex: CompiledLexicon, before: string): boolean {
  const re = lex.relativePronouns;
  return !!re && markerEndsAt(re, before) && /[,，]\s*\S+\s*$/u.test(before.replace(/\s+$/u, ''));
}

/** Where a clause ends: clause punctuation or a closing quotation mark. */
const CLAUSE_END = /[,.;:!?"“”«»„()，。；：]/u;

/** Words before the comma within which the antecedent names a hostile act ("the attack on the data network,"; German may put its verb between: "der Angriff auf das Datennetz zugeschrieben, bei dem"). */
const EVENT_ANTECEDENT_WORDS = 8;

/**
 * The event relative clauses of `span` ("the attack on the network, in which the ministry was hit, ..."): each runs
 * from its comma to the next clause punctuation or the span's end. What they name is the event's setting. The
 * antecedent must be a hostile act: "a joint report, in which they accused Russia" tells an accusation.
 */
export function eventRelativeClauses(lex: CompiledLexicon, text: string, span: Span): Span[] {
  const re = lex.eventRelatives;
  if (!re) return [];
  const body = text.slice(span.start, span.end);
  const out: Span[] = [];
  for (let m = execFrom(re, body); m; m = execAfter(re, body, m)) {
    if (!/[,，]\s*$/u.test(body.slice(0, m.index))) continue;
    const comma = span.start + m.index;
    const antecedent = text.slice(tokenIndex(text, lex.lang).before(comma, EVENT_ANTECEDENT_WORDS), comma);
    if (!lex.hostile || !execFrom(lex.hostile, antecedent)) continue;
    const rest = body.slice(m.index + m[0].length);
    const end = rest.search(CLAUSE_END);
    out.push({ start: span.start + m.index, end: end < 0 ? span.end : span.start + m.index + m[0].length + end });
  }
  return out;
}
