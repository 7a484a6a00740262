/**
 * The rules' claims and the model's, as one list: a model claim that repeats a rule claim (same
 * claimant, same kind of stance, compatible target where the target matters (attributing,
 * accusing, warning, confirming), evidence overlapping by at least half of the shorter passage)
 * is not added again; it lends the rule claim the operations and the target the
 * rule claim lacked. Accusing and attributing count as one kind of stance here (writers and models
 * use either for the same sentence); the rule claim keeps its own.
 */
import type { ClaimCandidate, Span, Stance } from '../types.ts';

const KIND: Record<Stance, string> = { attributes: 'accuse', accuses: 'accuse', denies: 'deny', confirms: 'confirm', warns: 'warn', 'calls-for': 'call' };

/** Stances whose target tells claims apart (a denial's or an appeal's does not). */
const TARGETED = new Set<Stance>(['attributes', 'accuses', 'warns', 'confirms']);

function same(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

function overlapShare(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}

/** Whether two claims tell the same thing. */
export function sameClaim(a: ClaimCandidate, b: ClaimCandidate): boolean {
  return same(a.claimant, b.claimant)
    && KIND[a.stance] === KIND[b.stance]
    && (!TARGETED.has(a.stance) || !a.target || !b.target || same(a.target, b.target))
    && overlapShare(a.evidence, b.evidence) >= 0.5;
}

export interface MergeResult {
  claims: ClaimCandidate[];
  /** Model claims that repeated a rule claim (or an earlier model claim). */
  duplicates: number;
}

/** Rule claims first, in their order, then the model's new ones, in text order. */
export function mergeClaims(rules: readonly ClaimCandidate[], model: readonly ClaimCandidate[]): MergeResult {
  const out = rules.map((c) => ({ ...c, about: [...c.about] }));
  let duplicates = 0;
  const added: ClaimCandidate[] = [];
  for (const m of model) {
    const twin = out.find((r) => sameClaim(r, m)) ?? added.find((r) => sameClaim(r, m));
    if (!twin) {
      added.push(m);
      continue;
    }
    duplicates++;
    for (const g of m.about) if (!twin.about.includes(g)) twin.about.push(g);
    if (!twin.target && m.target) twin.target = m.target;
  }
  added.sort((a, b) => a.evidence.start - b.evidence.start);
  return { claims: [...out, ...added], duplicates };
}
