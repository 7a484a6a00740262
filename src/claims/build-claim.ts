/**
 * Building claims from input: a new claim gets an id, timestamps and the extension marker; a
 * correction is a new version of the same id with a later `modified` (claims are never edited).
 */
import { v4 as uuidv4 } from 'uuid';
import { Errors } from '../errors.ts';
import { CLAIM_EXTENSION_ID, CLAIM_TYPE, claimIssues, type Claim, type ClaimFields } from '../model/claim.ts';

/** What a caller supplies: everything but the envelope (type, spec_version, timestamps, extensions). */
export type ClaimInput = ClaimFields & {
  id?: Claim['id'];
  created?: string;
  modified?: string;
};

const ENVELOPE = new Set(['type', 'spec_version', 'extensions']);

/** Throws OPS_ERR_CLAIM_INVALID naming the first bad field (all of them in the message). */
export function assertClaim(value: unknown, path = 'claim'): asserts value is Claim {
  const issues = claimIssues(value, path);
  const [first] = issues;
  if (first) {
    throw new Errors.CLAIM_INVALID(issues.map((i) => `${i.path}: ${i.problem}`).join('; '), { field: first.path });
  }
}

export function buildClaim(input: ClaimInput, now = new Date()): Claim {
  const stamp = now.toISOString();
  const fields = Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && !ENVELOPE.has(k)));
  const claim = {
    type: CLAIM_TYPE,
    spec_version: '2.1',
    id: input.id ?? `${CLAIM_TYPE}--${uuidv4()}`,
    created: input.created ?? stamp,
    modified: input.modified ?? input.created ?? stamp,
    ...fields,
    extensions: { [CLAIM_EXTENSION_ID]: { extension_type: 'new-sdo' } },
  } as unknown as Claim;
  assertClaim(claim);
  return claim;
}

/** A corrected version: same id and created, `modified` strictly later than the previous version's. */
export function correctClaim(previous: Claim, changes: Partial<ClaimInput>, now = new Date()): Claim {
  let modified = now.toISOString();
  if (modified <= previous.modified) modified = new Date(Date.parse(previous.modified) + 1).toISOString();
  const next: Record<string, unknown> = { ...previous, ...changes, id: previous.id, created: previous.created, modified };
  for (const [k, v] of Object.entries(next)) if (v === undefined) delete next[k];
  assertClaim(next);
  return next;
}
