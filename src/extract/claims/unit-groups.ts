/**
 * A state unit named for the group it is: "Unit 29155", "l'unité 29155", "Einheit 29155" stand for
 * Ember Bear in a text that also names Ember Bear, when the knowledge base records the unit behind
 * the group. A claim about the unit is then about the group too. A unit behind several groups the
 * text names ("the Reconnaissance General Bureau" for Lazarus and Kimsuky) stands for none of them.
 */
import type { PartyMention } from '../people.ts';
import type { GroupMention } from './frame.ts';

/** The text's group mentions plus a stand-in mention for each mention of a unit behind one named group. */
export function withUnitMentions(groups: GroupMention[], parties: PartyMention[]): GroupMention[] {
  const byUnit = new Map<string, Set<string>>();
  for (const g of groups) for (const u of g.units ?? []) {
    const named = byUnit.get(u) ?? new Set<string>();
    named.add(g.name);
    byUnit.set(u, named);
  }
  if (!byUnit.size) return groups;
  const first = new Map(groups.map((g) => [g.name, g] as const));
  const standIns: GroupMention[] = [];
  for (const p of parties) {
    if (p.kind !== 'organization' || !p.value) continue;
    const named = byUnit.get(p.value);
    if (named?.size !== 1) continue;
    const [name] = [...named];
    const g = first.get(name!)!;
    if (groups.some((x) => x.start < p.end && p.start < x.end)) continue;
    standIns.push({ start: p.start, end: p.end, name: g.name, countries: g.countries });
  }
  return standIns.length ? [...groups, ...standIns].sort((a, b) => a.start - b.start) : groups;
}
