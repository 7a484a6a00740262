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
import { matches } from '../text.ts';

/** Words between the appeal's verb and its audience ("urged all critical infrastructure operators"). */
const AUDIENCE_REACH = 3;

export function advisoryAppeal(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  return f.cues.some((c) => c.cat === 'warn') && audienceAfter(ctx, f, cue.end);
}

/**
 * The recommendations of a joint advisory: its co-signers together ("the authoring agencies strongly urge organisations
 * to patch", "les agences signataires invitent les organisations à", "X and Y urge software developers to") appealing to
 * the advisory's generic audience make no call of their own (recommendations inside an advisory are no separate calls);
 * the joint act is their warning. The co-signers are named in the sentence (a joint marker, a joint act's list), or
 * referred back to by a collective reference or by two or more of them joined before the verb, while a joint act is
 * told. One co-signer appealing alone ("the bureau urged businesses to come forward") still calls.
 */
export function jointRecommendation(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  // A cue may hold its addressee ("invitent les organisations à", "rufen Unternehmen dazu auf"): the audience follows its verb.
  const verbEnd = cue.start + (/^\S+/u.exec(cue.text)?.[0].length ?? cue.text.length);
  if (!audienceAfter(ctx, f, ctx.lex.lang === 'zh' ? cue.end : verbEnd)) return false;
  if (f.joint.members.length >= 2) return true;
  const coalition = ctx.discourse.currentCoalition(f.si) ?? ctx.discourse.lastCoalition();
  if (!coalition || coalition.length < 2) return false;
  const before = ctx.text.slice(f.clause.start, cue.start);
  if (matches(ctx.lex.jointRefs, before)) return true;
  const signers = new Set<string>();
  for (const p of f.cp) {
    if (p.start < f.clause.start || p.end > cue.start) continue;
    const r = ctx.resolve(p, f.si);
    if (r && coalition.some((m) => m.value === r.value)) signers.add(r.value);
  }
  return signers.size >= 2;
}

/** Does the advisory's generic audience stand right after the appeal's verb (ending at `from`), in the same clause? */
function audienceAfter(ctx: ClaimContext, f: ClauseFrame, from: number): boolean {
  const re = ctx.lex.advisoryAudience;
  if (!re) return false;
  const rest = ctx.text.slice(from, f.clause.end);
  const m = execFrom(re, rest);
  if (!m) return false;
  const at = from + m.index;
  if (/[,.;:!?，。；：、"“”«»]/u.test(ctx.text.slice(from, at))) return false;
  return ctx.ix.count(from, at) <= AUDIENCE_REACH;
}
