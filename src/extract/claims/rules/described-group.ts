/**
 * A party that first describes, discovers or reports on a threat group together with what the group does
 * ("X lo describió como una banda que atacaba ...", "Y первой описала X. Позже группировка взломала ..."): its
 * attribution of that act to the group (described-group.ts). Target: the state its sentence ties the group to,
 * else the group itself (group-target.ts). Only an organisation (a vendor, a researcher's lab, "we" of its own
 * report), and only when nothing else in the sentence is attributed by it.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { describedAct, describedBy } from '../described-group.ts';
import { groupTarget } from '../group-target.ts';

export function describedGroupRule(ctx: ClaimContext, f: ClauseFrame): void {
  if (f.silent || !ctx.lex.groupIntroducers) return;
  for (const p of f.cp) {
    if (p.kind !== 'organization' && p.kind !== 'self') continue;
    const d = describedBy(ctx, p, f.si);
    if (!d || !describedAct(ctx, f, d)) continue;
    const r = ctx.resolve(p, f.si);
    if (!r || r.kind !== 'organization') continue;
    if (f.produced.some((c) => c.claimant === r.value && (c.stance === 'attributes' || c.stance === 'accuses'))) continue;
    // The group is what the claim is about, also when a pronoun stands for it in the clause.
    const about = f.about.some((g) => g.name === d.group.name) ? f.about : [...f.about, d.group];
    const target = groupTarget(f, r, [d.group]);
    if (target) ctx.emit({ ...f, about }, r, 'attributes', target, 0.5, 'cue');
  }
}
