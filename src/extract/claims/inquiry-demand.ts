/**
 * A demand for an inquiry ("demanded an independent inquiry", "exigió una investigación independiente", "ha exigido
 * que la investigación alcance a ...", "a réclamé une enquête", "yêu cầu điều tra"): the inquiry is what the call asks
 * for, so it is a call though no party is addressed, as an appeal is. A demand of anything else with no addressee
 * ("demanded a ransom", "exige explicaciones") stays no claim. The inquiry's noun stands right after the call's verb
 * (an article, a complementizer or an adjective between), in the same clause.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';

/** Word tokens between the call's verb and the inquiry it demands ("demanded an urgent independent inquiry"). */
const INQUIRY_REACH = 3;
/** Punctuation that closes the call's object ("demanded payment, an investigation found"): an inquiry after it is another clause's. */
const OBJECT_BREAK = /[,.;:!?()，。；：！？（）"“”«»„]/u;

export function inquiryDemanded(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.inquiryNouns;
  if (!re) return false;
  const m = execFrom(re, ctx.text.slice(cue.end, f.clause.end));
  if (!m) return false;
  const at = cue.end + m.index;
  return ctx.ix.count(cue.end, at) <= INQUIRY_REACH && !OBJECT_BREAK.test(ctx.text.slice(cue.end, at));
}
