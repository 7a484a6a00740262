/**
 * Draft reports: ingest a document (text, file bytes or URL) into a draft with the extraction's
 * proposals, let an editor accept, reject or edit each item, then publish it into the knowledge
 * base. Drafts belong to the ingesting organisation; editing and publishing need role editor.
 * URL drafts are processed in the background with their progress recorded on the draft.
 * @example
 * const drafts = new DraftService(store, db);
 * const d = await drafts.create(viewer, { kind: 'text', text });
 * await drafts.updateItem(viewer, d.id, 'claim-1', { status: 'accepted' });
 * await drafts.publish(viewer, d.id, { tlp: 'amber' });
 */
import { randomUUID } from 'node:crypto';
import { Errors } from '../../errors.ts';
import { publicationDay } from '../../extract/dates.ts';
import { extract } from '../../extract/extract.ts';
import type { Extraction } from '../../extract/types.ts';
import { TLP_ORDER, type TlpLevel } from '../../model/tlp.ts';
import { SYSTEM, type UserViewer, type Viewer } from '../../model/viewer.ts';
import type { SqlDb } from '../../storage/sql-db.ts';
import type { Store } from '../../storage/store.ts';
import { storedKnowledge, type StoredKnowledge } from '../knowledge-resolver.ts';
import { canonicalUrl, readBytes, readUrl, type ReadResult } from '../sources/read-source.ts';
import { readText } from '../sources/text.ts';
import type { SourceDocument } from '../sources/types.ts';
import { applyEdit, itemsFromExtraction, keptExtraction } from './draft-items.ts';
import { DraftRepository, toDraft } from './draft-repository.ts';
import { planPublication } from './publish.ts';
import type { Draft, DraftStatus, DraftSummary, ItemStatus, PublishResult } from '../../model/draft.ts';
import type { DraftInput } from './types.ts';

const MAX_TEXT_CHARS = 2_000_000;

function user(viewer: Viewer): UserViewer {
  if (viewer.kind !== 'user') throw new Errors.AUTH_FORBIDDEN('drafts belong to an organisation: act as a user');
  return viewer;
}

function editor(viewer: Viewer): UserViewer {
  const u = user(viewer);
  if (u.role === 'reader') throw new Errors.AUTH_FORBIDDEN('reviewing drafts needs role editor or admin');
  return u;
}

function fieldError(message: string, field: string): Error {
  return Object.assign(new Errors.INPUT_INVALID(message), { field });
}

export class DraftService {
  readonly repo: DraftRepository;
  readonly #store: Store;
  readonly #db: SqlDb;
  /** Names extraction links, as the ingesting user sees the stored knowledge. */
  readonly #knowledge: StoredKnowledge;
  /** Background work in flight, so tests and shutdown can wait for it. */
  readonly pending = new Set<Promise<void>>();

  /** `db`: the handle on the drafts tables (the store's database), given by the composition root. */
  constructor(store: Store, db: SqlDb) {
    this.#store = store;
    this.#db = db;
    this.#knowledge = storedKnowledge(store);
    this.repo = new DraftRepository(db);
  }

  /** Creates a draft. Text and files are read at once; URLs are fetched in the background. */
  async create(viewer: Viewer, input: DraftInput, options: { tlp?: TlpLevel } = {}): Promise<Draft> {
    const u = editor(viewer);
    const tlp = options.tlp ?? 'green';
    if (!TLP_ORDER.includes(tlp)) throw fieldError(`tlp: must be one of ${TLP_ORDER.join(', ')}`, 'tlp');
    if (input.kind === 'text') {
      if (typeof input.text !== 'string' || !input.text.trim()) throw fieldError('text: must not be empty', 'text');
      if (input.text.length > MAX_TEXT_CHARS) throw new Errors.INPUT_TOO_LARGE(`text: ${input.text.length} characters (limit ${MAX_TEXT_CHARS})`);
    }
    for (const key of ['published', 'publishedFallback'] as const) {
      const value = input[key];
      if (value !== undefined && (typeof value !== 'string' || !publicationDay(value))) {
        throw fieldError(`${key}: must be a date (YYYY-MM-DD or an ISO 8601 timestamp), got ${JSON.stringify(value)}`, key);
      }
    }
    let canonical: string | null = null;
    const sourceUrl = input.kind === 'url' || input.kind === 'bytes' ? input.url : undefined;
    if (sourceUrl !== undefined) {
      try {
        canonical = canonicalUrl(sourceUrl);
      } catch {
        throw fieldError(`url: not a valid URL: ${sourceUrl}`, 'url');
      }
      const dup = await this.repo.findDuplicate(u.orgId, { canonicalUrl: canonical });
      if (dup) return { ...(await this.get(viewer, dup)), duplicate: true };
    }
    const id = `draft--${randomUUID()}`;
    await this.repo.insert({
      id, org_id: u.orgId, created_by: u.userId, status: 'processing', stage: input.kind === 'url' ? 'fetching' : 'reading', tlp,
      source_url: sourceUrl ?? null, canonical_url: canonical, filename: input.kind === 'url' ? null : input.filename ?? null,
    });
    if (input.kind === 'url') {
      const job = this.#process(id, u, input).finally(() => this.pending.delete(job));
      this.pending.add(job);
      return this.get(viewer, id);
    }
    await this.#process(id, u, input);
    const draft = await this.get(viewer, id);
    if (draft.status === 'failed') throw new Errors.INGEST_UNSUPPORTED(draft.error ?? 'the document could not be read');
    return draft;
  }

