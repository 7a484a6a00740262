/**
 * A call addressed to a government named as a common noun ("urged the government to", "demanded that the
 * government explain", "exige al Gobierno que", "a exigé que le gouvernement", "fordern die Bundesregierung
 * auf", "потребовала от правительства", "đề nghị Chính phủ", "要求政府"): a body of the caller's own state,
 * so the call has its addressee though no party is named. The noun stands right after the call's verb (a
 * complementizer or an article between), in the same clause.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';

/** Words between the call's verb and the government it addresses ("demanded that the government"). */
const ADDRESSEE_REACH = 2;

export function governmentAddressed(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.governmentNouns;
  if (!re) return false;
  // A discontinuous cue holds its object ("forderte die Regierung auf"): look from the end of its first word.
  const from = Math.min(cue.end, ctx.ix.after(cue.start, 1));
  const m = execFrom(re, ctx.text.slice(from, f.clause.end));
  if (!m) return false;
  const at = from + m.index;
  return ctx.ix.count(from, at) <= ADDRESSEE_REACH && !/[,.;:!?，。；：、"“”«»„]/u.test(ctx.text.slice(from, at));
}
