import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import type { Span } from '../../types.ts';
import { relativeOpenerAtStart } from '../relative-opener.ts';

/**
 * A stance verb at the end of its clause, with no break from the clause's start ("Berlin hat Moskau vor
 * Konsequenzen gewarnt", "中方对美方发出警告"): its object is told before it, after the subject.
 * A relative clause set off by a comma right after the verb does not move it from the end: it is extraposed from the
 * object before the verb and belongs to it ("Berlin hat vor Hackern gewarnt, die Behörden angreifen": verbFinalClause).
 */
export function clauseFinal(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, ix } = ctx;
  const clause = verbFinalClause(ctx, f, cue);
  if (ix.count(cue.end, clause.end) > 1 || /[,;:!?"“”«»„，；：]/u.test(text.slice(clause.start, cue.start))) return false;
  return !/\p{L}/u.test(text.slice(ix.after(cue.end, 1), clause.end));
}

/**
 * The verb's own clause: the clause, cut at the comma of a relative clause right after the verb (German extraposition:
 * "X hat eine Kampagne entdeckt, die sich gegen ... richtet", "..., die ... angreift", "..., die auf ... zielt"). The
 * parties of that relative clause tell of the object, not of the verb's subject or object.
 */
export function verbFinalClause(ctx: ClaimContext, f: ClauseFrame, cue: Cue): Span {
  const rest = ctx.text.slice(cue.end, f.clause.end);
  const lead = rest.length - rest.trimStart().length;
  return relativeOpenerAtStart(ctx.lex.lang, rest.slice(lead)) ? { start: f.clause.start, end: cue.end + lead } : f.clause;
}
