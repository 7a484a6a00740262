/**
 * A threat of a response (profile `responseThreat`): "those responsible will be held accountable", "la France prendra
 * les mesures appropriées", "они понесут ответственность", "必将付出代价". The speaker threatens the party it opposes,
 * so with no party in the clause the one threatened is the accused of the discourse (carried-target.ts), not the
 * threat group the text merely discusses, which an advisory would warn of.
 */
import type { ClaimContext } from './context.ts';
import type { Cue } from './frame.ts';
import { execAt } from '../lexicons/index.ts';

/** Does this warning cue open with a threat of a response, a consequence, a price or accountability? */
export function responseThreat(ctx: Pick<ClaimContext, 'text' | 'lex'>, cue: Cue): boolean {
  const re = ctx.lex.responseThreat;
  // Matched in the text, where a cue's look-behind sees what precedes it.
  return !!re && !!execAt(re, ctx.text, cue.start);
}

