/**
 * A state unit or a tool named for the group behind it: "Unit 29155", "l'unité 29155", "Einheit
 * 29155" stand for Ember Bear, "WannaCry" for Lazarus Group, in a text that also names that group,
 * when the knowledge base records the unit behind the group or the group behind the tool. A claim
 * about the unit or the tool is then about the group too. A unit or tool behind several groups the
 * text names ("the Reconnaissance General Bureau" for Lazarus and Kimsuky) stands for none of them.
 */
import type { PartyMention } from '../people.ts';
import type { Span } from '../types.ts';
import type { GroupMention, ToolMention } from './frame.ts';

/** The text's group mentions plus a stand-in mention for each unit or tool mention behind one named group. */
export function withUnitMentions(groups: GroupMention[], parties: PartyMention[], tools: ToolMention[] = []): GroupMention[] {
  const first = new Map(groups.map((g) => [g.name, g] as const));
  if (!first.size) return groups;
  const byUnit = new Map<string, Set<string>>();
  for (const g of groups) for (const u of g.units ?? []) byUnit.set(u, (byUnit.get(u) ?? new Set<string>()).add(g.name));
  const standIns: GroupMention[] = [];
  const standIn = (span: Span, named: Iterable<string>): void => {
    const present = [...named].filter((n) => first.has(n));
    if (present.length !== 1 || groups.some((x) => x.start < span.end && span.start < x.end)) return;
    const g = first.get(present[0]!)!;
    standIns.push({ start: span.start, end: span.end, name: g.name, countries: g.countries });
  };
  for (const p of parties) if (p.kind === 'organization' && p.value && byUnit.has(p.value)) standIn(p, byUnit.get(p.value)!);
  for (const t of tools) standIn(t, t.usedBy);
  return standIns.length ? [...groups, ...standIns].sort((a, b) => a.start - b.start) : groups;
}
