/**
 * Contracts of the extraction engine: what `extract(text)` returns (declared in
 * src/model/extraction.ts, the shape of `opstrack extract --json`) and the resolver it links names with.
 */
import type { Mention } from '../knowledge/types.ts';

export type {
  Span, Evidence, IntrusionSetHit, CountryHit, SectorHit, LinkedEntityHit,
  PersonHit, ObservableType, ObservableHit, Stance, ClaimCandidate, Extraction,
} from '../model/extraction.ts';

/** What extraction needs from the knowledge base (AliasResolver satisfies it). */
export interface MentionFinder {
  findMentions(text: string, opts?: { lang?: string }): Mention[];
}
