/**
 * Verb-second order, a negator before a complement of the verb (the profile's `clauseFinalNegation` followed by a
 * word of `negatedComplementOpeners`): "beschuldigte X bislang nicht der ...", "warnte nicht vor ...", "hat X nicht
 * für ... verantwortlich gemacht", "hat Y nie vor ... gewarnt". The negator stands in the middle field and negates the
 * clause's verb, whether the cue is its finite verb (the negator after it) or the participle that closes the clause
 * (the negator before it). A correction of the profile later in the sentence ("nicht X, sondern Y") negates only the
 * constituent: the claim is made. Every distance counts words (src/extract/tokens.ts).
 */
import { tokenIndex } from '../tokens.ts';
import { execAll, type CompiledLexicon } from '../lexicons/index.ts';
import type { Span } from '../types.ts';

/** Words of a verb-second clause read after its finite verb, and before a clause-closing participle, for the negator. */
const MIDDLE_FIELD_SPAN = 12;
/** Words at most after a clause-closing cue before the clause ends ("gewarnt habe", "verantwortlich gemacht worden"). */
const CLOSING_TAIL = 1;
/** Words after the negator read for a correction ("nicht den Iran der Sabotage, sondern ..."). */
const CORRECTION_REACH = 12;

const CLAUSE_BREAK = /[,;:.!?»«"“”()–—]/u;

export function negatedComplement(text: string, lex: CompiledLexicon, cue: Span): boolean {
  const neg = lex.clauseFinalNegation;
  const openers = lex.negatedComplementOpeners;
  if (!neg || !openers) return false;
  const ix = tokenIndex(text, lex.lang);
  // The finite verb as cue: the first negator of its clause after it.
  const afterFrom = ix.after(cue.start, 1);
  let after = text.slice(afterFrom, ix.after(afterFrom, MIDDLE_FIELD_SPAN));
  after = cutClause(lex, after);
  const first = execAll(neg, after)[0];
  if (first && opensComplement(lex, after.slice(first.index + first[0].length))) return !corrected(text, lex, ix, afterFrom + first.index + first[0].length);
  // The participle closing the clause as cue: the last negator of its clause before it.
  if (!closesClause(lex, text.slice(cue.end, ix.after(cue.end, CLOSING_TAIL + 1)))) return false;
  const beforeFrom = ix.before(cue.start, MIDDLE_FIELD_SPAN);
  const before = text.slice(beforeFrom, cue.start);
  const brk = lastBreak(before);
  const field = before.slice(brk);
  const last = execAll(neg, field).at(-1);
  if (!last || !opensComplement(lex, field.slice(last.index + last[0].length))) return false;
  return !corrected(text, lex, ix, beforeFrom + brk + last.index + last[0].length);
}

/** The text up to the clause's end: punctuation, or a conjunction joining the next verb. */
function cutClause(lex: CompiledLexicon, s: string): string {
  const stop = CLAUSE_BREAK.exec(s);
  if (stop) s = s.slice(0, stop.index);
  const join = lex.verbJoin ? execAll(lex.verbJoin, s)[0] : undefined;
  return join ? s.slice(0, join.index) : s;
}

function lastBreak(s: string): number {
  let at = 0;
  for (let i = 0; i < s.length; i++) if (CLAUSE_BREAK.test(s.charAt(i))) at = i + 1;
  return at;
}

/** Does the clause end within CLOSING_TAIL lowercase words of the cue ("gewarnt.", "gemacht habe,")? `rest` holds one word more. */
function closesClause(lex: CompiledLexicon, rest: string): boolean {
  const words = cutClause(lex, rest).trim().split(/\s+/u).filter((w) => w);
  return words.length <= CLOSING_TAIL && words.every((w) => /^\p{Ll}/u.test(w));
}

/** Does the text after the negator open with a complement opener of the profile? */
function opensComplement(lex: CompiledLexicon, rest: string): boolean {
  const m = lex.negatedComplementOpeners ? execAll(lex.negatedComplementOpeners, rest)[0] : undefined;
  return !!m && rest.slice(0, m.index).trim() === '';
}

/** A correction of the profile within CORRECTION_REACH words after the negator, in the same sentence. */
function corrected(text: string, lex: CompiledLexicon, ix: ReturnType<typeof tokenIndex>, at: number): boolean {
  if (!lex.negationCorrection) return false;
  let span = text.slice(at, ix.after(at, CORRECTION_REACH));
  const end = /[.!?;]/u.exec(span);
  if (end) span = span.slice(0, end.index);
  return execAll(lex.negationCorrection, span).length > 0;
}
