/**
 * A body that leaves the state behind an attack unnamed: "the firm named no country", "nannte aber kein
 * Land", "ne nomme aucun pays", "не назвали страну" (profile `stateWithheld`). The sentence that says so
 * names the body; its warnings of a group are then of the group itself, not of a state the text names
 * elsewhere (warn-target.ts).
 */
import type { ClaimContext } from './context.ts';
import { execAll } from '../lexicons/index.ts';

const cache = new WeakMap<ClaimContext, Set<string>>();

/** The claimants that some sentence of the text says named no state (computed once per text). */
function withholders(ctx: ClaimContext): Set<string> {
  let out = cache.get(ctx);
  if (out) return out;
  out = new Set<string>();
  const re = ctx.lex.stateWithheld;
  if (re) {
    for (const s of ctx.input.sentences) {
      if (!execAll(re, s.text).length) continue;
      for (const p of ctx.known) {
        if (p.start >= s.start && p.end <= s.end && p.kind !== 'country' && p.value) out.add(p.value);
      }
    }
  }
  cache.set(ctx, out);
  return out;
}

/** Whether the text says this claimant named no state. */
export function withheldState(ctx: ClaimContext, claimant: string): boolean {
  return withholders(ctx).has(claimant);
}