  async #process(id: string, u: UserViewer, input: DraftInput): Promise<void> {
    try {
      let read: ReadResult;
      if (input.kind === 'url') {
        read = await readUrl(input.url, { allowPrivate: input.allowPrivate });
        await this.repo.progress(id, 'reading', 40);
      } else if (input.kind === 'bytes') {
        read = await readBytes(input.bytes, { filename: input.filename, contentType: input.contentType });
      } else {
        read = { kind: 'document', document: readText(input.text, input.title ? { title: input.title } : {}) };
      }
      const doc: SourceDocument = read.kind === 'feed' ? feedAsDocument(read) : read.document;
      if (!doc.text.trim()) throw new Errors.INGEST_UNSUPPORTED('the document has no text');
      const dup = await this.repo.findDuplicate(u.orgId, { contentHash: doc.contentHash });
      if (dup && dup !== id) throw new Errors.INGEST_UNSUPPORTED(`the same text was already ingested as ${dup}`);
      await this.repo.progress(id, 'extracting', 60);
      // The analyst's date wins; else the document's metadata; else the feed item's
      const published = input.published ?? (doc.published && publicationDay(doc.published) ? doc.published : undefined) ?? input.publishedFallback;
      const extraction = extract(doc.text, { resolver: await this.#knowledge.resolverFor(u), published });
      const { mentioned_people: _unused, ...plain } = extraction;
      await this.repo.complete(id, {
        title: doc.title ?? extraction.title, language: extraction.language, text: doc.text, extraction: plain,
        contentHash: doc.contentHash, publishedOn: published, canonicalUrl: doc.url ? canonicalUrl(doc.url) : null,
      }, itemsFromExtraction(plain));
    } catch (err) {
      await this.repo.fail(id, (err as Error).message);
    }
  }

  async get(viewer: Viewer, id: string): Promise<Draft> {
    const u = user(viewer);
    const stored = await this.repo.get(id);
    if (!stored || stored.row.org_id !== u.orgId) throw new Errors.STORE_NOT_FOUND(id);
    return toDraft(stored);
  }

  async list(viewer: Viewer, status?: DraftStatus): Promise<DraftSummary[]> {
    return this.repo.list(user(viewer).orgId, status);
  }

  async updateItem(viewer: Viewer, draftId: string, itemId: string, change: { status?: ItemStatus; data?: Record<string, unknown> }) {
    editor(viewer);
    const draft = await this.get(viewer, draftId);
    if (draft.status !== 'ready') throw new Errors.INPUT_INVALID(`draft ${draftId} is ${draft.status}, not ready for review`);
    const item = draft.items.find((i) => i.id === itemId);
    if (!item) throw new Errors.STORE_NOT_FOUND(`${draftId} item ${itemId}`);
    let next = { ...item };
    if (change.data) {
      try {
        next = applyEdit(next, change.data, draft.text);
      } catch (err) {
        throw fieldError((err as Error).message, (err as { field?: string }).field ?? 'data');
      }
    }
    if (change.status) next.status = change.status;
    else if (change.data) next.status = 'accepted';
    await this.repo.updateItem(draftId, next);
    return next;
  }

  /** Stores the kept items as STIX and claims in one transaction, with the draft marked published. */
  async publish(viewer: Viewer, draftId: string, options: { tlp?: TlpLevel; includeProposed?: boolean } = {}): Promise<PublishResult> {
    const u = editor(viewer);
    const stored = await this.repo.get(draftId);
    if (!stored || stored.row.org_id !== u.orgId) throw new Errors.STORE_NOT_FOUND(draftId);
    if (stored.row.status !== 'ready') throw new Errors.INPUT_INVALID(`draft ${draftId} is ${stored.row.status}, not ready to publish`);
    const tlp = options.tlp ?? stored.row.tlp;
    if (!TLP_ORDER.includes(tlp)) throw fieldError(`tlp: must be one of ${TLP_ORDER.join(', ')}`, 'tlp');
    const base = JSON.parse(stored.row.extraction ?? '{}') as Extraction;
    if (stored.row.title) base.title = stored.row.title;
    const kept = keptExtraction(base, stored.items, options.includeProposed ?? false);
    const text = stored.row.text ?? '';
    const known = new Set<string>();
    // Shared knowledge already stored is referenced, not rewritten (a second copy could conflict).
    const candidates = [...kept.intrusion_sets, ...kept.countries, ...kept.sectors, ...kept.entities].map((h) => h.id).filter((x): x is string => !!x);
    for (const id of candidates) if ((await this.#store.get(SYSTEM, id)).length) known.add(id);
    const plan = planPublication(text, kept, {
      viewer: u, orgName: (await this.repo.orgName(u.orgId)) ?? u.orgId, tlp, madeOn: stored.row.published_on ?? undefined,
      exists: (id) => known.has(id),
    });
    await this.#db.transaction(async (tx) => {
      const result = await this.#store.put(plan.objects, { ownerOrgId: u.orgId });
      if (result.conflicts.length) throw new Errors.STORE_CONFLICT(result.conflicts.map((c) => `${c.id}: ${c.reason}`).join('; '));
      if (tlp === 'red') for (const id of plan.markedIds) await this.#store.addRecipient(id, u.userId);
      await this.repo.markPublished(tx, draftId, plan.reportId, tlp);
    });
    return { report_id: plan.reportId, objects: plan.objects.length, claims: plan.claimCount };
  }

  async delete(viewer: Viewer, id: string): Promise<void> {
    editor(viewer);
    await this.get(viewer, id);
    await this.repo.delete(id);
  }
}

/** A feed handed to the draft route is read as one document: its entries one after another. */
function feedAsDocument(read: Extract<ReadResult, { kind: 'feed' }>): SourceDocument {
  const text = read.entries.map((e) => [e.title, e.text].filter(Boolean).join('\n')).join('\n\n');
  return readText(text, { title: read.title });
}
