/**
 * An appeal inside an advisory: in a sentence that issues a warning ("issued an alert in which it asked
 * operators to ...", "в своих рекомендациях призывает операторов ...", "公布技术信息，呼吁各机关提高警觉"),
 * an appeal to the advisory's generic audience ("organisations", "exploitants", "операторов", "doanh
 * nghiệp", "各机关") calls on no party: it is part of the body's warning of the threat, not a call of
 * its own. The audience stands right after the appeal's verb (an article or a few modifiers between), in
 * the same clause. An appeal to that audience with no warning in its sentence ("urged companies to
 * remove default passwords") stays a call; so does an appeal to a party ("urged Moscow to stop").
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { execFrom } from '../../lexicons/index.ts';

/** Words between the appeal's verb and its audience ("urged all critical infrastructure operators"). */
const AUDIENCE_REACH = 3;

export function advisoryAppeal(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.advisoryAudience;
  if (!re || !f.cues.some((c) => c.cat === 'warn')) return false;
  const rest = ctx.text.slice(cue.end, f.clause.end);
  const m = execFrom(re, rest);
  if (!m) return false;
  const at = cue.end + m.index;
  if (/[,.;:!?，。；：、"“”«»]/u.test(ctx.text.slice(cue.end, at))) return false;
  return ctx.ix.count(cue.end, at) <= AUDIENCE_REACH;
}
