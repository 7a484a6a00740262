/**
 * A party that names a threat group ("the group Microsoft tracks as X", "un groupe que Mandiant appelle X",
 * "die Gruppe, die ESET X nennt", "el grupo que Kaspersky denomina X"): the name is its finding, an
 * attribution of the operation to that group (the group's state, when its knowledge or its sentence gives one;
 * group-target.ts). Only when nothing else in the clause is claimed by that party.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { introducedAfter, namingAfter } from '../group-namer.ts';
import { groupTarget, toldStates } from '../group-target.ts';
import { linkedBefore } from '../parties.ts';
import type { Span } from '../../types.ts';

/** Words at most between the introduced group's name and a state its relative clause ties it to. */
const TIED_REACH = 12;

/**
 * The one state that an introduction itself ties the new group to: named between the finder's verb and the
 * name ("a report on a previously unknown Iranian group it calls X"), or after the name behind a marker of
 * sponsorship ("une équipe baptisée X, liée à l'Iran"). Not a victim, not the
 * claimant; none when the introduction names two.
 */
function introducedState(ctx: ClaimContext, f: ClauseFrame, verb: Span, group: Span, claimant: string): string | undefined {
  const states = new Set<string>();
  for (const p of f.parties) {
    if (p.kind !== 'country' || !p.value || p.victim || p.value === claimant) continue;
    const inside = p.start >= verb.end && p.end <= group.start;
    const tied = p.start >= group.end && ctx.ix.count(group.end, p.start) <= TIED_REACH && linkedBefore(ctx.text, ctx.lex, p);
    if (inside || tied) states.add(p.value);
  }
  return states.size === 1 ? [...states][0] : undefined;
}

export function groupNamerRule(ctx: ClaimContext, f: ClauseFrame): void {
  // A name given in passing beside another's claim ("an advisory on the unit, which Microsoft calls X") is no finding of its own.
  if (f.silent || f.produced.length) return;
  for (const p of f.cp) {
    if (p.kind !== 'organization' && p.kind !== 'country' && p.kind !== 'self') continue;
    const named = namingAfter(ctx, p);
    // "Velmora described a group it called X": the finder of a group it introduces by name (as a vendor, it
    // names a state only when its sentence does: group-target.ts).
    const introduced = named ? undefined : introducedAfter(ctx, p, f.clause);
    if (!named && !introduced) continue;
    const r = ctx.resolve(p, f.si);
    if (!r || f.produced.some((c) => c.claimant === r.value && (c.stance === 'attributes' || c.stance === 'accuses'))) continue;
    // The state the text ties the group to (group-target.ts), else the state its sentence names, else the group itself.
    const known = named ? toldStates(named.group).filter((c) => c !== r.value) : [];
    const told = introduced ? introducedState(ctx, f, introduced.verb, introduced.group, r.value) : undefined;
    const target = known.length === 1 ? known[0] : told ?? groupTarget(f, r, [(named ?? introduced)!.group]);
    if (target) ctx.emit(f, r, 'attributes', target, 0.5, 'cue');
  }
}
