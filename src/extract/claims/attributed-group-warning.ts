/**
 * A warning of a threat group that its claimant, elsewhere in the text, attributes to one state ("Velmora
 * ties the group to China ... Velmora warned the group remains active") warns of that state: the
 * conventions aim a warning at the state the text ties the threat to, the group only when none is. Only the
 * claimant's own attributions in other sentences count, and only when they name one state for the group.
 */
import type { ClaimCandidate } from '../types.ts';
import { isStateParty } from './state-party.ts';

export function warnedGroupsOwnState(claims: ClaimCandidate[]): ClaimCandidate[] {
  return claims.map((c) => {
    if (c.stance !== 'warns' || !c.target || isStateParty(c.target) || c.target === c.claimant) return c;
    const states = new Set(
      claims
        .filter((o) => (o.stance === 'attributes' || o.stance === 'accuses') && o.claimant === c.claimant && isStateParty(o.target) && o.about.includes(c.target!)
          // Elsewhere: an attribution read from the warning's own sentence is no second telling of the tie.
          && o.evidence.start !== c.evidence.start)
        .map((o) => o.target!),
    );
    if (states.size !== 1) return c;
    const [state] = states;
    return state === c.claimant ? c : { ...c, target: state!, about: c.about.includes(c.target) ? c.about : [...c.about, c.target] };
  });
}
