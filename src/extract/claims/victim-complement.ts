/**
 * The complement of a predicate that lists or locates those hit: "the victims included Russian bloggers", "les
 * victimes comprenaient des journalistes russes", "las víctimas incluían a periodistas rusos", "受害者中包括若干俄国博主",
 * "受害者多见于X和Y", "các mục tiêu gồm có ngân hàng Nga", "zu den Opfern gehörten russische Reporter".
 * A victim or target noun (the profile's `victimNouns`, `targetNouns`) is the subject, a verb of inclusion or spread
 * (`victimSpread`) follows within a few words, and every state named after that verb in the same clause is on the
 * side of those hit: it is never the one a reported act is pinned on. The complement ends at a clause break, at an
 * actor noun ("firms hacked by Russian hackers"), at a hostile verb, at a passive auxiliary and at an agent marker,
 * after which a state may be the actor again.
 */
import type { ClaimContext } from './context.ts';
import type { Party } from './frame.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';
import { matches } from './text.ts';

/** Words between the victim noun and the verb of inclusion ("受害者主要分布在", "targets at least included"). */
const NOUN_REACH = 3;
/** Words between the verb of inclusion and the state in its complement (a list of victims may run long). */
const COMPLEMENT_REACH = 40;

/** Punctuation that ends the clause of the complement (commas and list marks go on: the complement is often a list). */
const CLAUSE_BREAK = /[.;:!?()"“”«»„。；：！？（）]/u;

export function victimComplement(ctx: ClaimContext, from: number, p: Party): boolean {
  const { text, lex, ix } = ctx;
  const spread = lex.victimSpread;
  if (!spread || (!lex.victimNouns && !lex.targetNouns)) return false;
  const start = Math.max(from, ix.before(p.start, COMPLEMENT_REACH + 1));
  const before = text.slice(start, p.start);
  for (let m = execFrom(spread, before); m; m = execAfter(spread, before, m)) {
    const verbStart = start + m.index;
    const verbEnd = verbStart + m[0].length;
    const gap = text.slice(verbEnd, p.start);
    if (CLAUSE_BREAK.test(gap) || matches(lex.actorNouns, gap) || matches(lex.hostileVerbs, gap) || matches(lex.agentMarkers, gap) || matches(lex.passive, gap)) continue;
    if (victimNounBefore(ctx, Math.max(from, ix.before(verbStart, NOUN_REACH + 1)), verbStart)) return true;
  }
  return false;
}

/** Does a victim or target noun end between `a` and `b`, with at most NOUN_REACH words and no clause break after it? */
function victimNounBefore(ctx: ClaimContext, a: number, b: number): boolean {
  const { text, lex, ix } = ctx;
  const span = text.slice(a, b);
  for (const re of [lex.victimNouns, lex.targetNouns]) {
    if (!re) continue;
    for (let m = execFrom(re, span); m; m = execAfter(re, span, m)) {
      const end = a + m.index + m[0].length;
      if (ix.count(end, b) <= NOUN_REACH && !CLAUSE_BREAK.test(text.slice(end, b)) && !/[,，、]/u.test(text.slice(end, b))) return true;
    }
  }
  return false;
}
