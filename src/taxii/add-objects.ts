/**
 * Add Objects (spec section 5.4): checks the envelope, validates each object, stores the valid
 * ones in one Store transaction, and records a status resource listing every object as a success
 * or a failure with its reasons. The body stays text on the event loop: the import pipeline
 * (src/import/import-pipeline.ts) parses and validates it in worker threads, span by span, and
 * each span's valid objects are written (Store.putRows) as they arrive, all in one transaction,
 * taken when the first span is ready (so the parsing of concurrent POSTs overlaps the writing).
 *
 * Interpretations of the specification, named here:
 * - A body that is not a JSON object, or whose `objects` is not an array, is refused whole (400)
 *   and nothing is stored; an invalid object inside a well-formed envelope is a per-object failure
 *   in the status (202), while the valid ones are stored. A claim (x-opstrack-claim) is checked
 *   against the claim contract too, since the store's claim index refuses a write carrying a bad one.
 * - Re-posting an identical version is a success (idempotent); the same id and version with
 *   different content is a failure ("conflict"), and the stored version is kept.
 * - A STIX bundle posted as `application/stix+json;version=2.1` is read like an envelope.
 */
import { Errors } from '../errors.ts';
import { formatMicros, nowMicros } from '../model/stix/timestamps.ts';
import { chunksOf, runPipeline } from '../import/import-pipeline.ts';
import { JsonInputError, type Skeleton } from '../import/span-splitter.ts';
import type { PreparedSpan } from '../import/prepare-span.ts';
import type { UserViewer } from '../model/viewer.ts';
import type { TaxiiContext } from './context.ts';
import { withField } from './errors.ts';
import type { Representation } from './media-types.ts';
import type { Collection, StatusDetails, StatusResource } from './types.ts';

/** Throws 400 when what surrounds the objects is not an envelope (or, for `stix`, a bundle). */
function checkEnvelope(skeleton: Skeleton, kind: Representation): void {
  if (skeleton.shape !== 'object') throw withField(new Errors.INPUT_INVALID(`the body must be a ${kind === 'stix' ? 'STIX bundle' : 'TAXII envelope'} (a JSON object)`), '');
  if (kind === 'stix' && skeleton.top.type !== 'bundle') throw withField(new Errors.INPUT_INVALID("type: a STIX bundle's type is 'bundle'"), 'type');
}

/** The documented answer for a body the pipeline could not read. */
function bodyError(err: JsonInputError, kind: Representation): Error {
  if (err.kind === 'syntax') return new Errors.STIX_NOT_JSON(err.message);
  if (err.kind === 'depth') return withField(new Errors.INPUT_INVALID(`body: ${err.message}`), 'body');
  if (err.field === 'objects') return withField(new Errors.INPUT_INVALID(`objects: ${err.message.includes('twice') ? 'appears twice' : 'must be an array'}`), 'objects');
  return withField(new Errors.INPUT_INVALID(`the body must be a ${kind === 'stix' ? 'STIX bundle' : 'TAXII envelope'} (a JSON object)`), '');
}

function sameInstant(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Date.parse(a);
  return !Number.isNaN(x) && x === Date.parse(b);
}

/**
 * An object without `modified` or `created` (an SCO) has its date_added as its version (spec
 * section 3.2: modified, else created, else date_added), known only once stored: read back as the
 * caller sees it. One the caller cannot see (stored earlier under markings hidden from them), or
 * one that failed, reports the request's timestamp rather than an empty version.
 */
async function versionSCOs(ctx: TaxiiContext, viewer: UserViewer, details: StatusDetails[], fallback: string): Promise<void> {
  const unversioned = details.filter((d) => d.version === '');
  const ids = [...new Set(unversioned.map((d) => d.id).filter((id) => STIX_ID.test(id)))];
  const found = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const page = await ctx.store.list(viewer, { ids: part, versions: ['all'], limit: part.length * 2 });
    for (const s of page.items) if (s.object.modified === undefined && s.object.created === undefined) found.set(s.id, s.version);
  }
  for (const d of unversioned) d.version = found.get(d.id) ?? fallback;
}

/**
 * The prepared spans of one body, handed from the pipeline (its producer) to the writer: `ready`
 * waits for a first span (true) or for the end of an input that had none or failed (false); `next`
 * gives the spans in order, undefined at the end, and throws the pipeline's error if it failed.
 */
class SpanQueue {
  readonly #spans: PreparedSpan[] = [];
  #done = false;
  #error: unknown;
  #skeleton: Skeleton | undefined;
  #wake: (() => void) | undefined;

