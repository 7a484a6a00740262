/**
 * Measures already taken: "the administration took the necessary measures", "qui a pris les mesures
 * nécessaires", "уже принял необходимые меры", "中方已采取必要措施", "đã có các biện pháp cần thiết", "habe die
 * notwendigen Maßnahmen ergriffen". The measures are an act told, not a threat of consequences: their noun
 * phrase, a warning cue when promised ("will take all necessary measures"), makes no warning here.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';

/** Does a phrase of measures already taken overlap the warning cue? */
export function measuresTaken(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.measuresTaken;
  if (!re) return false;
  const s = f.sentence;
  for (let m = execFrom(re, s.text); m; m = execAfter(re, s.text, m)) {
    const a = s.start + m.index;
    const b = a + m[0].length;
    if (a < cue.end && cue.start < b) return true;
  }
  return false;
}
