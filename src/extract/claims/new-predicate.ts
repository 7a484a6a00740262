/**
 * A coordinator after an accusation cue that opens a new predicate ("condemned the attack but has refused to ...",
 * "a condamné l'attaque et a promis ...", "verurteilte den Angriff und sagte ... zu", "谴责袭击，并承诺..."): the
 * profile's `predicateJoin` with a verb form of `predicateOpener` (an auxiliary, a modal, a negation, a verb of
 * response) at most PREDICATE_LEAD words after it. A party after it belongs to the new predicate, not to the cue's
 * object; a coordination of objects ("accused X and Y", "the attacks by X and its proxies") opens none.
 */
import type { ClaimContext } from './context.ts';
import type { Cue } from './frame.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';

/** Words that may stand between the coordinator and the verb form ("and also promised", "mais n'a pas"). */
const PREDICATE_LEAD = 1;

/** Where the first coordinator opening a new predicate after `cue` and before `end` starts, if any. */
export function newPredicateAfter(ctx: ClaimContext, cue: Cue, end: number): number | undefined {
  const { text, lex, ix } = ctx;
  if (!lex.predicateJoin || !lex.predicateOpener) return undefined;
  const tail = text.slice(cue.end, end);
  for (let m = execFrom(lex.predicateJoin, tail); m; m = execAfter(lex.predicateJoin, tail, m)) {
    const from = cue.end + m.index + m[0].length;
    const window = text.slice(from, Math.min(end, ix.after(from, PREDICATE_LEAD + 1)));
    const v = execFrom(lex.predicateOpener, window);
    if (v && ix.count(from, from + v.index) <= PREDICATE_LEAD) return cue.end + m.index;
  }
  return undefined;
}
