/**
 * A party named inside a relative clause set off by commas between a subject and its verb ("the
 * association, which criticises President X, said ...", "l'association, qui critique la ministre X,
 * annonce ...", "die Gruppe, die gegen X klagt, erklärte ..."): the clause describes the subject;
 * what it names is not who speaks.
 */
import type { Span } from '../types.ts';
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
