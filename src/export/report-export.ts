/**
 * Exports of one report or one entity, in the viewer's view:
 * - `reportBundle`: the report, everything its object_refs name, the relationships among those,
 *   the claims read from it with the plain mapping of those claims (for consumers that ignore the
 *   claim extension), their creators and markings, and the extension definitions they use;
 * - `entityBundle`: the entity, the relationships touching it and their other ends, the claims
 *   about it, by it and addressed to it (with their plain mapping), creators, markings, definitions;
 * - `reportMispEvent`: the report as a MISP event (misp-event-out.ts).
 * Nothing the viewer may not see is in them (closure.ts); a report or entity the viewer may not see
 * is 404, as everywhere.
 * @module
 */
import { v4 as uuidv4 } from 'uuid';
import type { Bundle, StixObject } from '../model/stix/core.ts';
import type { Claim } from '../model/claim.ts';
import type { Viewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';
import { Errors } from '../errors.ts';
import type { ClaimService } from '../claims/claim-service.ts';
import type { ClaimFilter } from '../claims/claim-queries.ts';
import { claimsToStix } from '../claims/stix-mapping.ts';
import { cleanObjects } from '../import/outgoing.ts';
import type { MispEventDocument } from '../import/misp-event-format.ts';
import { latestVisible, prune, withReferences } from './closure.ts';
import { reportToMispEvent } from './misp-event-out.ts';

/** The latest version the viewer may see. @throws OPS_ERR_STORE_NOT_FOUND otherwise. */
export async function visibleObject(store: Store, viewer: Viewer, id: string, type?: string): Promise<StixObject> {
  const [found] = await store.get(viewer, id, ['last']);
  if (!found || (type && found.type !== type)) throw new Errors.STORE_NOT_FOUND(id);
  return found.object;
}

/** Every claim matching a filter that the viewer may see (all pages). */
export async function allClaims(claims: ClaimService, viewer: Viewer, filter: Omit<ClaimFilter, 'limit' | 'offset'>): Promise<Claim[]> {
  const out: Claim[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await claims.list(viewer, { ...filter, limit: 1000, offset });
    out.push(...page.claims);
    if (page.claims.length < 1000) return out;
  }
}

/** A bundle of objects cleaned for exchange (src/import/outgoing.ts). */
export function bundleOf(objects: StixObject[]): Bundle {
  return { type: 'bundle', id: `bundle--${uuidv4()}`, objects: cleanObjects(objects) };
}

/** Claims plus their plain mapping, pruned of what the bundle lacks. */
function withMapping(objects: StixObject[], claims: readonly Claim[]): StixObject[] {
  const ids = new Set(objects.map((o) => o.id));
  const kept = claims.filter((c) => ids.has(c.id));
  return prune([...objects, ...claimsToStix(kept).filter((o) => !ids.has(o.id))]);
}

/**
 * `seeds` closed over as every export is (closure.ts: what they reference, creators, markings,
 * nothing hidden), with the plain mapping of the claims among them that survive the closure.
 */
export async function exportObjects(store: Store, viewer: Viewer, seeds: readonly StixObject[], claims: readonly Claim[]): Promise<StixObject[]> {
  return withMapping(await withReferences(store, viewer, seeds), [...claims]);
}

/** The objects of a report's export (what `reportBundle` wraps; the MISP event and brief read them too). */
export async function reportObjects(store: Store, claims: ClaimService, viewer: Viewer, id: string): Promise<{ report: StixObject; objects: StixObject[]; claims: Claim[] }> {
  const report = await visibleObject(store, viewer, id, 'report');
  const refs = (report.object_refs as string[] | undefined) ?? [];
  const named = await latestVisible(store, viewer, refs);
  const cited = await allClaims(claims, viewer, { source: id });
  const ids = new Set([...named.keys(), ...cited.map((c) => c.id)]);
  // Relationships among the named objects (those the report itself names are in already).
  const relationships: StixObject[] = [];
  for (const ref of named.keys()) {
    if (named.get(ref)!.type === 'relationship') continue;
    for (const r of await store.relationships(viewer, ref)) {
      const o = r.object;
      if (!ids.has(o.id) && ids.has(o.source_ref as string) && ids.has(o.target_ref as string)) {
        relationships.push(o);
        ids.add(o.id);
      }
    }
  }
  const objects = await exportObjects(store, viewer, [report, ...named.values(), ...relationships, ...cited.filter((c) => !named.has(c.id))], cited);
  return { report: objects.find((o) => o.id === id)!, objects, claims: cited };
}

export async function reportBundle(store: Store, claims: ClaimService, viewer: Viewer, id: string): Promise<Bundle> {
  return bundleOf((await reportObjects(store, claims, viewer, id)).objects);
}

export async function reportMispEvent(store: Store, claims: ClaimService, viewer: Viewer, id: string): Promise<MispEventDocument> {
  const { report, objects } = await reportObjects(store, claims, viewer, id);
  return reportToMispEvent(report, objects);
}

/** The objects of an entity's export: it, its relationships and their ends, the claims naming it. */
export async function entityObjects(store: Store, claims: ClaimService, viewer: Viewer, id: string): Promise<{ entity: StixObject; objects: StixObject[]; claims: Claim[] }> {
  const entity = await visibleObject(store, viewer, id);
  const relationships = (await store.relationships(viewer, id)).map((r) => r.object);
  const named = new Map<string, Claim>();
  for (const filter of [{ subject: id }, { party: id }, { addressee: id }] as const) {
    for (const c of await allClaims(claims, viewer, filter)) named.set(c.id, c);
  }
  const objects = await exportObjects(store, viewer, [entity, ...relationships, ...named.values()], [...named.values()]);
  return { entity, objects, claims: [...named.values()] };
}

export async function entityBundle(store: Store, claims: ClaimService, viewer: Viewer, id: string): Promise<Bundle> {
  return bundleOf((await entityObjects(store, claims, viewer, id)).objects);
}
