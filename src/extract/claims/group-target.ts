/**
 * Whom an attribution to a threat group accuses when no state is named as the accused: the state
 * the group is tied to, else the group itself. A state speaking relies on what it knows of the group
 * (the state the knowledge base ties it to); a company or researcher names a state only when its
 * own sentence does ("linked to China", "КНР"), else it attributes to the group it tracks (a vendor
 * that declines to name a state).
 */
import type { ClauseFrame, GroupMention, Resolved } from './frame.ts';

export function groupTarget(f: ClauseFrame, claimant: Resolved, groups: GroupMention[] = f.about): string | undefined {
  const states = groups.flatMap((g) => (g.countries.length ? g.countries : g.sponsors ?? [])).filter((c) => c !== claimant.value);
  if (claimant.kind === 'state') return states[0];
  const named = new Set(f.parties.flatMap((p) => (p.kind === 'country' && p.value ? [p.value] : p.kind === 'organization' && p.country ? [p.country] : [])));
  const told = states.find((c) => named.has(c));
  if (told) return told;
  const names = [...new Set(groups.map((g) => g.name))];
  return names.length === 1 && names[0] !== claimant.value ? names[0] : undefined;
}
