/**
 * Draft reports: ingest a document (text, file bytes or URL) into a draft with the extraction's
 * proposals, let an editor accept, reject or edit each item, then publish it into the knowledge
 * base. Drafts belong to the ingesting organisation; editing and publishing need role editor.
 * URL drafts are processed in the background with their progress recorded on the draft.
 * Reading and extraction run in worker threads (build-draft.ts), never on the event loop, within
 * the limits of src/ingest/limits.ts: a document over the size limit is refused naming it, and one
 * that runs over the time limit has its worker stopped and its draft failed. Fetching private and
 * loopback addresses is the operator's setting (`allowPrivateFetch`), never a request's.
 * URL drafts are built by a job (`draft.build`, src/jobs) when the service is given a queue, so any
 * worker process may build them; text and files are built inside their request, under a lease.
 * A draft left `processing` by a stopped process (no live job, lease over) is failed at start-up
 * and by the job worker's sweep (`failInterrupted`); another process's drafts in progress are kept.
 * @example
 * const drafts = new DraftService(store, db);
 * const d = await drafts.create(viewer, { kind: 'text', text });
 * await drafts.updateItem(viewer, d.id, 'claim-1', { status: 'accepted' });
 * await drafts.publish(viewer, d.id, { tlp: 'amber' });
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { publicationDay } from '../../extract/dates.ts';
import { Errors } from '../../errors.ts';
import type { Extraction } from '../../extract/types.ts';
import { TLP_ORDER, type TlpLevel } from '../../model/tlp.ts';
import { SYSTEM, type UserViewer, type Viewer } from '../../model/viewer.ts';
import type { SqlDb } from '../../storage/sql-db.ts';
import type { Store } from '../../storage/store.ts';
import { storedKnowledge, type StoredKnowledge } from '../knowledge-resolver.ts';
import { DOCUMENT_LIMITS, describeBytes } from '../limits.ts';
import { fetchUrl } from '../sources/fetch-url.ts';
import { canonicalUrl } from '../sources/read-source.ts';
import { WorkerPool } from '../workers/worker-pool.ts';
import type { BuiltDraft, DocumentInput } from './build-draft.ts';
import type { DraftTask, DraftTaskResult } from './draft-worker.ts';
import { askChunks } from '../../extract/llm/ask.ts';
import type { LlmConfig } from '../../extract/llm/config.ts';
import type { MergedLlmDraft } from './llm-draft.ts';
import { LlmAnswers } from './llm-answers.ts';
import { applyEdit, keptExtraction } from './draft-items.ts';
import { DraftRepository, toDraft } from './draft-repository.ts';
import { planPublication, scopePublication, orgIdentity, visibleEquivalentIn } from './publish.ts';
import { EXTRACTION_MODES, type Draft, type DraftItem, type DraftStatus, type DraftSummary, type ExtractionMode, type ItemStatus, type PublishResult } from '../../model/draft.ts';
import type { DraftInput } from './types.ts';
import { LIVE_STATES, type JobQueue } from '../../jobs/types.ts';

export interface DraftServiceOptions {
  /** Fetch private, loopback and link-local addresses too: an operator setting, never a request's. Default false. */
  allowPrivateFetch?: boolean;
  /** Time limit for reading and extracting one document, in ms. Default DOCUMENT_LIMITS.timeMs. */
  timeLimitMs?: number;
  /** Worker threads for reading and extraction. Default: one per spare core, at least 1, at most 4. */
  workers?: number;
  /** The job queue URL drafts are built through; without one they are built in this process's background. */
  jobs?: JobQueue;
  /**
   * The operator's LLM endpoint (OPSTRACK_LLM_URL, OPSTRACK_LLM_MODEL): with one, a draft may be
   * ingested with extraction `rules+llm`; without, only `rules` is offered.
   */
  llm?: LlmConfig;
}

/** What a `draft.build` job carries. */
export interface DraftJob {
  draftId: string;
  user: UserViewer;
  input: Extract<DraftInput, { kind: 'url' }>;
}

/** How long a draft may spend asking the LLM before the rest of its text is left to the rules. */
export const LLM_TIME_LIMIT_MS = 10 * 60_000;

