/**
 * Add Objects (spec section 5.4): checks the envelope, validates each object, stores the valid
 * ones in one Store transaction, and records a status resource listing every object as a success
 * or a failure with its reasons.
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
import type { StixObject } from '../model/stix/core.ts';
import { formatIssue, validateObject } from '../model/stix/validate.ts';
import { claimProblems, isClaim } from '../model/claim.ts';
import { formatMicros, nowMicros } from '../model/stix/timestamps.ts';
import type { UserViewer } from '../model/viewer.ts';
import type { TaxiiContext } from './context.ts';
import { withField } from './errors.ts';
import type { Representation } from './media-types.ts';
import type { Collection, StatusDetails, StatusResource } from './types.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of an envelope (or bundle); throws 400 when the body has no such shape. */
export function envelopeObjects(body: unknown, kind: Representation): unknown[] {
  if (!isPlainObject(body)) throw withField(new Errors.INPUT_INVALID(`the body must be a ${kind === 'stix' ? 'STIX bundle' : 'TAXII envelope'} (a JSON object)`), '');
  if (kind === 'stix' && body.type !== 'bundle') throw withField(new Errors.INPUT_INVALID("type: a STIX bundle's type is 'bundle'"), 'type');
  if (body.objects === undefined) return [];
  if (!Array.isArray(body.objects)) throw withField(new Errors.INPUT_INVALID('objects: must be an array'), 'objects');
  return body.objects;
}

function describe(value: unknown, path: string): { id: string; version: string } {
  const o = isPlainObject(value) ? value : {};
  const id = typeof o.id === 'string' ? o.id : path;
  const version = typeof o.modified === 'string' ? o.modified : typeof o.created === 'string' ? o.created : '';
  return { id, version };
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

const STIX_ID = /^[a-z0-9]+(-[a-z0-9]+)*--[0-9a-fA-F-]{36}$/;

export async function addObjects(
  ctx: TaxiiContext,
  viewer: UserViewer,
  collection: Collection,
  body: unknown,
  kind: Representation,
): Promise<StatusResource> {
  const requestTimestamp = formatMicros(nowMicros());
  const entries = envelopeObjects(body, kind);
  const failures: StatusDetails[] = [];
  const candidates: { object: StixObject; details: StatusDetails }[] = [];
  entries.forEach((value, i) => {
    const path = `objects[${i}]`;
    const details = describe(value, path);
    const errors = validateObject(value, path).filter((issue) => issue.severity === 'error');
    const claimErrors = errors.length === 0 && isPlainObject(value) && isClaim(value) ? claimProblems(value, path) : [];
    if (errors.length) failures.push({ ...details, message: errors.map(formatIssue).join('; ') });
    else if (claimErrors.length) failures.push({ ...details, message: claimErrors.join('; ') });
    else candidates.push({ object: value as StixObject, details });
  });

  const successes: StatusDetails[] = [];
  if (candidates.length) {
    const result = await ctx.store.put(candidates.map((c) => c.object), {
      collectionId: ctx.scope(collection),
      actor: viewer,
    });
    // Walk backwards and use each conflict once: when an envelope repeats an id+version with other
    // content, the first copy is the one stored, so the later copies are the failures.
    const conflicts = [...result.conflicts];
    for (const c of [...candidates].reverse()) {
      const at = conflicts.findIndex((k) => k.id === c.details.id && sameInstant(k.version, c.details.version || k.version));
      const [conflict] = at >= 0 ? conflicts.splice(at, 1) : [];
      if (conflict) failures.push({ ...c.details, message: `conflict: ${conflict.reason}` });
      else successes.unshift(c.details);
    }
  }
  await versionSCOs(ctx, viewer, [...successes, ...failures], requestTimestamp);
  return ctx.statuses.record({ collectionId: collection.id, viewer, requestTimestamp, successes, failures });
}
