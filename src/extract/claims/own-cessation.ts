/**
 * A verb of ceasing told as its subject's own act. The profiles count verbs of ceasing among the cues of a
 * call (`ceaseCalls`: "cesser", "cesar", "прекратить", "chấm dứt", "停止") because a call so often asks a
 * party to stop: after a call verb ("urged X to stop") or a modal of obligation ("X should stop", "X应停止").
 * With neither before it in its clause, a party standing before it is the one that stops ("X将停止营运",
 * "X podría cesar sus operaciones", "X có thể chấm dứt"): no one is called on. A verb of ceasing that opens
 * someone's words ("表示：停止……") is an imperative and stays a call.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';

/** Words at most between a modal and the verb of ceasing it governs ("doivent immédiatement cesser", "应立即停止"). */
const MODAL_TO_VERB = 3;

const CLAUSE_BREAK = /[,.;:!?，。；：、]/u;

export function ownCessation(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.ceaseCalls;
  if (!re) return false;
  const m = execFrom(re, cue.text);
  if (!m || m.index !== 0) return false;
  const { text, ix } = ctx;
  if (f.cc.some((c) => c.cat === 'callFor' && c.start < cue.start)) return false;
  if (f.cc.some((c) => c.cat === 'modal' && c.end <= cue.start && ix.count(c.end, cue.start) <= MODAL_TO_VERB && !CLAUSE_BREAK.test(text.slice(c.end, cue.start)))) return false;
  if (f.cc.some((c) => c.cat === 'say' && c.end <= cue.start && /^[\s\p{P}]*$/u.test(text.slice(c.end, cue.start)))) return false;
  return f.cp.some((p) => p.end <= cue.start);
}
