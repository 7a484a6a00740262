/**
 * Claims for the API, the CLI and tests, free of any web framework: write claims (stored as STIX
 * through the Store and indexed in the same transaction) and ask the questions claims exist for.
 * Every read takes the viewer first and sees only what the Store would show them.
 * @example
 * const claims = new ClaimService(store, db);
 * await claims.put(viewer, [{ claimant_ref, stance: 'denies', subject_refs: [volt], ... }]);
 * await claims.contested(viewer); // [{ subject_ref, subject_name: 'Volt Typhoon', accusing: 1, denying: 1, ... }]
 */
import { Errors } from '../errors.ts';
import type { Viewer } from '../model/viewer.ts';
import { evidenceMatches, isClaim, stanceSide, type Claim, type ClaimStance } from '../model/claim.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { Store } from '../storage/store.ts';
import type { StixObject } from '../model/stix/core.ts';
import { visibilitySql } from '../storage/visibility.ts';
import { inList } from '../storage/sql-fragment.ts';
import { loadDefaultKnowledge } from '../knowledge/index.ts';
import { claimSentence, officeOf, sentencePartsOf, type SentenceNames, type SentenceSource } from '../model/claim-sentence.ts';
import { assertClaim, buildClaim, correctClaim, type ClaimInput } from './build-claim.ts';
import {
  countClaims, listClaims,
  type ClaimFilter, type ContestedSubject, type MatrixCell, type MatrixFilter, type TimelinePoint,
} from './claim-queries.ts';
import {
  contestedStatements, countStatements, getStatement, listStatements, statementMatrix, statementTimeline,
  type Statement, type StatementFilter,
} from './statement-queries.ts';

export interface ClaimServiceOptions {
  /**
   * The stored text of a source report, when the caller keeps one: evidence offsets are then
   * checked against it (OPS_ERR_CLAIM_EVIDENCE_MISMATCH) before anything is written.
   */
  textOf?: (viewer: Viewer, reportRef: string) => Promise<string | undefined>;
}

export interface ClaimGroup {
  stance: ClaimStance;
  claimant_ref: string;
  claimant_name?: string;
  claims: Claim[];
}

export interface SubjectClaims {
  subject_ref: string;
  subject_name?: string;
  total: number;
  /** attributes, accuses, confirms */
  for: ClaimGroup[];
  /** denies */
  against: ClaimGroup[];
  /** warns, calls-for, overlaps */
  other: ClaimGroup[];
}

export type NamedContested = ContestedSubject & { subject_name?: string };
export type NamedCell = MatrixCell & { party_name?: string; addressee_name?: string };

let knowledgeNames: Map<string, string> | undefined;

function knownName(id: string): string | undefined {
  knowledgeNames ??= new Map(loadDefaultKnowledge().map((e) => [e.id, e.name]));
  return knowledgeNames.get(id);
}

function canWrite(viewer: Viewer): void {
  if (viewer.kind === 'user' && viewer.role === 'reader') throw new Errors.AUTH_FORBIDDEN('recording claims needs role editor or admin');
}

export class ClaimService {
  readonly store: Store;
  readonly #db: SqlDb;
  readonly #textOf?: ClaimServiceOptions['textOf'];

  /** `db`: the handle on the claim index tables (the store's database), given by the composition root. */
  constructor(store: Store, db: SqlDb, options: ClaimServiceOptions = {}) {
    this.store = store;
    this.#db = db;
    this.#textOf = options.textOf;
  }