  push(prepared: PreparedSpan): void {
    this.#spans.push(prepared);
    this.#notify();
  }

  end(skeleton: Skeleton): void {
    this.#skeleton = skeleton;
    this.#done = true;
    this.#notify();
  }

  fail(err: unknown): void {
    this.#error = err;
    this.#done = true;
    this.#notify();
  }

  async ready(): Promise<boolean> {
    while (this.#spans.length === 0 && !this.#done) await this.#wait();
    if (this.#error !== undefined) throw this.#error;
    return this.#spans.length > 0;
  }

  async next(): Promise<PreparedSpan | undefined> {
    while (this.#spans.length === 0 && !this.#done) await this.#wait();
    if (this.#error !== undefined) throw this.#error;
    return this.#spans.shift();
  }

  /** What surrounds the entries; only once the queue has ended without error. */
  skeleton(): Skeleton {
    if (this.#error !== undefined) throw this.#error;
    if (!this.#skeleton) throw new Error('SpanQueue.skeleton before the end of the input');
    return this.#skeleton;
  }

  #wait(): Promise<void> {
    return new Promise((resolve) => (this.#wake = resolve));
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

const STIX_ID = /^[a-z0-9]+(-[a-z0-9]+)*--[0-9a-fA-F-]{36}$/;

export async function addObjects(
  ctx: TaxiiContext,
  viewer: UserViewer,
  collection: Collection,
  body: string | Buffer,
  kind: Representation,
): Promise<StatusResource> {
  const requestTimestamp = formatMicros(nowMicros());
  const invalid: StatusDetails[] = [];
  const successes: StatusDetails[] = [];
  /** Conflicts of each write, each list in reverse input order (see below). */
  const conflicted: StatusDetails[][] = [];
  const putOptions = { collectionId: ctx.scope(collection), actor: viewer };
  const write = async (prepared: PreparedSpan): Promise<void> => {
    const described = prepared.described ?? [];
    const detailsOf = (index: number): StatusDetails => ({ ...described[index - prepared.first]! });
    for (const r of prepared.rejected) invalid.push({ ...detailsOf(r.index), message: r.reasons.join('; ') });
    if (prepared.rows.length === 0) return;
    const candidates = prepared.indexes.map(detailsOf);
    const result = await ctx.store.putRows(prepared.rows, putOptions);
    // Walk backwards and use each conflict once: when an envelope repeats an id+version with
    // other content, the first copy is the one stored, so the later copies are the failures.
    const conflicts = [...result.conflicts];
    const failed: StatusDetails[] = [];
    const stored: StatusDetails[] = [];
    for (let k = candidates.length - 1; k >= 0; k--) {
      const c = candidates[k]!;
      const at = conflicts.length === 0 ? -1 : conflicts.findIndex((x) => x.id === c.id && sameInstant(x.version, c.version || x.version));
      const [conflict] = at >= 0 ? conflicts.splice(at, 1) : [];
      if (conflict) failed.push({ ...c, message: `conflict: ${conflict.reason}` });
      else stored.push(c);
    }
    for (let k = stored.length - 1; k >= 0; k--) successes.push(stored[k]!);
    conflicted.push(failed);
  };
  // The body is read (worker threads) outside the write transaction and written span by span as
  // the spans come: the transaction, which serialises writers, is taken only once the first span
  // is ready, so concurrent POSTs parse while another one writes. A body that turns out malformed
  // fails the transaction (nothing stored), as before.
  const spans = new SpanQueue();
  const reading = runPipeline(chunksOf(typeof body === 'string' ? Buffer.from(body) : body), {
    claims: true,
    describe: true,
    onSpan: async (prepared) => spans.push(prepared),
  }).then((skeleton) => spans.end(skeleton), (err: unknown) => spans.fail(err));
  try {
    if (await spans.ready()) {
      await ctx.store.transaction(async () => {
        for (let prepared = await spans.next(); prepared; prepared = await spans.next()) await write(prepared);
        checkEnvelope(spans.skeleton(), kind);
      });
    } else {
      checkEnvelope(spans.skeleton(), kind);
    }
  } catch (err) {
    throw err instanceof JsonInputError ? bodyError(err, kind) : err;
  } finally {
    await reading;
  }
  // As when the envelope was one write: invalid objects first, then conflicts from the last back.
  const failures = [...invalid, ...conflicted.reverse().flat()];
  await versionSCOs(ctx, viewer, [...successes, ...failures], requestTimestamp);
  return ctx.statuses.record({ collectionId: collection.id, viewer, requestTimestamp, successes, failures });
}
