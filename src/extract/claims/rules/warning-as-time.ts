/**
 * A warning noun that dates another event ("blocked after a CISA alert", "nach der Warnung des BSI",
 * "tras la alerta del CCN", "sau cảnh báo của Bộ"): an advisory issued earlier, mentioned in passing.
 * Its cue makes no warning of its own in the clause.
 */
import type { ClaimContext } from '../context.ts';
import type { Cue } from '../frame.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';

/** Words (a determiner, the issuer's name) that may stand between the preposition and the warning noun. */
const TIME_REACH = 3;

export function warningAsTime(ctx: ClaimContext, cue: Cue): boolean {
  const re = ctx.lex.warnAsTime;
  if (!re) return false;
  const from = ctx.ix.before(cue.start, TIME_REACH + 3);
  const before = ctx.text.slice(from, cue.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    const at = from + m.index + m[0].length;
    // The preposition governs the noun: no clause break and few words between them.
    if (/[,;:.!?，。；："“”«»]/u.test(ctx.text.slice(at, cue.start))) continue;
    if (ctx.ix.count(at, cue.start) <= TIME_REACH) return true;
  }
  return false;
}