/** What a draft stopped by a server restart says. */
export const INTERRUPTED = 'interrupted: the server stopped while this draft was being processed; ingest the document again';

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
  readonly #options: Required<Omit<DraftServiceOptions, 'jobs' | 'llm'>>;
  readonly #jobs: JobQueue | undefined;
  readonly #llm: LlmConfig | undefined;
  /** The model's answers, kept in the database by chunk (llm-answers.ts). */
  readonly #answers: LlmAnswers;
  #pool: WorkerPool<DraftTask, DraftTaskResult> | undefined;
  /** Background work in flight, so tests and shutdown can wait for it. */
  readonly pending = new Set<Promise<void>>();

  /** `db`: the handle on the drafts tables (the store's database), given by the composition root. */
  constructor(store: Store, db: SqlDb, options: DraftServiceOptions = {}) {
    this.#store = store;
    this.#db = db;
    this.#knowledge = storedKnowledge(store);
    this.repo = new DraftRepository(db);
    this.#options = {
      allowPrivateFetch: options.allowPrivateFetch ?? false,
      timeLimitMs: options.timeLimitMs ?? DOCUMENT_LIMITS.timeMs,
      workers: options.workers ?? Math.min(4, Math.max(1, availableParallelism() - 1)),
    };
    this.#jobs = options.jobs;
    this.#llm = options.llm;
    this.#answers = new LlmAnswers(db);
  }

  /** The extraction modes drafts may be made with here, and the model behind `rules+llm`. */
  extractionModes(): { modes: ExtractionMode[]; model?: string } {
    return this.#llm ? { modes: [...EXTRACTION_MODES], model: this.#llm.model } : { modes: ['rules'] };
  }

  /** The worker threads, started on the first document. */
  get #workers(): WorkerPool<DraftTask, DraftTaskResult> {
    return (this.#pool ??= new WorkerPool(new URL('./draft-worker.ts', import.meta.url), {
      size: this.#options.workers,
      timeLimitMs: this.#options.timeLimitMs,
      what: 'reading and extracting the document',
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    }));
  }

  /** Waits for background drafts, then stops the worker threads. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await this.#pool?.close();
    this.#pool = undefined;
  }

  /**
   * Fails the drafts a stopped server left `processing` (their work died with it), so they no
   * longer block their URL or text; run at start-up, before any draft is created.
   * @returns how many drafts were failed
   */
  async failInterrupted(): Promise<number> {
    const now = new Date().toISOString();
    const dead: string[] = [];
    for (const d of await this.repo.processingUnleased(now)) {
      const state = d.job_id && this.#jobs ? await this.#jobs.state('draft.build', d.job_id).catch(() => undefined) : undefined;
      if (!state || !LIVE_STATES.includes(state)) dead.push(d.id);
    }
    return this.repo.failUnleased(dead, INTERRUPTED, now);
  }

  /** A lease covering one build: the document time limit plus the fetch's. */
  #lease(): string {
    return new Date(Date.now() + this.#options.timeLimitMs + 2 * 60_000).toISOString();
  }

  /** Runs a `draft.build` job: builds the draft unless it is no longer processing (a retried job whose work was done). */
  async build(job: DraftJob): Promise<void> {
    const stored = await this.repo.get(job.draftId);
    if (stored?.row.status !== 'processing') return;
    await this.repo.claim(job.draftId, { leaseUntil: this.#lease() });
    await this.#process(job.draftId, job.user, job.input);
  }

  /** Creates a draft. Text and files are read at once; URLs are fetched in the background. */
  async create(viewer: Viewer, input: DraftInput, options: { tlp?: TlpLevel } = {}): Promise<Draft> {
    const u = editor(viewer);
    const tlp = options.tlp ?? 'green';
    if (!TLP_ORDER.includes(tlp)) throw fieldError(`tlp: must be one of ${TLP_ORDER.join(', ')}`, 'tlp');
    if (input.kind === 'text') {
      if (typeof input.text !== 'string' || !input.text.trim()) throw fieldError('text: must not be empty', 'text');
      const limit = DOCUMENT_LIMITS.textChars;
      if (input.text.length > limit) throw new Errors.INPUT_TOO_LARGE(`text: ${input.text.length} characters (limit ${limit} characters per document)`, { field: 'text' });
    }
    if (input.kind === 'bytes' && input.bytes.byteLength > DOCUMENT_LIMITS.bytes) {
      const name = input.filename ? `file ${input.filename}` : 'file';
      throw new Errors.INPUT_TOO_LARGE(`${name}: ${input.bytes.byteLength} bytes (limit ${describeBytes(DOCUMENT_LIMITS.bytes)} per document)`, { field: 'file' });
    }
    if (input.extraction !== undefined) {
      if (!EXTRACTION_MODES.includes(input.extraction)) throw fieldError(`extraction: must be one of ${EXTRACTION_MODES.join(', ')}, got ${JSON.stringify(input.extraction)}`, 'extraction');
      if (input.extraction === 'rules+llm' && !this.#llm) {
        throw fieldError('extraction: rules+llm needs an LLM endpoint, and this server has none configured (OPSTRACK_LLM_URL, OPSTRACK_LLM_MODEL)', 'extraction');
      }
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
      lease_until: this.#lease(), extraction_mode: input.extraction ?? 'rules',
    });
    if (input.kind === 'url' && this.#jobs) {
      const data: DraftJob = { draftId: id, user: u, input };
      const jobId = await this.#jobs.send('draft.build', data);
      if (jobId) await this.repo.claim(id, { jobId });
      return this.get(viewer, id);
    }
    if (input.kind === 'url') {
      const job: Promise<void> = this.#process(id, u, input).then(() => undefined).finally(() => this.pending.delete(job));
      this.pending.add(job);
      return this.get(viewer, id);
    }
    const failure = await this.#process(id, u, input);
    if (failure) {
      // a limit keeps its own code and status (413); anything else is a document that could not be read
      const e = failure as Error & { code?: string };
      if (e.code === 'OPS_ERR_INPUT_TOO_LARGE' || e.code === 'OPS_ERR_INGEST_UNSUPPORTED') throw failure;
      throw new Errors.INGEST_UNSUPPORTED(e.message || 'the document could not be read');
    }
    return this.get(viewer, id);
  }

  /** Reads and extracts the document into the draft; on failure records it on the draft and returns the error. */
  async #process(id: string, u: UserViewer, input: DraftInput): Promise<Error | undefined> {
    try {
      let document: DocumentInput;
      if (input.kind === 'url') {
        const fetched = await fetchUrl(input.url, { maxBytes: DOCUMENT_LIMITS.bytes, allowPrivate: this.#options.allowPrivateFetch });
        await this.repo.progress(id, 'reading', 40);
        document = { kind: 'bytes', bytes: fetched.body, contentType: fetched.contentType, url: fetched.url };
      } else document = input;
      await this.repo.progress(id, 'extracting', 60);
      const knowledge = await this.#knowledge.sourceFor(u);
      const llm = input.extraction === 'rules+llm' ? this.#llm : undefined;
      const built = await this.#workers.run({
        document, knowledge, published: input.published, publishedFallback: input.publishedFallback,
        ...(llm ? { llm: { chunkTokens: llm.chunkTokens, maxChars: llm.maxChars } } : {}),
      }) as BuiltDraft;
      const { doc } = built;
      let { extraction, items } = built;
      const dup = await this.repo.findDuplicate(u.orgId, { contentHash: doc.contentHash });
      if (dup && dup !== id) throw new Errors.INGEST_UNSUPPORTED(`the same text was already ingested as ${dup}`);
      let warnings: string[] = [];
      if (llm && built.chunks) ({ extraction, items, warnings } = await this.#withLlm(id, llm, { doc, extraction, items, chunks: built.chunks, knowledge, published: built.published }));
      await this.repo.complete(id, {
        title: ('title' in input && input.title) || (doc.title ?? extraction.title), language: extraction.language, text: doc.text, extraction,
        contentHash: doc.contentHash, publishedOn: built.published, canonicalUrl: doc.url ? canonicalUrl(doc.url) : null, warnings,
      }, items);
      return undefined;
    } catch (err) {
      await this.repo.fail(id, (err as Error).message);
      return err as Error;
    }
  }

  /**
   * The LLM's claims merged into a built draft: the model asked chunk by chunk here (network only;
   * answers kept in the database), the merge done in a worker thread. Whatever fails, the draft
   * keeps the rules' claims and says why in its warnings; it never fails for the model's sake.
   */
  async #withLlm(id: string, llm: LlmConfig, d: Pick<BuiltDraft, 'doc' | 'extraction' | 'items'> & { chunks: NonNullable<BuiltDraft['chunks']>; knowledge: Awaited<ReturnType<StoredKnowledge['sourceFor']>>; published?: string }): Promise<{ extraction: Extraction; items: DraftItem[]; warnings: string[] }> {
    const rulesOnly = (warning: string) => ({ extraction: d.extraction, items: d.items, warnings: [warning] });
    // the longest one chunk may take: every attempt timed out, with the back-off between them
    const attempts = (llm.retries ?? 2) + 1;
    const chunkMs = attempts * (llm.timeoutMs ?? 120_000) + (llm.retryBaseMs ?? 1000) * 2 ** attempts + 60_000;
    try {
      const asked = await askChunks(d.doc.text, d.extraction.language, d.chunks, llm, {
        cache: this.#answers,
        // under the draft.build job's expiry (src/jobs/policies.ts), so a job is not taken for dead
        deadline: Date.now() + LLM_TIME_LIMIT_MS,
        onChunk: async (done, total) => {
          // the lease covers the next chunk: a long article asked chunk by chunk is still being built
          await this.repo.claim(id, { leaseUntil: new Date(Date.now() + Math.max(chunkMs, this.#options.timeLimitMs + 2 * 60_000)).toISOString() });
          await this.repo.progress(id, 'extracting', 60 + Math.round((30 * done) / total));
        },
      });
      if (!asked.answers.length) return { extraction: d.extraction, items: d.items, warnings: asked.warnings };
      const merged = await this.#workers.run({ task: 'merge-llm', text: d.doc.text, extraction: d.extraction, answers: asked.answers, knowledge: d.knowledge, published: d.published }) as MergedLlmDraft;
      return { extraction: merged.extraction, items: merged.items, warnings: [...asked.warnings, ...merged.warnings] };
    } catch (err) {
      const message = (err as Error).message;
      return rulesOnly(`${message.startsWith('LLM extraction failed') ? message : `LLM extraction failed: ${message}`}; the claims are the rules' only`);
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

  /**
   * A claim the extractor missed, added by an analyst from a passage they selected (`evidence`:
   * offsets into the draft's text); it is accepted at once. Fields as for an edit.
   */
  async addClaim(viewer: Viewer, draftId: string, data: Record<string, unknown>): Promise<DraftItem> {
    editor(viewer);
    const draft = await this.get(viewer, draftId);
    if (draft.status !== 'ready') throw new Errors.INPUT_INVALID(`draft ${draftId} is ${draft.status}, not ready for review`);
    const n = Math.max(0, ...draft.items.filter((i) => i.kind === 'claim').map((i) => Number(i.id.slice('claim-'.length)) || 0)) + 1;
    const base: DraftItem = {
      id: `claim-${n}`, kind: 'claim', label: '', status: 'accepted', confidence: 1, spans: [],
      data: { claimant: '', claimant_kind: 'organization', stance: 'accuses', about: [], evidence: { text: '', start: 0, end: 0 }, confidence: 1, method: 'analyst' },
    };
    let item: DraftItem;
    try {
      item = applyEdit(base, data, draft.text);
    } catch (err) {
      throw fieldError((err as Error).message, (err as { field?: string }).field ?? 'data');
    }
    item = { ...item, status: 'accepted', confidence: Number((item.data as { confidence: number }).confidence) };
    await this.repo.addItem(draftId, item);
    return item;
  }

  /** Accepts, rejects or resets many items in one request (and one transaction). */
  async reviewItems(viewer: Viewer, draftId: string, change: { status: ItemStatus; items: readonly string[] }): Promise<{ updated: number; items: DraftItem[] }> {
    editor(viewer);
    const draft = await this.get(viewer, draftId);
    if (draft.status !== 'ready') throw new Errors.INPUT_INVALID(`draft ${draftId} is ${draft.status}, not ready for review`);
    const known = new Set(draft.items.map((i) => i.id));
    change.items.forEach((id, i) => {
      if (!known.has(id)) throw fieldError(`items[${i}]: no item ${id} in ${draftId}`, `items[${i}]`);
    });
    const wanted = new Set(change.items);
    const updated = await this.repo.setStatuses(draftId, [...wanted], change.status);
    return { updated, items: draft.items.filter((i) => wanted.has(i.id)).map((i) => ({ ...i, status: change.status })) };
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
    // What the report names carries its marking and owner (docs/security.md, issue 12 finding 3).
    const scoped = await scopePublication(plan, {
      tlp, orgIdentityId: orgIdentity(u.orgId, '', '').id, lookup: visibleEquivalentIn(this.#store, u),
    });
    await this.#db.transaction(async (tx) => {
      // Shared knowledge is written once, for the installation: an id already stored (whoever owns
      // it, visible or not) is referenced, never given a version, and its existence is not told.
      const stored = new Set((await this.#store.list(SYSTEM, { ids: scoped.shared.map((o) => o.id), versions: ['first'], limit: 10_000 })).items.map((s) => s.id));
      const conflicts = [
        ...(await this.#store.put(scoped.shared.filter((o) => !stored.has(o.id)))).conflicts,
        ...(await this.#store.put(scoped.own, { actor: u })).conflicts,
      ];
      if (conflicts.length) throw new Errors.STORE_CONFLICT(conflicts.map((c) => `${c.id}: ${c.reason}`).join('; '));
      await this.repo.markPublished(tx, draftId, scoped.reportId, tlp);
    });
    return { report_id: scoped.reportId, objects: scoped.shared.length + scoped.own.length, claims: plan.claimCount };
  }

  async delete(viewer: Viewer, id: string): Promise<void> {
    editor(viewer);
    await this.get(viewer, id);
    await this.repo.delete(id);
  }
}
