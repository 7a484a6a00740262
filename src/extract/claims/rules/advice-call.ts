/**
 * Advice to consumers as a call: a verb of advice among the warning cues ("recommends", "recommande",
 * "рекомендовала", "khuyến cáo", "建议") tells the advisor's warning of the threat the text describes; addressed
 * to consumers right after the verb ("recommends users to update", "recommande à ses clients de", "khuyến cáo
 * người dùng", "建议所有用户"), it is advice on a product's use instead: a call, on no party (the consumers are
 * no party), so with no target. Advice to organisations or operators ("recommends organisations to check")
 * stays the advisor's warning; so does advice in a joint advisory, whose recommendations are no separate calls,
 * and a warning verb read first in the same clause ("warns of X and advises users to ...").
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { execFrom } from '../../lexicons/index.ts';
import { startsWith } from '../text.ts';

/** Words between the verb of advice and its consumers ("recommends that all its users"). */
const CONSUMER_REACH = 3;

/** Turn the warnings the clause produced from `cue` (those from index `from` on) into calls where the advice is one. */
export function adviceAsCall(ctx: ClaimContext, f: ClauseFrame, cue: Cue, from: number): void {
  if (!startsWith(ctx.lex.adviseVerbs, cue.text)) return;
  if (f.joint.members.length >= 2 || !consumersAfter(ctx, f, cue)) return;
  for (const claim of f.produced.slice(from)) {
    if (claim.stance !== 'warns') continue;
    if (f.produced.some((c) => c !== claim && c.claimant === claim.claimant && c.stance === 'calls-for' && !c.target)) {
      f.produced.splice(f.produced.indexOf(claim), 1);
      continue;
    }
    claim.stance = 'calls-for';
    delete claim.target;
  }
}

/** Do consumers stand right after the verb of advice, in the same clause, no punctuation between? */
function consumersAfter(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.consumers;
  if (!re) return false;
  const rest = ctx.text.slice(cue.end, f.clause.end);
  const m = execFrom(re, rest);
  if (!m) return false;
  const at = cue.end + m.index;
  if (/[,.;:!?，。；：、"“”«»]/u.test(ctx.text.slice(cue.end, at))) return false;
  return ctx.ix.count(cue.end, at) <= CONSUMER_REACH;
}
