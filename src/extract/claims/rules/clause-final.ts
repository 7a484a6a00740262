import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';

/**
 * A stance verb at the end of its clause, with no break from the clause's start ("Berlin hat Moskau vor
 * Konsequenzen gewarnt", "中方对美方发出警告"): its object is told before it, after the subject.
 */
export function clauseFinal(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, ix } = ctx;
  if (ix.count(cue.end, f.clause.end) > 1 || /[,;:!?"“”«»„，；：]/u.test(text.slice(f.clause.start, cue.start))) return false;
  return !/\p{L}/u.test(text.slice(ix.after(cue.end, 1), f.clause.end));
}
