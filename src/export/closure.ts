/**
 * What an export of some objects must carry, in the viewer's view: the objects they point at (any
 * `*_ref` / `*_refs` property), their creators and markings, and nothing the viewer may not see.
 * References to objects the viewer may not see are removed (from lists) or the object pointing
 * at them is left out (a relationship without an end, a claim missing a party or subject), so an
 * export never names what its reader cannot see. TLP 2.0 markings travel as the OASIS objects.
 * @module
 */
import type { StixObject } from '../model/stix/core.ts';
import { CLAIM_TYPE } from '../model/claim.ts';
import { canonicalTlpDefinition } from '../model/tlp.ts';
import type { Viewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';

const ID = /^[a-z][a-z0-9-]*--[0-9a-f-]{36}$/i;

/** Every id an object references. */
export function refsOf(o: StixObject): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k.endsWith('_ref') && typeof v === 'string' && ID.test(v)) out.push(v);
    else if (k.endsWith('_refs') && Array.isArray(v)) for (const x of v) if (typeof x === 'string' && ID.test(x)) out.push(x);
  }
  return out;
}

/** The latest versions of these ids the viewer may see. */
export async function latestVisible(store: Store, viewer: Viewer, ids: Iterable<string>): Promise<Map<string, StixObject>> {
  const found = new Map<string, StixObject>();
  const all = [...new Set(ids)];
  for (let i = 0; i < all.length; i += 500) {
    const chunk = all.slice(i, i + 500);
    let cursor: string | undefined;
    do {
      const page = await store.list(viewer, { ids: chunk, versions: ['last'], limit: 1000, cursor });
      for (const s of page.items) found.set(s.id, s.object);
      cursor = page.next;
    } while (cursor);
  }
  return found;
}

/** Properties whose one reference an object cannot do without. */
const REQUIRED_REF = new Set(['source_ref', 'target_ref', 'sighting_of_ref', 'claimant_ref']);
/** Lists that must keep at least one reference. */
const REQUIRED_LIST = new Set(['object_refs']);

/**
 * `seeds` with what they reference (one level), then the creators and markings of all of it, as
 * the viewer sees them; dangling references cleaned as the module says.
 */
export async function withReferences(store: Store, viewer: Viewer, seeds: readonly StixObject[]): Promise<StixObject[]> {
  const byId = new Map<string, StixObject>(seeds.map((o) => [o.id, o]));
  const fetchMissing = async (ids: string[]) => {
    const missing = ids.filter((id) => !byId.has(id));
    for (const id of missing) {
      const tlp = id.startsWith('marking-definition--') ? canonicalTlpDefinition(id) : undefined;
      if (tlp) byId.set(id, tlp);
    }
    const found = await latestVisible(store, viewer, missing.filter((id) => !byId.has(id)));
    for (const [id, o] of found) byId.set(id, o);
  };
  await fetchMissing(seeds.flatMap(refsOf));
  const meta = (o: StixObject) => [...(typeof o.created_by_ref === 'string' ? [o.created_by_ref] : []), ...((o.object_marking_refs as string[] | undefined) ?? [])];
  await fetchMissing([...byId.values()].flatMap(meta));
  await fetchMissing([...byId.values()].flatMap(meta)); // creators' own markings
  return prune([...byId.values()]);
}

/** Removes references to objects absent from the list, and the objects that cannot do without them. */
export function prune(objects: readonly StixObject[]): StixObject[] {
  let current = [...objects];
  for (;;) {
    const ids = new Set(current.map((o) => o.id));
    const next: StixObject[] = [];
    for (const o of current) {
      const fixed = pruneOne(o, ids);
      if (fixed) next.push(fixed);
    }
    if (next.length === current.length && next.every((o, i) => o === current[i])) return next;
    current = next;
  }
}

function pruneOne(o: StixObject, ids: ReadonlySet<string>): StixObject | undefined {
  let copy: StixObject | undefined;
  const edit = () => (copy ??= { ...o });
  for (const [k, v] of Object.entries(o)) {
    if (k.endsWith('_ref') && typeof v === 'string' && ID.test(v) && !ids.has(v)) {
      if (REQUIRED_REF.has(k) || (o.type === CLAIM_TYPE && k === 'source_ref')) return undefined;
      delete edit()[k];
    } else if (k.endsWith('_refs') && Array.isArray(v)) {
      const kept = v.filter((x) => typeof x !== 'string' || !ID.test(x) || ids.has(x));
      if (kept.length === v.length) continue;
      // A claim is a record: it leaves whole or not at all.
      if (o.type === CLAIM_TYPE && k !== 'responds_to_refs') return undefined;
      if (kept.length === 0 && REQUIRED_LIST.has(k) && o.type !== 'report') return undefined;
      if (kept.length === 0) delete edit()[k];
      else edit()[k] = kept;
    }
  }
  if (o.type === 'report' && !(copy ?? o).object_refs) edit().object_refs = [o.created_by_ref && ids.has(o.created_by_ref as string) ? o.created_by_ref : o.id];
  return copy ?? o;
}
