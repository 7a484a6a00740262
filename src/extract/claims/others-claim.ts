/**
 * A claim of responsibility beside a confirmation that is not the confirmer's own: "X confirmed the outage was an
 * attack, after the group Y claimed it", "a confirmé l'attaque, revendiquée par un groupe", "confirmó el ataque
 * después de que el grupo Y se atribuyera la autoría", "подтвердило атаку после того, как группировка Y взяла на себя
 * ответственность", "outages caused by hackers who later owned the attack". A victim confirming a hit that another
 * claims still confirms it; only an actor owning its act in the same breath ("se atribuyeron los intentos y
 * admitieron que ...") confirms nothing. The claim is another's when a threat group, named or by its head noun
 * ("the group", "hackers", "группировка", "nhóm", "团伙"), stands between the two cues, or when the claim is passive with
 * its agent after it ("claimed by", "revendiquée par"). A victim named between a claim and the confirmation after it is
 * the claim's object ("revendiqué l'attaque contre le ministère et a reconnu ..."): the claimer still confirms nothing.
 */
import type { ClaimContext } from './context.ts';
import type { Cue } from './frame.ts';
import { groupsIn } from './parties.ts';
import { matches, startsWith } from './text.ts';

/** Characters after a claim cue read for the agent marker of a passive ("claimed by", "revendiquée par"). */
const AGENT_LOOK = 12;

export function othersClaim(ctx: ClaimContext, confirm: Cue, own: Cue): boolean {
  const { text, lex } = ctx;
  if (startsWith(lex.claimsOwnAgent, text.slice(own.end, own.end + AGENT_LOOK))) return true;
  const gap = own.start >= confirm.end ? { start: confirm.end, end: own.start } : { start: own.end, end: confirm.start };
  if (gap.end <= gap.start) return false;
  if (groupsIn(ctx.input.groups, gap).length) return true;
  return matches(lex.unnamedGroupHeads, text.slice(gap.start, gap.end));
}
