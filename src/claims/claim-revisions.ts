/**
 * Correcting and retracting published claims, and reading a claim's history. A claim is never
 * edited in place: a correction is a new STIX version (same id, later `modified`) and a retraction
 * a revoking version (`revoked: true`), each authored (`created_by_ref`) by the editor's
 * organisation. Who may write them is the store's rule (docs/security.md): the editors of the
 * organisation that owns the claim's id, or installation admins; anyone else is refused with the
 * store's one reason, whether or not they can see the claim.
 * @example
 * const revisions = new ClaimRevisions(claimService);
 * await revisions.correct(viewer, { orgName: 'Blue-CERT' }, id, { stance: 'accuses', confidence: 60 });
 * await revisions.retract(viewer, { orgName: 'Blue-CERT' }, id);
 * (await revisions.history(viewer, id)).versions; // oldest first, each with its author's name
 */
import { Errors } from '../errors.ts';
import { isClaim, type Claim } from '../model/claim.ts';
import type { StixObject } from '../model/stix/core.ts';
import { SYSTEM, type Viewer } from '../model/viewer.ts';
import { NOT_OWNER_REASON } from '../storage/store.ts';
import { assertClaim, correctClaim, type ClaimInput } from './build-claim.ts';
import { orgIdentity, orgIdentityId } from './claim-author.ts';
import type { ClaimService } from './claim-service.ts';

/** The fields a correction may change; `null` removes an optional one. */
export const REVISABLE_FIELDS = [
  'claimant_ref', 'speaks_for_ref', 'stance', 'subject_refs', 'subject_description', 'addressee_refs',
  'made_on', 'made_on_precision', 'made_on_source', 'confidence', 'basis', 'measure', 'targeted_sectors',
  'targeted_countries', 'evidence',
] as const;
export type RevisableField = (typeof REVISABLE_FIELDS)[number];
/** The new passage of a correction: offsets into the report's stored text (the text is read from it). */
export interface EvidenceChange { start: number; end: number }
export type ClaimChanges = { [K in Exclude<RevisableField, 'evidence'>]?: ClaimInput[K] | null } & { evidence?: EvidenceChange };

/** Who writes a version: the viewer's organisation's name names its identity if it has none yet. */
export interface Author {
  orgName: string;
}

export interface ClaimVersion {
  claim: Claim;
  /** When this version was stored. */
  date_added: string;
  author_ref?: string;
  author_name?: string;
  revoked: boolean;
  /** Fields that differ from the previous version (empty for the first). */
  changed: string[];
}

export interface ClaimHistory {
  versions: ClaimVersion[];
  /** Whether the viewer may correct or retract the claim (an editor of its owner, or an installation admin). */
  can_edit: boolean;
}

function fieldError(message: string, field: string): Error {
  return new Errors.CLAIM_INVALID(message, { field });
}

export class ClaimRevisions {
  readonly #claims: ClaimService;

  constructor(claims: ClaimService) {
    this.#claims = claims;
  }

  /** A new version of the claim with `changes` applied, authored by the editor's organisation. */
  async correct(viewer: Viewer, author: Author, id: string, changes: ClaimChanges): Promise<Claim> {
    const previous = await this.#writable(viewer, id);
    const next: Record<string, unknown> = { ...previous };
    for (const [key, value] of Object.entries(changes)) {
      if (!(REVISABLE_FIELDS as readonly string[]).includes(key)) throw fieldError(`changes.${key}: not a field a correction may change`, `changes.${key}`);
      // undefined: correctClaim drops the field from the new version
      if (value === null) next[key] = undefined;
      else if (value !== undefined) next[key] = value;
    }
    // a date the editor gives is read from the source, unless they say it is the publication's
    if (changes.made_on && !changes.made_on_source) next.made_on_source = 'text';
    if (next.made_on_source === 'unknown') {
      next.made_on = undefined;
      next.made_on_precision = undefined;
    }
    for (const key of ['subject_refs', 'addressee_refs', 'targeted_sectors', 'targeted_countries']) {
      if (Array.isArray(next[key]) && !(next[key] as unknown[]).length) next[key] = undefined;
    }
    if (changes.evidence) next.evidence = await this.#evidence(viewer, previous, changes.evidence);
    return this.#write(viewer, author, previous, next as Partial<ClaimInput>);
  }

