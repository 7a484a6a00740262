/**
 * The model's proposals made claims of the article, then merged with the rules' (merge.ts): each
 * quote located verbatim in the text (evidence.ts), else the claim is dropped as not in the text;
 * claimant, target and operations resolved through the knowledge base (resolve.ts). A claimant the
 * knowledge does not know stays as written (an organisation candidate); operations it does not know
 * are listed in `unresolved`, never given an id; a claim naming an identifier nobody holds is dropped.
 */
import { dateClaims } from '../dates.ts';
import { segmentDocument } from '../segment.ts';
import type { ClaimCandidate, Extraction } from '../types.ts';
import type { ChunkAnswer } from './ask.ts';
import { locateQuote } from './evidence.ts';
import { mergeClaims } from './merge.ts';
import type { ProposedClaim } from './answer.ts';
import { resolveName, type NameResolver } from './resolve.ts';

export interface LlmClaimStats {
  proposed: number;
  kept: number;
  /** Quotes not found in the text. */
  notInText: number;
  /** Claims naming an identifier the knowledge does not hold. */
  inventedIds: number;
  /** Kept claims that repeated a rule claim. */
  duplicates: number;
}

export interface LlmClaimsResult {
  claims: ClaimCandidate[];
  warnings: string[];
  stats: LlmClaimStats;
}

function toCandidate(text: string, p: ProposedClaim, within: { start: number; end: number }, resolver: NameResolver, lang: string): ClaimCandidate | 'not-in-text' | 'invented-id' {
  const at = locateQuote(text, p.quote, within);
  if (!at) return 'not-in-text';
  const claimant = resolveName(p.claimant, resolver, lang);
  const target = p.target ? resolveName(p.target, resolver, lang) : undefined;
  const about = p.about.map((a) => resolveName(a, resolver, lang));
  if ([claimant, target, ...about].some((r) => r?.kind === 'invented-id')) return 'invented-id';
  const unresolved: string[] = [];
  const groups: string[] = [];
  for (const r of [...about, ...(target?.kind === 'group' ? [target] : [])]) {
    if (r.kind === 'group' && !groups.includes(r.value)) groups.push(r.value);
    else if (r.kind === 'unresolved' && !unresolved.includes(r.value)) unresolved.push(r.value);
  }
  if (claimant.kind === 'unresolved' || target?.kind === 'unresolved') {
    for (const r of [claimant, target]) if (r?.kind === 'unresolved' && !unresolved.includes(r.value)) unresolved.push(r.value);
  }
  const targetValue = target && target.kind !== 'group' ? target.value : undefined;
  return {
    claimant: claimant.value,
    claimant_kind: claimant.kind === 'state' ? 'state' : 'organization',
    stance: p.stance,
    ...(targetValue ? { target: targetValue } : {}),
    about: groups,
    evidence: { text: text.slice(at.start, at.end), start: at.start, end: at.end },
    confidence: 0.5,
    method: 'llm',
    ...(unresolved.length ? { unresolved } : {}),
  };
}

/** The model's claims resolved, checked against the text, dated, and merged with the rules' claims in `extraction`. */
export function mergeLlmClaims(
  text: string,
  extraction: Pick<Extraction, 'language' | 'claims'>,
  answers: readonly ChunkAnswer[],
  resolver: NameResolver,
  options: { published?: string | null } = {},
): LlmClaimsResult {
  const lang = extraction.language;
  const stats: LlmClaimStats = { proposed: 0, kept: 0, notInText: 0, inventedIds: 0, duplicates: 0 };
  const found: ClaimCandidate[] = [];
  for (const a of answers) {
    for (const p of a.claims) {
      stats.proposed++;
      const c = toCandidate(text, p, a, resolver, lang);
      if (c === 'not-in-text') stats.notInText++;
      else if (c === 'invented-id') stats.inventedIds++;
      else found.push(c);
    }
  }
  const dated = dateClaims(found, { text, lang, sentences: segmentDocument(text, lang).sentences, published: options.published });
  const merged = mergeClaims(extraction.claims, dated);
  stats.duplicates = merged.duplicates;
  stats.kept = found.length - merged.duplicates;
  const warnings: string[] = [];
  if (stats.notInText) warnings.push(`${stats.notInText} LLM claim(s) dropped: their quoted passage is not in the text`);
  if (stats.inventedIds) warnings.push(`${stats.inventedIds} LLM claim(s) dropped: they name an identifier the knowledge base does not hold`);
  return { claims: merged.claims, warnings, stats };
}
