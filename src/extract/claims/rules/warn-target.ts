/**
 * Whom a warning is about when no party is named after its cue: an advisory "on the tactics of this
 * unit", "warnt vor Angriffen der Gruppe", "发布指南" warns of the threat group it discusses. The
 * target is the state the knowledge base ties that group to (the clause's groups, else the group
 * under discussion), else the group's own name; never the claimant, a co-signer or a victim. A claimant
 * that is no state names that state only when the text names it, and never when the text says it named none.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, GroupMention, Resolved } from '../frame.ts';
import { toldStates } from '../group-target.ts';
import { withheldState } from '../withheld-state.ts';

/**
 * The state of the threat group a warning is about, else the group; undefined when none is known. Not `topical`: only the
 * clause's own groups, not the group under discussion (a threat of a response, response-threat.ts).
 */
export function warnedGroupParty(ctx: ClaimContext, f: ClauseFrame, claimant: Resolved, topical = true): string | undefined {
  const fromGroups = (gs: GroupMention[]) => groupsWarnedOf(ctx, f, claimant, gs);
  const here = fromGroups(f.about);
  if (here || !topical) return here;
  const topic = ctx.discourse.topicGroup(f.si);
  if (!topic) return undefined;
  return fromGroups(ctx.input.groups.filter((g) => g.name === topic));
}

/** Whom a warning of these groups warns of: their one state (as the claimant may name it), else the one group's own name. */
export function groupsWarnedOf(ctx: ClaimContext, f: ClauseFrame, claimant: Resolved, gs: GroupMention[]): string | undefined {
  const excluded = new Set<string>([claimant.value, ...f.joint.members.map((m) => m.value)]);
  // As for an attribution (group-target.ts): a state warning relies on what it knows of the group; a company
  // names a state only when the text does, else (a vendor that declines to name one) it warns of the group itself.
  // A company the text says named no state (withheld-state.ts) names none, whatever states the text names.
  const named = claimant.kind === 'state' ? undefined : withheldState(ctx, claimant.value) ? new Set<string>() : statesNamed(ctx);
  // A state names the group's state when the text ties the group to it by then (group-target.ts).
  const known = [...new Set(gs.flatMap((g) => (named ? g.countries.filter((c) => named.has(c)) : toldStates(g))))];
  const states = known.filter((c) => !excluded.has(c));
  // One state behind the groups: that state; a group with no known state: the group itself.
  if (states.length === 1) return states[0];
  const names = [...new Set(gs.map((g) => g.name))];
  return !known.length && names.length === 1 && !excluded.has(names[0]!) ? names[0] : undefined;
}

/** The states the text names, as parties or as the state of a body it names. */
function statesNamed(ctx: ClaimContext): Set<string> {
  const out = new Set<string>();
  for (const p of ctx.input.parties) {
    if (p.kind === 'country') out.add(p.value);
    else if (p.country) out.add(p.country);
  }
  return out;
}
