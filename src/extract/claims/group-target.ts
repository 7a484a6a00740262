/**
 * Whom an attribution to a threat group accuses when no state is named as the accused: the state
 * the text ties the group (or its operation) to, else the group itself. The knowledge base says which
 * states a group serves; the text ties it to one when it names that state in the group's sentence or
 * before it ("a group it says works for Y", "the Y-linked group X" earlier, Y accused of the same
 * operation in an earlier paragraph). A state agency that names only the group ("the intrusion was the
 * work of X") attributes to the group, as a vendor that declines to name a state does. A company or
 * researcher names a state only when its own sentence does ("linked to China", "КНР").
 */
import type { ClauseFrame, GroupMention, Resolved } from './frame.ts';
import type { Sentence } from '../segment.ts';
import type { Span } from '../types.ts';
import type { ClaimContext } from './context.ts';
import { joins } from './parties.ts';

/** The group's states the text ties it to (its `told` states, else every state the knowledge base or its sentence gives it). */
export function toldStates(g: GroupMention): string[] {
  return g.told ?? (g.countries.length ? g.countries : g.sponsors ?? []);
}

/**
 * Each group mention with the states of the group that the text names by the end of the mention's
 * sentence (a country, or the state of a body named): the states the text ties the group to.
 */
export function withToldStates(groups: GroupMention[], parties: Array<Span & { kind: string; value?: string; country?: string }>, sentences: Sentence[]): GroupMention[] {
  if (!groups.length) return groups;
  const named = parties.flatMap((p) => (p.kind === 'country' && p.value ? [{ at: p.start, state: p.value }] : p.kind === 'organization' && p.country ? [{ at: p.start, state: p.country }] : []));
  return groups.map((g) => {
    const states = g.countries.length ? g.countries : g.sponsors ?? [];
    if (!states.length) return g.told ? { ...g, told: [] } : g;
    const end = sentences.find((s) => g.start >= s.start && g.start < s.end)?.end ?? g.end;
    const seen = new Set(named.filter((n) => n.at < end).map((n) => n.state));
    return { ...g, told: states.filter((c) => seen.has(c)) };
  });
}

export function groupTarget(f: ClauseFrame, claimant: Resolved, groups: GroupMention[] = f.about): string | undefined {
  const named = new Set(f.parties.flatMap((p) => (p.kind === 'country' && p.value ? [p.value] : p.kind === 'organization' && p.country ? [p.country] : [])));
  // A state relies on what the text tells of the group up to here; a company on what its own sentence names.
  const states = groups.flatMap((g) => toldStates(g)).filter((c) => c !== claimant.value && (claimant.kind === 'state' || named.has(c)));
  if (states.length) return states[0];
  if (claimant.kind === 'state') {
    const known = groups.flatMap((g) => (g.countries.length ? g.countries : g.sponsors ?? []));
    // A group that serves the speaker (a denial's subject), or one of no known state in a clause naming another
    // state ("X, a group it says works for Y"): the caller looks further.
    if (known.includes(claimant.value)) return undefined;
    if (!known.length && f.cp.some((p) => p.kind === 'country' && p.value !== claimant.value && !p.victim)) return undefined;
  }
  const names = [...new Set(groups.map((g) => g.name))];
  return names.length === 1 && names[0] !== claimant.value ? names[0] : undefined;
}

/**
 * Groups coordinated from the first of `groups` ("X and Y", "X, Y et Z", "X和Y"), none of them tied to a state by the
 * text and none the claimant: each is accused on its own when no state is named (one claim each). Each group is
 * joined to the one before by a coordinator or a comma (parties.ts `joins`); the list ends at the first that is not.
 */
export function coordinatedGroups(ctx: ClaimContext, groups: GroupMention[], claimant: string): GroupMention[] {
  const [first, ...rest] = groups;
  if (!first) return [];
  const list = [first];
  for (const g of rest) {
    const last = list.at(-1)!;
    if (g.start < last.end) continue;
    if (!joins(ctx.text, ctx.lex, last.end, g.start)) break;
    list.push(g);
  }
  const names = new Set(list.map((g) => g.name));
  if (names.size < 2 || names.has(claimant) || list.some((g) => toldStates(g).length)) return [];
  return list;
}
