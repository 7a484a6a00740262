/**
 * Accusations of a physical strike. "X accuses Y of attacking power plants with drones", "the army says
 * its jets struck targets overnight": an accusation or attribution whose passage tells an act of
 * physical warfare (the profile's `kinetic` words) and no cyber act (no `cyberMarks` word, no threat
 * group named in it) accuses a strike, not a cyber operation, and is no claim OpsTrack codes.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { ClaimCandidate, Span } from '../types.ts';
import { matches } from './text.ts';

const ATTRIBUTION = new Set(['attributes', 'accuses']);

/** The claims that stay: all but the accusations whose passage tells only a physical strike. */
export function dropKinetic(claims: ClaimCandidate[], lex: CompiledLexicon, groups: ReadonlyArray<Span>): ClaimCandidate[] {
  if (!lex.kinetic) return claims;
  return claims.filter((c) => {
    if (!ATTRIBUTION.has(c.stance)) return true;
    const ev = c.evidence;
    if (!matches(lex.kinetic, ev.text)) return true;
    if (lex.cyberMarks && matches(lex.cyberMarks, ev.text)) return true;
    return groups.some((g) => g.start >= ev.start && g.end <= ev.end);
  });
}