  /** A revoking version: the claim leaves every list, count and matrix; its history stays. */
  async retract(viewer: Viewer, author: Author, id: string): Promise<Claim> {
    const previous = await this.#writable(viewer, id);
    return this.#write(viewer, author, previous, { revoked: true });
  }

  /** Every version the viewer may see, oldest first, with who wrote each and what it changed. */
  async history(viewer: Viewer, id: string): Promise<ClaimHistory> {
    const found = await this.#claims.store.get(viewer, id, ['all']);
    if (found.length === 0 || !found.every((s) => isClaim(s.object))) throw new Errors.CLAIM_NOT_FOUND(id);
    const sorted = [...found].sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
    const authors = [...new Set(sorted.map((s) => s.object.created_by_ref).filter((r): r is string => typeof r === 'string'))];
    const names = await this.#claims.names(viewer, authors);
    const versions = sorted.map((s, i) => {
      const claim = s.object as Claim;
      const before = i > 0 ? (sorted[i - 1]!.object as Record<string, unknown>) : undefined;
      return {
        claim,
        date_added: s.dateAdded,
        ...(claim.created_by_ref ? { author_ref: claim.created_by_ref, author_name: names.get(claim.created_by_ref) } : {}),
        revoked: claim.revoked === true,
        changed: before ? changedFields(before, claim as unknown as Record<string, unknown>) : [],
      };
    });
    return { versions, can_edit: await this.#canEdit(viewer, id) };
  }

  /** The latest version, if the viewer may write the next one. */
  async #writable(viewer: Viewer, id: string): Promise<Claim> {
    if (viewer.kind === 'user' && viewer.role === 'reader') throw new Errors.AUTH_FORBIDDEN('correcting or retracting claims needs role editor or admin');
    const previous = await this.#claims.get(viewer, id);
    if (previous.revoked) throw new Errors.STORE_CONFLICT(`${id}: the claim is retracted; a retraction is final`);
    if (!(await this.#canEdit(viewer, id))) throw new Errors.AUTH_FORBIDDEN(`${id}: ${NOT_OWNER_REASON}`);
    return previous;
  }

  async #canEdit(viewer: Viewer, id: string): Promise<boolean> {
    if (viewer.kind === 'system') return true;
    if (viewer.role === 'reader') return false;
    if (viewer.installationAdmin) return true;
    // the owner is the organisation of the id's first stored version (docs/security.md)
    const [first] = await this.#claims.store.get(SYSTEM, id, ['first']);
    return first?.ownerOrgId === viewer.orgId;
  }

  async #evidence(viewer: Viewer, claim: Claim, change: EvidenceChange): Promise<Claim['evidence']> {
    const [report] = await this.#claims.store.get(viewer, claim.source_ref);
    const text = report?.object.x_opstrack_text;
    const { start, end } = change;
    if (typeof text !== 'string') throw fieldError(`changes.evidence: the report ${claim.source_ref} keeps no text to read a passage from`, 'changes.evidence');
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      throw fieldError(`changes.evidence: start/end must be offsets within the report's text (0..${text.length})`, 'changes.evidence');
    }
    return { ...claim.evidence, ...change, text: text.slice(start, end) };
  }

  async #write(viewer: Viewer, author: Author, previous: Claim, changes: Partial<ClaimInput>): Promise<Claim> {
    const writes: StixObject[] = [];
    if (viewer.kind === 'user') {
      const authorRef = orgIdentityId(viewer.orgId);
      if ((await this.#claims.store.get(SYSTEM, authorRef)).length === 0) writes.push(orgIdentity(viewer.orgId, author.orgName, new Date().toISOString()));
      changes = { ...changes, created_by_ref: authorRef };
    }
    let next: Claim;
    try {
      next = correctClaim(previous, changes);
    } catch (err) {
      const e = err as Error & { field?: string };
      if (e.field) e.field = e.field.replace(/^claim\./, 'changes.');
      if (e.message) e.message = e.message.replaceAll('claim.', 'changes.');
      throw e;
    }
    assertClaim(next);
    await this.#claims.putWith(viewer, [next], writes);
    return next;
  }
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const skip = new Set(['modified', 'created_by_ref']);
  return [...keys].filter((k) => !skip.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
