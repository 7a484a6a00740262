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
    const target = known.length === 1 ? known[0] : groupTarget(f, r, [(named ?? introduced)!.group]);
    if (target) ctx.emit(f, r, 'attributes', target, 0.5, 'cue');
  }
}