  /**
   * Records claims (new ones from input, or complete claim objects such as corrections) in one
   * transaction: all are stored and indexed, or none. Answered claims must exist (in the batch or
   * the store); a version that clashes with a stored one is refused.
   */
  async put(viewer: Viewer, inputs: ReadonlyArray<ClaimInput | Claim>): Promise<Claim[]> {
    canWrite(viewer);
    if (!Array.isArray(inputs)) throw Object.assign(new Errors.CLAIM_INVALID('claims: must be an array'), { field: 'claims' });
    const now = new Date();
    const claims = inputs.map((input, i) => {
      if (input && typeof input === 'object' && 'type' in input) {
        assertClaim(input, `claims[${i}]`);
        return input as Claim;
      }
      try {
        return buildClaim(input as ClaimInput, now);
      } catch (err) {
        const e = err as Error & { field?: string };
        if (e.message) e.message = e.message.replaceAll('claim.', `claims[${i}].`);
        if (e.field) e.field = e.field.replace(/^claim\./, `claims[${i}].`);
        throw e;
      }
    });
    await this.#checkAnswers(viewer, claims);
    await this.#checkEvidence(viewer, claims);
    // One transaction: a conflicting version rolls back the whole batch.
    await this.#db.transaction(async () => {
      const result = await this.store.put(claims, { actor: viewer });
      const [c] = result.conflicts;
      if (c) {
        if (c.kind === 'owner') throw new Errors.STORE_CONFLICT(`${c.id}: ${c.reason}`);
        throw new Errors.STORE_CONFLICT(`${c.id} version ${c.version}: a claim is immutable; a correction needs a later modified`);
      }
    });
    return claims;
  }

  /**
   * Stores complete claim versions (corrections, retractions: see claim-revisions.ts) with the
   * objects they need (their author's identity) in one transaction. A version of an id the writer's
   * organisation does not own is refused (OPS_ERR_AUTH_FORBIDDEN) with the store's one reason.
   */
  async putWith(viewer: Viewer, claims: readonly Claim[], also: readonly StixObject[] = []): Promise<void> {
    canWrite(viewer);
    await this.#checkAnswers(viewer, claims);
    await this.#checkEvidence(viewer, claims);
    await this.#db.transaction(async () => {
      const result = await this.store.put([...also, ...claims], { actor: viewer });
      const [c] = result.conflicts;
      if (c?.kind === 'owner') throw new Errors.AUTH_FORBIDDEN(`${c.id}: ${c.reason}`);
      if (c) throw new Errors.STORE_CONFLICT(`${c.id} version ${c.version}: ${c.reason}`);
    });
  }

  async create(viewer: Viewer, input: ClaimInput): Promise<Claim> {
    const [claim] = await this.put(viewer, [input]);
    return claim!; // put returns one claim per input
  }

  /** A correction: a new version of the claim (same id, later `modified`) with the changes applied. */
  async correct(viewer: Viewer, id: string, changes: Partial<ClaimInput>): Promise<Claim> {
    const previous = await this.get(viewer, id);
    const [claim] = await this.put(viewer, [correctClaim(previous, changes)]);
    return claim!; // put returns one claim per input
  }

  async get(viewer: Viewer, id: string): Promise<Claim> {
    const [found] = await this.store.get(viewer, id);
    if (!found || !isClaim(found.object)) throw new Errors.CLAIM_NOT_FOUND(id);
    return found.object as Claim;
  }

  /** Every version of a claim, oldest first. */
  async history(viewer: Viewer, id: string): Promise<Claim[]> {
    const found = await this.store.get(viewer, id, ['all']);
    if (found.length === 0) throw new Errors.CLAIM_NOT_FOUND(id);
    return found.map((s) => s.object as Claim).sort((a, b) => (a.modified < b.modified ? -1 : 1));
  }

  async list(viewer: Viewer, filter: ClaimFilter = {}): Promise<{ claims: Claim[]; total: number }> {
    const [claims, total] = await Promise.all([listClaims(this.#db, viewer, filter), countClaims(this.#db, viewer, filter)]);
    return { claims, total };
  }

  /** Everything that cites a source report. */
  async bySource(viewer: Viewer, reportRef: string, page: Pick<ClaimFilter, 'limit' | 'offset'> = {}): Promise<{ claims: Claim[]; total: number }> {
    return this.list(viewer, { ...page, source: reportRef });
  }

  /** All claims about a subject, for and against, grouped by stance and claimant. */
  async about(viewer: Viewer, subjectRef: string, filter: Omit<ClaimFilter, 'subject'> = {}): Promise<SubjectClaims> {
    const claims = await listClaims(this.#db, viewer, { limit: 1000, ...filter, subject: subjectRef });
    const names = await this.names(viewer, [subjectRef, ...claims.map((c) => c.claimant_ref)]);
    const groups = new Map<string, ClaimGroup>();
    for (const claim of claims) {
      const key = `${claim.stance}\u0000${claim.claimant_ref}`;
      let group = groups.get(key);
      if (!group) {
        group = { stance: claim.stance, claimant_ref: claim.claimant_ref, claimant_name: names.get(claim.claimant_ref), claims: [] };
        groups.set(key, group);
      }
      group.claims.push(claim);
    }
    const out: SubjectClaims = { subject_ref: subjectRef, subject_name: names.get(subjectRef), total: claims.length, for: [], against: [], other: [] };
    for (const group of groups.values()) {
      const side = stanceSide(group.stance);
      (side === 'for' ? out.for : side === 'against' ? out.against : out.other).push(group);
    }
    return out;
  }

  /** Statements (one statement, many sources: statement-index.ts) matching the filter, as the viewer sees them. */
  async statements(viewer: Viewer, filter: StatementFilter = {}): Promise<{ statements: Statement[]; total: number }> {
    const [statements, total] = await Promise.all([listStatements(this.#db, viewer, filter), countStatements(this.#db, viewer, filter)]);
    return { statements, total };
  }

  /** One statement with every claim (source and passage) the viewer sees. */
  async statement(viewer: Viewer, id: string): Promise<Statement> {
    const found = await getStatement(this.#db, viewer, id);
    if (!found) throw new Errors.STORE_NOT_FOUND(id);
    return found;
  }

  /** Contested subjects, counted in statements (not copies). */
  async contested(viewer: Viewer, page: { limit?: number; offset?: number } = {}): Promise<NamedContested[]> {
    const rows = await contestedStatements(this.#db, viewer, page);
    const names = await this.names(viewer, rows.map((r) => r.subject_ref));
    return rows.map((r) => ({ ...r, subject_name: names.get(r.subject_ref) }));
  }

  /** Accuser by accused, counted in statements; `rollup`: agencies under their state. */
  async matrix(viewer: Viewer, filter: MatrixFilter & { rollup?: boolean } = {}): Promise<NamedCell[]> {
    const cells = await statementMatrix(this.#db, viewer, filter);
    const names = await this.names(viewer, cells.flatMap((c) => [c.party_ref, c.addressee_ref]));
    return cells.map((c) => ({ ...c, party_name: names.get(c.party_ref), addressee_name: names.get(c.addressee_ref) }));
  }

  async timeline(viewer: Viewer, filter: ClaimFilter & { interval?: 'day' | 'month' } = {}): Promise<TimelinePoint[]> {
    return statementTimeline(this.#db, viewer, filter);
  }

  /**
   * What a sentence needs of these ids (src/model/claim-sentence.ts): display names, which are
   * people, and a person's office (their first role, else their description), as the viewer sees them.
   */
  async sentenceNames(viewer: Viewer, ids: readonly string[]): Promise<SentenceNames & { names: Map<string, string> }> {
    const names = await this.names(viewer, ids);
    const people = new Map<string, string | undefined>();
    const identities = [...new Set(ids)].filter((id) => id.startsWith('identity--'));
    const vis = visibilitySql(viewer, 'o');
    for (let i = 0; i < identities.length; i += 500) {
      const list = inList('o.id', identities.slice(i, i + 500));
      const rows = await this.#db.query<{ id: string; object_json: string }>(
        `SELECT o.id, o.object_json FROM objects o WHERE ${list.sql} AND (${vis.sql}) ORDER BY o.id, o.version`,
        [...list.params, ...vis.params],
      );
      for (const r of rows) {
        const o = JSON.parse(r.object_json) as { identity_class?: string; roles?: unknown; description?: unknown };
        if (o.identity_class !== 'individual') { people.delete(r.id); continue; }
        people.set(r.id, officeOf(o));
      }
    }
    return { names, name: (id) => names.get(id), isPerson: (id) => people.has(id), office: (id) => people.get(id) };
  }

  /** A claim or statement as one sentence ("China denies that it is behind Volt Typhoon, 15 April 2024, 2 sources"). */
  sentence(c: SentenceSource, names: SentenceNames, sources?: number): string {
    return claimSentence(sentencePartsOf(c, names, { sources }));
  }

  /** Display names of objects the viewer may see (latest named version), else of built-in knowledge. */
  async names(viewer: Viewer, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, string>();
    const vis = visibilitySql(viewer, 'o');
    for (let i = 0; i < unique.length; i += 500) {
      const ids = inList('o.id', unique.slice(i, i + 500));
      const rows = await this.#db.query<{ id: string; name: string; version: string }>(
        `SELECT o.id, o.name, o.version FROM objects o WHERE ${ids.sql} AND o.name IS NOT NULL AND (${vis.sql}) ORDER BY o.id, o.version`,
        [...ids.params, ...vis.params],
      );
      for (const r of rows) out.set(r.id, r.name);
    }
    for (const id of unique) {
      if (out.has(id)) continue;
      const known = knownName(id);
      if (known) out.set(id, known);
    }
    return out;
  }

  /** Answered claims must exist for the writer: a hidden one is refused exactly like an unknown id. */
  async #checkAnswers(viewer: Viewer, claims: readonly Claim[]): Promise<void> {
    const inBatch = new Set<string>(claims.map((c) => c.id));
    const wanted = [...new Set(claims.flatMap((c) => c.responds_to_refs ?? []))].filter((id) => !inBatch.has(id));
    if (wanted.length === 0) return;
    const list = inList('c.id', wanted);
    const vis = visibilitySql(viewer, 'o');
    const found = new Set(
      (await this.#db.query<{ id: string }>(
        `SELECT c.id FROM claims c WHERE ${list.sql} AND EXISTS (SELECT 1 FROM objects o WHERE o.id = c.id AND (${vis.sql}))`,
        [...list.params, ...vis.params],
      )).map((r) => r.id),
    );
    claims.forEach((c, i) =>
      (c.responds_to_refs ?? []).forEach((ref, j) => {
        if (!inBatch.has(ref) && !found.has(ref)) {
          throw Object.assign(new Errors.CLAIM_INVALID(`claims[${i}].responds_to_refs[${j}]: no such claim ${ref}`), {
            field: `claims[${i}].responds_to_refs[${j}]`,
          });
        }
      }),
    );
  }

  async #checkEvidence(viewer: Viewer, claims: readonly Claim[]): Promise<void> {
    if (!this.#textOf) return;
    const texts = new Map<string, string | undefined>();
    for (const [i, claim] of claims.entries()) {
      if (!texts.has(claim.source_ref)) texts.set(claim.source_ref, await this.#textOf(viewer, claim.source_ref));
      const text = texts.get(claim.source_ref);
      if (text !== undefined && !evidenceMatches(claim.evidence, text)) {
        throw Object.assign(new Errors.CLAIM_EVIDENCE_MISMATCH(`claims[${i}].evidence: offsets do not reproduce the passage in ${claim.source_ref}`), {
          field: `claims[${i}].evidence`,
        });
      }
    }
  }
}
