/**
 * Claiming one's own act: "the group claimed responsibility", "revendiquée par un groupe",
 * "взяла на себя ответственность". The claimant is the threat group named nearest the cue (or the
 * group under discussion, when the clause refers back to it), else a state service; the target is
 * the claimant itself.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, GroupMention } from '../frame.ts';
import { groupsIn } from '../parties.ts';
import { matches, negated } from '../text.ts';
import type { Span } from '../../types.ts';

/** Max words between the cue and a state said to claim the act. */
const OWN_REACH = 12;

export function ownActRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const ownCue = f.cc.find((c) => c.cat === 'claimsOwn' && !negated(text, lex, c));
  if (!ownCue || f.silent) return;
  const words = (x: Span) => ix.count(Math.min(x.end, ownCue.end), Math.max(x.start, ownCue.start));
  const nearest = (xs: Span[]) => xs.reduce<Span | undefined>((best, x) => (!best || words(x) < words(best) ? x : best), undefined);
  const group = nearest(groupsIn(ctx.input.groups, f.clause)) as GroupMention | undefined;
  const name = group?.name ?? (matches(lex.anaphora, text.slice(f.clause.start, ownCue.start)) ? ctx.discourse.topicGroup(f.si) : undefined);
  if (name) {
    const c = ctx.emit(f, { value: name, kind: 'organization' }, 'attributes', undefined, 0.6, 'cue');
    if (c) {
      c.target = name;
      if (!c.about.includes(name)) c.about = [name, ...c.about];
    }
    return;
  }
  const state = f.cp.map((p) => ({ p, r: ctx.resolve(p, f.si) })).filter((x) => x.r?.kind === 'state' && ix.count(x.p.end, ownCue.start) <= OWN_REACH).pop();
  if (state?.r) ctx.emit(f, state.r, 'attributes', state.r.value, 0.6, 'cue');
}
