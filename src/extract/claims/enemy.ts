/**
 * "The enemy" in a state's warning ("the security service warned that the enemy is searching for cameras",
 * "СБУ предупредила, что противник попытается ...", "警告称敌人正在 ..."): the noun stands for the state at war
 * with the claimant. It is the adversary the discourse has seen the claimant accuse, else the state the text
 * names most often besides the claimant (a state named only as the claimant's own side is not its enemy). A
 * claimant that is no state has no enemy this way ("the adversary" of a vendor is whoever it tracks).
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Resolved } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';
import { partyState } from './parties.ts';

/** The enemy state a state's warning names by an enemy noun after its cue, in the same clause, before any other party. */
export function enemyWarned(ctx: ClaimContext, f: ClauseFrame, cue: Cue, claimant: Resolved): string | undefined {
  const re = ctx.lex.enemyNouns;
  if (!re || claimant.kind !== 'state') return undefined;
  const rest = ctx.text.slice(cue.end, f.clause.end);
  const m = execFrom(re, rest);
  if (!m) return undefined;
  const at = cue.end + m.index;
  // "warned Poland that the enemy ...": a party named first is the one warned or spoken of.
  if (f.cp.some((p) => p.start >= cue.end && p.end <= at && !!partyState(p) && partyState(p) !== claimant.value)) return undefined;
  return ctx.discourse.adversaryOf(claimant.value) ?? mostNamedOther(ctx, claimant.value);
}

/** The state the text names most often other than `not` (a tie: none). */
function mostNamedOther(ctx: ClaimContext, not: string): string | undefined {
  const n = new Map<string, number>();
  for (const p of ctx.input.parties) {
    const s = p.kind === 'country' ? p.value : p.country;
    if (s && s !== not) n.set(s, (n.get(s) ?? 0) + 1);
  }
  const ranked = [...n].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined;
  return ranked[0]![0];
}
