/**
 * A statement told as background: an adverb of anteriority or a word like "already" or "at the time"
 * before its verb, in its clause ("X had previously blamed Y", "X hatte Y bereits zuvor ... verantwortlich
 * gemacht", "ранее X обвиняла Y", "X此前曾指责Y", "X trước đó đã từng cáo buộc Y"). It tells an earlier
 * statement, not the one the story is about: said in the same words as that one, it is no restatement
 * (postprocess.ts, dropRestatements). Auxiliaries, the object and other adverbs may stand between the
 * marker and the verb; punctuation may not ("Earlier, X said ..." opens the story's own statement).
 */
import { execAfter, execFrom } from '../lexicons/index.ts';
import type { ClaimContext } from './context.ts';
import type { Cue, CueCategory } from './frame.ts';
import type { Span } from '../types.ts';

/** Cues that are the verb of a statement (not a source marker, a noun or a modal). */
const STATEMENT_VERBS = new Set<CueCategory>(['say', 'accuse', 'claimsOwn', 'blame', 'pointsTo', 'doneBy', 'deny', 'warn', 'callFor', 'confirm']);

/** Words between the marker and the verb: a verb-final clause holds its object and adverbials there. */
const BACKGROUND_REACH = 15;

/** Does a marker of background stand before the first statement verb of the clause, with no punctuation between? */
export function toldAsBackground(ctx: ClaimContext, clause: Span, cues: readonly Cue[]): boolean {
  const verb = cues.find((c) => STATEMENT_VERBS.has(c.cat) && c.start >= clause.start && c.end <= clause.end);
  if (!verb) return false;
  const before = ctx.text.slice(clause.start, verb.start);
  return [ctx.lex.anterior, ctx.lex.background].some((re) => {
    if (!re) return false;
    for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
      const end = clause.start + m.index + m[0].length;
      if (!/[,;:.!?，。；：、]/u.test(ctx.text.slice(end, verb.start)) && ctx.ix.count(end, verb.start) <= BACKGROUND_REACH) return true;
    }
    return false;
  });
}
