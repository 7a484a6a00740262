/**
 * Whom a warning is about when no party is named after its cue: an advisory "on the tactics of this
 * unit", "warnt vor Angriffen der Gruppe", "发布指南" warns of the threat group it discusses. The
 * target is the state the knowledge base ties that group to (the clause's groups, else the group
 * under discussion), else the group's own name; never the claimant, a co-signer or a victim.
 * A state the text never names (neither the country nor one of its bodies) is no target: the
 * warning is of the group the text names ("CERT-XX warns of group Y" in a text silent on Y's state).
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, GroupMention } from '../frame.ts';

/** The state of the threat group a warning is about, else the group; undefined when none is known. */
export function warnedGroupParty(ctx: ClaimContext, f: ClauseFrame, claimant: string): string | undefined {
  const excluded = new Set<string>([claimant, ...f.joint.members.map((m) => m.value)]);
  const named = namedStates(ctx);
  const fromGroups = (gs: GroupMention[]) => {
    const known = [...new Set(gs.flatMap((g) => g.countries))].filter((c) => named.has(c));
    const states = known.filter((c) => !excluded.has(c));
    // One state behind the groups: that state; a group with no known state: the group itself.
    if (states.length === 1) return states[0];
    const names = [...new Set(gs.map((g) => g.name))];
    return !known.length && names.length === 1 && !excluded.has(names[0]!) ? names[0] : undefined;
  };
  const here = fromGroups(f.about);
  if (here) return here;
  const topic = ctx.discourse.topicGroup(f.si);
  if (!topic) return undefined;
  return fromGroups(ctx.input.groups.filter((g) => g.name === topic));
}

/** The states a text names: as countries, or through one of their bodies. */
function namedStates(ctx: ClaimContext): Set<string> {
  const states = new Set<string>();
  for (const p of ctx.input.parties) {
    if (p.kind === 'country') states.add(p.value);
    if (p.country) states.add(p.country);
  }
  return states;
}
