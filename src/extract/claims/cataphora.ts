/**
 * A lead that tells the act before naming the actor: "Hackers linked to Beijing breached three
 * carriers, the newspaper reported. The group, dubbed Salt Typhoon, ..." — an accusation or a
 * warning told while no operation is under discussion is about the group the next sentences name.
 */
import { groupsIn } from './parties.ts';
import type { Sentence } from '../segment.ts';
import type { ClaimCandidate, Stance } from '../types.ts';
import type { GroupMention } from './frame.ts';

/** How many sentences after a claim the actor it told of may be named. */
const NAMED_WITHIN = 2;
const FORWARD = new Set<Stance>(['accuses', 'attributes', 'warns']);

export function aboutNamedNext(claims: ClaimCandidate[], sentenceOf: Map<ClaimCandidate, number>, sentences: Sentence[], groups: GroupMention[]): ClaimCandidate[] {
  return claims.map((c) => {
    const si = sentenceOf.get(c);
    if (si === undefined || c.about.length || !FORWARD.has(c.stance)) return c;
    for (let j = si + 1; j <= si + NAMED_WITHIN && j < sentences.length; j++) {
      const named = groupsIn(groups, sentences[j]!).map((g) => g.name);
      if (named.length) return { ...c, about: named.filter((n, i) => named.indexOf(n) === i) };
    }
    return c;
  });
}
