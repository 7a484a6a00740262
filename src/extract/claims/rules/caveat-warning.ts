/**
 * A warning verb that introduces the speaker's own inability to establish something ("cautioned that it
 * could not determine the degree of control", "advierte que no pudo determinar ...", "предупредили, что
 * не смогли установить ...", "cảnh báo rằng không thể xác định ..."): a caveat reported, not a warning of
 * anyone. The inability stands in the verb's complement, a few words after it, in the same sentence.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { execFrom } from '../../lexicons/index.ts';

/** Words between the warning verb and the inability ("warned that the firm could not ..."). */
const CAVEAT_REACH = 4;

export function caveatWarning(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.cannotEstablish;
  if (!re) return false;
  const rest = ctx.text.slice(cue.end, f.sentence.end);
  const m = execFrom(re, rest);
  if (!m) return false;
  const at = cue.end + m.index;
  return !/[.;:!?。；：]/u.test(ctx.text.slice(cue.end, at)) && ctx.ix.count(cue.end, at) <= CAVEAT_REACH;
}
