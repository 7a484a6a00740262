/**
 * Anaphora by a definite common noun: "the company", "l'éditeur", "das Unternehmen", "компания", "该公司",
 * "công ty này", "la empresa" mean the organisation named last (a vendor, a victim company), not whoever
 * spoke last: "ESET found the flaw. The company attributes it to X" is ESET's attribution.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Party } from './frame.ts';
import type { Span } from '../types.ts';
import { plausibleParty } from './parties.ts';
import { SOURCE_NAMES } from '../lexicons/sources.ts';


/** Sentences over which a company noun reaches back, its own included. */
const COMPANY_REACH = 3;
/** Sentences over which a company noun reaches back to a known vendor when no known organisation is within COMPANY_REACH. */
const KNOWN_COMPANY_REACH = 5;

/**
 * The organisation (no state's body) named last before the company noun `p`, within reach: a known
 * vendor or company first (a capitalised word taken for a name, "the Galwan clash", is no company),
 * else any organisation. With `stateBodies` (the owner of a staff noun, "the researchers"): a known
 * vendor, company or state body only, since people are more often taken for unknown organisations
 * than their researchers are. With `groups` (the threat groups' mentions): none of them, which a company noun never means.
 */
export function companyAntecedent(lex: CompiledLexicon, known: Party[], sentences: Sentence[], p: Party, opts: { stateBodies?: boolean; groups?: readonly Span[] } = {}): Party | undefined {
  const si = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  if (si < 0) return undefined;
  const from = sentences[Math.max(0, si - COMPANY_REACH + 1)]!.start;
  // A known vendor or company named a little further back is a likelier antecedent than a capitalised run
  // taken for a name within reach ("exploited flaws in Velmora Gateway and Orsat Portal servers. The company warned ...").
  const farFrom = sentences[Math.max(0, si - KNOWN_COMPANY_REACH + 1)]!.start;
  let company: Party | undefined;
  let farCompany: Party | undefined;
  let other: Party | undefined;
  for (const q of known) {
    if (q.end > p.start) break;
    if (q.start < farFrom || q.kind !== 'organization' || (q.country && !opts.stateBodies) || !plausibleParty(lex, q)) continue;
    // "The company said ..." never points back to a threat group ("the group" would): skip the groups named (`groups`).
    if (opts.groups?.some((g) => g.start < q.end && q.start < g.end)) continue;
    const isKnown = q.victim || SOURCE_NAMES.has(q.value!) || q.country;
    if (q.start < from) {
      if (isKnown && SOURCE_NAMES.has(q.value!)) farCompany = q;
      continue;
    }
    if (isKnown) company = q;
    else other = q;
  }
  return opts.stateBodies ? company : company ?? farCompany ?? other;
}
