/**
 * Claims of sentences written for a test: the body wrapped as an article (a title line, the body
 * with optional header lines, a `Source:` line), extracted in `lang`, every claim's evidence checked
 * to be the text at its offsets.
 */
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

export function claimsOf(body: string, lang: string, options: { title?: string; header?: string } = {}): ClaimCandidate[] {
  const text = `${options.title ?? 'Headline'}\n${options.header ? `${options.header}\n` : ''}${body}\nSource: https://example.org/story`;
  const x = extract(text, { lang });
  for (const c of x.claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  return x.claims;
}

/** Whether `claimant` attributes (or accuses) to `target`. */
export const attributes = (cs: ClaimCandidate[], claimant: string, target: string): boolean =>
  cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target);

/** The claims as [claimant, stance, target], for assertion messages. */
export const show = (cs: ClaimCandidate[]): string => JSON.stringify(cs.map((c) => [c.claimant, c.stance, c.target]));

/** The sentence's call ("calls-for") is made by `claimant`, on `target` (undefined: on no one). */
export function assertCall(cs: ClaimCandidate[], claimant: string, target: string | undefined): void {
  const call = cs.find((x) => x.stance === 'calls-for');
  assert.ok(call, show(cs));
  assert.equal(call.claimant, claimant, show(cs));
  assert.equal(call.target, target, show(cs));
}
