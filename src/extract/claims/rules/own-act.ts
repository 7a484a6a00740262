/**
 * Claiming one's own act: "the group claimed responsibility", "revendiquée par un groupe",
 * "взяла на себя ответственность". The claimant is the threat group named nearest the cue (or the
 * group under discussion, when the clause or the cue refers back to it: "the group claimed", "hat sich
 * die Gruppe zu ... bekannt"), else a state service; the target is
 * the claimant itself.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, GroupMention, Resolved } from '../frame.ts';
import { groupsIn, victimMarked } from '../parties.ts';
import { matches, negated } from '../text.ts';
import type { ClaimCandidate, Span } from '../../types.ts';

/** Max words between the cue and a state said to claim the act. */
const OWN_REACH = 12;

export function ownActRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const ownCue = f.cc.find((c) => c.cat === 'claimsOwn' && !negated(text, lex, c));
  if (!ownCue || f.silent) return;
  const words = (x: Span) => ix.count(Math.min(x.end, ownCue.end), Math.max(x.start, ownCue.start));
  const nearest = (xs: Span[]) => xs.reduce<Span | undefined>((best, x) => (!best || words(x) < words(best) ? x : best), undefined);
  const group = nearest(groupsIn(ctx.input.groups, f.clause)) as GroupMention | undefined;
  const name = group?.name ?? (matches(lex.anaphora, text.slice(f.clause.start, ownCue.end)) ? ctx.discourse.topicGroup(f.si) : undefined);
  if (name) {
    const c = emitOwn(ctx, f, { value: name, kind: 'organization' });
    if (c && !c.about.includes(name)) c.about = [name, ...c.about];
    return;
  }
  // A state service: the subject before the cue, else (inverted: "взяла на себя военная разведка Украины") the first
  // after it; never a victim ("attacks on Russian companies").
  const states = f.cp.map((p) => ({ p, r: ctx.resolve(p, f.si) })).filter((x) => x.r?.kind === 'state' && !victimMarked(text, lex, x.p, f.clause.start));
  const state = states.filter((x) => x.p.end <= ownCue.start && ix.count(x.p.end, ownCue.start) <= OWN_REACH).pop() ?? states.find((x) => x.p.start >= ownCue.end && ix.count(ownCue.end, x.p.start) <= OWN_REACH);
  if (state?.r) emitOwn(ctx, f, state.r);
}

/** The actor's claim of its own act: claimant and target are the actor (emit refuses a self-target, so it is set after). */
function emitOwn(ctx: ClaimContext, f: ClauseFrame, actor: Resolved): ClaimCandidate | undefined {
  const c = ctx.emit(f, actor, 'attributes', undefined, 0.6, 'cue');
  if (c) c.target = actor.value;
  return c;
}
