/**
 * A party named inside a relative clause set off by commas between a subject and its verb ("the
 * association, which criticises President X, said ...", "l'association, qui critique la ministre X,
 * annonce ...", "die Gruppe, die gegen X klagt, erklärte ..."): the clause describes the subject;
 * what it names is not who speaks.
 */
import type { Span } from '../types.ts';
import type { Party } from './frame.ts';
import type { TokenIndex } from '../tokens.ts';
import { closedByComma, endsInRelativeClause } from './relative-opener.ts';

/**
 * Whether `p` stands inside a relative clause that opens after a comma in sentence `s` and closes
 * with the comma right before `verbAt`.
 */
export function insideRelativeClause(text: string, lang: string, s: Span, p: Span, verbAt: number): boolean {
  if (p.end > verbAt || p.start < s.start) return false;
  if (!closedByComma(text.slice(p.end, verbAt), true)) return false;
  return endsInRelativeClause(lang, text.slice(s.start, p.start));
}

/**
 * Whether `p` stands inside a relative clause set off by commas in its sentence, whatever follows
 * the clause: a person named there ("l'association, qui critique la ministre X, annonce ... Elle affirme")
 * is not whom a later subject pronoun refers to.
 */
export function withinRelativeClause(text: string, lang: string, sentences: readonly Span[], p: Span): boolean {
  const s = sentences.find((x) => x.start <= p.start && p.end <= x.end);
  if (!s) return false;
  if (!closedByComma(text.slice(p.end, s.end))) return false;
  return endsInRelativeClause(lang, text.slice(s.start, p.start));
}

/** The clause runs on to its closing comma, and no clause punctuation follows up to the verb. */
const CLOSING_COMMA = /^[^,.;:!?"“”«»„()，。；：]*[,，](?=[^,.;:!?"“”«»„()，。；：]*$)/u;
/** Words at most between the closing comma and the verb: an auxiliary and an adverb. */
const AFTER_CLOSE = 2;

/** What stands between an antecedent and the comma that opens its relative clause: at most its abbreviation in brackets. */
const BEFORE_COMMA = /(?:\([^()]*\)|（[^（）]*）)?\s*$/u;

/**
 * The antecedent of the relative clause `p` stands in, when the clause closes with a comma right before `verbAt`: the
 * party that ends right before the clause's comma ("Russia, which Washington blames for ..., rejected": Russia).
 */
export function antecedentOfClause(text: string, lang: string, s: Span, parties: readonly Party[], p: Span, verbAt: number, ix: TokenIndex): Party | undefined {
  if (p.end > verbAt || p.start < s.start || !endsInRelativeClause(lang, text.slice(s.start, p.start))) return undefined;
  // The clause closes with a comma, and at most an auxiliary and an adverb stand between it and the verb ("..., has always denied").
  const close = CLOSING_COMMA.exec(text.slice(p.end, verbAt));
  if (!close || ix.count(p.end + close[0].length, verbAt) > AFTER_CLOSE) return undefined;
  const before = text.slice(s.start, p.start);
  const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
  if (comma < 0) return undefined;
  const at = s.start + comma;
  return parties.find((q) => q.end <= at && q.start >= s.start && BEFORE_COMMA.exec(text.slice(q.end, at))?.index === 0);
}
