/**
 * A threat group as the subject of a denial: "Killnet rejected the accusations", "The group denied it", "Le groupe,
 * lui, dément tout lien avec le Kremlin", "El grupo ha negado cualquier vínculo con el Kremlin", "Группировка
 * отвергла эти обвинения". Threat groups are no parties of the sentence, so the stance rule finds no subject before
 * the verb and would take a state after it ("tout lien avec le Kremlin") or the speaker before for the denier; the group
 * named right before the verb, or referred back to by a definite group noun (group-anaphora.ts: the group named last,
 * within reach), denies for itself: the claim is the group's, its target the group, about the group.
 * A group after the verb ("Moscow denied any link to Killnet"), or set off from it by another party or a comma, is
 * what is denied, not who denies.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, GroupMention } from '../frame.ts';
import { negated } from '../text.ts';
import { directSubject } from './group-stance.ts';

/** The threat group that is the subject of the denial `cue`, named or referred back to, if any. */
export function groupDenier(ctx: ClaimContext, f: ClauseFrame, cue: Cue): GroupMention | undefined {
  if (cue.cat !== 'deny' || negated(ctx.text, ctx.lex, cue)) return undefined;
  const refs = ctx.input.groupRefs;
  const pool = refs?.length ? [...ctx.input.groups, ...refs].sort((a, b) => a.start - b.start) : ctx.input.groups;
  return directSubject(ctx, f, cue, pool);
}

export function groupDenialRule(ctx: ClaimContext, f: ClauseFrame): void {
  if (f.silent) return;
  for (const cue of f.cc) {
    const group = groupDenier(ctx, f, cue);
    if (!group) continue;
    const c = ctx.emit(f, { value: group.name, kind: 'organization' }, 'denies', group.name, 0.6, 'cue');
    if (c && !c.about.includes(group.name)) c.about = [group.name, ...c.about];
    if (c) return;
  }
}
