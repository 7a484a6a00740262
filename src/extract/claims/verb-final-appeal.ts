/**
 * An appeal verb in verb-final order, closing its clause before the complement it governs ("Die Regierung hat
 * X aufgefordert, … zu …", "…, nachdem Berlin X aufgefordert hatte"): the party nearest before the verb is the
 * one called on, and the clause's first party, before it, makes the call.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Party } from './frame.ts';
import { objectBeforeCue } from './parties.ts';
import { whole } from './text.ts';

/** Words after the verb before its clause closes: an auxiliary ("aufgefordert hatte", "aufgefordert worden"). */
const AUXILIARY_WORDS = 1;

export function verbFinalAppeal(ctx: ClaimContext, f: ClauseFrame, cp: Party[], nearest: Party, cue: Cue): { subject: Party; object: Party } | undefined {
  const { text, lex, ix } = ctx;
  if (!whole(lex.verbFinalAppeal, cue.text)) return undefined;
  // The verb's own clause closes at the first break after it: the complement after the comma has its own parties.
  const rest = text.slice(cue.end, f.clause.end);
  const brk = /[,;:!?"“”«»„]/u.exec(rest);
  const end = brk ? cue.end + brk.index : f.clause.end;
  if (ix.count(cue.end, end) > AUXILIARY_WORDS) return undefined;
  return objectBeforeCue(text, lex, cp, nearest, { start: cue.start, end: cue.end }, { start: f.clause.start, end });
}
