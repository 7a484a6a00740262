/**
 * A denial told before the accusation it answers: an embassy statement that "categorically rejects
 * these accusations" and only afterwards, in a background note, says what the accusation was ("The
 * Czech ministry had blamed the group APT28"). Once every sentence is read, a denial that names no
 * operation is about the first accusation told after it against the denier.
 */
import type { ClaimCandidate, Stance } from '../types.ts';

const ACCUSING = new Set<Stance>(['accuses', 'attributes', 'warns']);

export function aboutFromLaterAccusation(claims: ClaimCandidate[]): ClaimCandidate[] {
  return claims.map((c, i) => {
    if (c.stance !== 'denies' || c.about.length) return c;
    const later = claims.slice(i + 1).find((a) => ACCUSING.has(a.stance) && a.target === c.claimant && a.claimant !== c.claimant && a.about.length);
    return later ? { ...c, about: [...later.about] } : c;
  });
}
