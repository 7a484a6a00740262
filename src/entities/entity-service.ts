/**
 * Fixing entities (issue 15, item 7): edit a name, description or aliases; merge a duplicate into
 * the entity it duplicates; split names off into an entity of their own; delete one made by
 * mistake (a role phrase taken for a person). Every change is a new STIX version written through
 * `Store.put` with the user as actor, so history is kept (older versions stay readable) and the
 * store's ownership rules apply as to every write (docs/security.md): only the owner organisation's
 * editors, and installation admins for installation-owned knowledge.
 *
 * - edit: a new version with the changes;
 * - merge(survivor, merged): the survivor's new version gains the merged entity's name and aliases;
 *   every object the user may write that references the merged id (relationships, claims, reports,
 *   notes, opinions, identities speaking for it) gets a new version pointing at the survivor; the
 *   merged entity is revoked with `x_opstrack_merged_into` naming the survivor. Objects the user may
 *   not write (another organisation's) keep their reference, which still resolves through the
 *   revoked version's `x_opstrack_merged_into`; they are reported as `kept`;
 * - split: a new entity (owned by the user's organisation) takes the chosen aliases (and a name),
 *   the original's new version loses them; the references the user picks (`move`: claims,
 *   relationships, reports... among `references(id)`, which lists each referring object the user
 *   sees with the entity's names its text uses, so the UI can offer those naming only moving names)
 *   get new versions pointing at the new entity. Picking one the user may not write, or one that
 *   does not reference the entity, refuses the whole split; references not picked stay;
 * - delete: a revoking version (`revoked: true`), so the mistake and its correction stay on record.
 *
 * All of one operation is written in one transaction: a refused write changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { Errors } from '../errors.ts';
import type { StixObject } from '../model/stix/core.ts';
import type { Viewer } from '../model/viewer.ts';
import { CLAIM_TYPE } from '../model/claim.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import { NOT_OWNER_REASON, type Store } from '../storage/store.ts';
import { inList } from '../storage/sql-fragment.ts';

/** Types an analyst fixes as entities (not reports, claims or relationships). */
export const ENTITY_TYPES = ['identity', 'location', 'intrusion-set', 'threat-actor', 'campaign', 'malware', 'tool', 'attack-pattern', 'incident', 'infrastructure'] as const;
/** Types whose STIX `aliases` property holds the names that are the same entity. */
const TYPES_WITH_ALIASES = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool', 'campaign', 'infrastructure']);
/** Types whose objects may reference an entity without an index to find them by (scanned on merge). */
const REFERRING_TYPES = ['report', 'note', 'opinion', 'grouping', 'identity', 'location', 'intrusion-set', 'campaign'];
/** Properties a split copies to the new entity, because its type requires them. */
const REQUIRED_COPIES = ['identity_class', 'is_family', 'country', 'region', 'latitude', 'longitude'];

export interface EntityAlias {
  name: string;
  lang?: string;
  source?: string;
  relation?: 'same' | 'overlap';
}

export interface EntityChanges {
  name?: string;
  /** null removes it. */
  description?: string | null;
  /** The whole list of aliases (replaces it). */
  aliases?: EntityAlias[];
}

export interface MergeResult {
  survivor: StixObject;
  revoked: StixObject;
  /** Objects that now reference the survivor (their new versions). */
  repointed: string[];
  /** Objects referencing the merged entity that the user may not write: unchanged. */
  kept: string[];
}

const MERGED_INTO = 'x_opstrack_merged_into';

/** An object referring to an entity, as the split form lists it. */
export interface EntityReference {
  id: string;
  type: string;
  /** What it is, in words: a claim's passage, a report's or relationship's name. */
  label: string;
  /** The entity's names (its name and aliases) that the object's own text uses. */
  names: string[];
  /** Whether the viewer may write it (else a split cannot move it). */
  writable: boolean;
}

/** The text an object says things in: a claim's passage, a report's text, a name and description. */
function textOf(o: StixObject): string {
  const ev = o.evidence as { text?: unknown } | undefined;
  return [o.name, o.description, o.x_opstrack_text, ev?.text].filter((t): t is string => typeof t === 'string').join('\n');
}

function labelOf(o: StixObject): string {
  const ev = o.evidence as { text?: unknown } | undefined;
  const raw = typeof ev?.text === 'string' ? ev.text : typeof o.name === 'string' ? o.name : o.type === 'relationship' ? `${String(o.relationship_type)} relationship` : o.id;
  const t = raw.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 159)}…` : t;
}

function canWrite(viewer: Viewer): void {
  if (viewer.kind === 'user' && viewer.role === 'reader') throw new Errors.AUTH_FORBIDDEN('fixing entities needs role editor or admin');
}

/** A `modified` later than the previous version's (now, unless the clock is behind it). */
function nextModified(previous: unknown): string {
  const now = Date.now();
  const prev = typeof previous === 'string' ? Date.parse(previous) : NaN;
  return new Date(Number.isFinite(prev) && prev >= now ? prev + 1 : now).toISOString();
}

/** The aliases of an object, from x_opstrack_aliases (with languages) or STIX `aliases`. */
export function aliasesOf(o: StixObject): EntityAlias[] {
  if (Array.isArray(o.x_opstrack_aliases)) return (o.x_opstrack_aliases as EntityAlias[]).filter((a) => a && typeof a.name === 'string');
  return Array.isArray(o.aliases) ? (o.aliases as unknown[]).filter((n): n is string => typeof n === 'string').map((name) => ({ name })) : [];
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();

function withAliases(o: StixObject, aliases: EntityAlias[]): StixObject {
  const seen = new Set<string>([norm(String(o.name ?? ''))]);
  const list: EntityAlias[] = [];
  for (const a of aliases) {
    const name = a.name.trim();
    if (!name || seen.has(norm(name))) continue;
    seen.add(norm(name));
    list.push({ ...a, name });
  }
  const out: StixObject = { ...o };
  delete out.aliases;
  delete out.x_opstrack_aliases;
  if (list.length) out.x_opstrack_aliases = list;
  const same = list.filter((a) => (a.relation ?? 'same') === 'same').map((a) => a.name);
  if (TYPES_WITH_ALIASES.has(o.type) && same.length) out.aliases = same;
  return out;
}

/** `o` with every reference to `from` (any property but its own id) pointing at `to`; undefined when it has none. */
export function repoint(o: StixObject, from: string, to: string): StixObject | undefined {
  let changed = false;
  const walk = (value: unknown): unknown => {
    if (value === from) {
      changed = true;
      return to;
    }
    if (Array.isArray(value)) {
      const mapped = value.map(walk);
      return mapped.every((v) => typeof v === 'string') ? [...new Set(mapped)] : mapped;
    }
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const { id, ...rest } = o;
  const out = { id, ...(walk(rest) as Record<string, unknown>) } as StixObject;
  return changed ? out : undefined;
}

export class EntityService {
  readonly #store: Store;
  readonly #db: SqlDb;

  /** `db`: the store's database (for the owner and reference look-ups), given by the composition root. */
  constructor(store: Store, db: SqlDb) {
    this.#store = store;
    this.#db = db;
  }

  /** The latest version the viewer sees of an entity; 404 for anything else. */
  async entity(viewer: Viewer, id: string): Promise<StixObject> {
    const [found] = await this.#store.get(viewer, id);
    if (!found || !(ENTITY_TYPES as readonly string[]).includes(found.type)) throw new Errors.STORE_NOT_FOUND(id);
    if (found.object.revoked) throw new Errors.STORE_CONFLICT(`${id} is revoked (deleted or merged); it cannot be changed`);
    return found.object;
  }

  /** Every version the viewer sees, oldest first. */
  async history(viewer: Viewer, id: string): Promise<StixObject[]> {
    const found = await this.#store.get(viewer, id, ['all']);
    if (found.length === 0 || !(ENTITY_TYPES as readonly string[]).includes(found[0]!.type)) throw new Errors.STORE_NOT_FOUND(id);
    return found.map((s) => s.object).sort((a, b) => (String(a.modified) < String(b.modified) ? -1 : 1));
  }

  async edit(viewer: Viewer, id: string, changes: EntityChanges): Promise<StixObject> {
    canWrite(viewer);
    const current = await this.entity(viewer, id);
    let next: StixObject = { ...current, modified: nextModified(current.modified) };
    if (changes.name !== undefined) {
      if (!changes.name.trim()) throw new Errors.INPUT_INVALID('name: must be a non-empty string', { field: 'name' });
      next.name = changes.name.trim();
    }
    if (changes.description === null) delete next.description;
    else if (changes.description !== undefined) next.description = changes.description;
    next = withAliases(next, changes.aliases ?? aliasesOf(current));
    await this.#write(viewer, [next]);
    return next;
  }

  async merge(viewer: Viewer, survivorId: string, mergedId: string): Promise<MergeResult> {
    canWrite(viewer);
    if (survivorId === mergedId) throw new Errors.INPUT_INVALID('from: an entity cannot be merged into itself', { field: 'from' });
    const survivor = await this.entity(viewer, survivorId);
    const merged = await this.entity(viewer, mergedId);
    if (survivor.type !== merged.type) {
      throw new Errors.INPUT_INVALID(`from: a ${merged.type} cannot be merged into a ${survivor.type}`, { field: 'from' });
    }
    // The merged entity must be the user's to revoke: refused before anything is written.
    await this.#assertWritable(viewer, [mergedId, survivorId]);
    const names = [{ name: String(merged.name ?? '') }, ...aliasesOf(merged)].filter((a) => a.name);
    const nextSurvivor = withAliases({ ...survivor, modified: nextModified(survivor.modified) }, [...aliasesOf(survivor), ...names]);
    const revoked: StixObject = { ...merged, modified: nextModified(merged.modified), revoked: true, [MERGED_INTO]: survivorId };
    const repointed: StixObject[] = [];
    const kept: string[] = [];
    const writable = await this.#writable(viewer, await this.#referrers(viewer, mergedId));
    for (const [ref, mayWrite] of writable) {
      if (ref === survivorId || ref === mergedId) continue;
      const [found] = await this.#store.get(viewer, ref);
      if (!found || found.object.revoked) continue;
      const next = repoint(found.object, mergedId, survivorId);
      if (!next) continue;
      if (!mayWrite) {
        kept.push(ref);
        continue;
      }
      next.modified = nextModified(found.object.modified);
      repointed.push(next);
    }
    await this.#write(viewer, [nextSurvivor, ...repointed, revoked]);
    return { survivor: nextSurvivor, revoked, repointed: repointed.map((o) => o.id), kept };
  }

  /** The objects the viewer sees that reference the entity, with the entity's names each one's text uses. */
  async references(viewer: Viewer, id: string): Promise<EntityReference[]> {
    const entity = await this.entity(viewer, id);
    const names = [String(entity.name ?? ''), ...aliasesOf(entity).map((a) => a.name)].filter(Boolean);
    const found: StixObject[] = [];
    for (const ref of await this.#referrers(viewer, id)) {
      const [o] = await this.#store.get(viewer, ref);
      if (o && !o.object.revoked && repoint(o.object, id, id)) found.push(o.object);
    }
    const writable = await this.#writable(viewer, found.map((o) => o.id));
    return found.map((o) => {
      const text = textOf(o).normalize('NFKC').toLowerCase();
      return { id: o.id, type: o.type, label: labelOf(o), names: names.filter((n) => text.includes(norm(n))), writable: writable.get(o.id) ?? false };
    });
  }

  /**
   * A new entity with `aliases` (names of the original's) and `name`; the original loses those
   * aliases; the objects in `move` (references of the original) now reference the new entity.
   */
  async split(viewer: Viewer, id: string, input: { name: string; aliases?: string[]; description?: string; move?: string[] }): Promise<{ original: StixObject; created: StixObject; moved: string[] }> {
    canWrite(viewer);
    const original = await this.entity(viewer, id);
    const name = input.name?.trim();
    if (!name) throw new Errors.INPUT_INVALID('name: must be a non-empty string', { field: 'name' });
    const all = aliasesOf(original);
    const moving = new Set((input.aliases ?? []).map(norm));
    for (const [i, a] of (input.aliases ?? []).entries()) {
      if (!all.some((x) => norm(x.name) === norm(a))) throw new Errors.INPUT_INVALID(`aliases[${i}]: "${a}" is not an alias of ${id}`, { field: `aliases[${i}]` });
    }
    moving.add(norm(name));
    const now = nextModified(undefined);
    const base: StixObject = { type: original.type, spec_version: '2.1', id: `${original.type}--${randomUUID()}`, created: now, modified: now, name };
    for (const key of REQUIRED_COPIES) if (original[key] !== undefined) base[key] = original[key];
    if (input.description) base.description = input.description;
    if (original.created_by_ref && viewer.kind === 'system') base.created_by_ref = original.created_by_ref;
    if (original.object_marking_refs) base.object_marking_refs = original.object_marking_refs;
    const created = withAliases(base, all.filter((a) => moving.has(norm(a.name))));
    const kept = all.filter((a) => !moving.has(norm(a.name)));
    const nextOriginal = withAliases({ ...original, modified: nextModified(original.modified) }, kept);
    const moved: StixObject[] = [];
    if (input.move?.length) {
      const refs = new Map((await this.references(viewer, id)).map((r) => [r.id, r]));
      for (const [i, ref] of input.move.entries()) {
        const r = refs.get(ref);
        if (!r) throw new Errors.INPUT_INVALID(`move[${i}]: ${ref} is not an object you can see that references ${id}`, { field: `move[${i}]` });
        if (!r.writable) throw new Errors.AUTH_FORBIDDEN(`move[${i}]: ${ref}: ${NOT_OWNER_REASON}`);
        const [current] = await this.#store.get(viewer, ref);
        const next = repoint(current!.object, id, created.id)!;
        next.modified = nextModified(current!.object.modified);
        moved.push(next);
      }
    }
    await this.#write(viewer, [created, nextOriginal, ...moved]);
    return { original: nextOriginal, created, moved: moved.map((o) => o.id) };
  }

  /** Deletes an entity made by mistake: a revoking version (history kept). */
  async remove(viewer: Viewer, id: string): Promise<StixObject> {
    canWrite(viewer);
    const current = await this.entity(viewer, id);
    const revoked: StixObject = { ...current, modified: nextModified(current.modified), revoked: true };
    await this.#write(viewer, [revoked]);
    return revoked;
  }

  /** Writes the versions in one transaction; any refusal rolls all back. */
  async #write(viewer: Viewer, objects: StixObject[]): Promise<void> {
    await this.#db.transaction(async () => {
      const result = await this.#store.put(objects, { actor: viewer });
      const [c] = result.conflicts;
      if (c) {
        if (c.kind === 'owner') throw new Errors.AUTH_FORBIDDEN(`${c.id}: ${c.reason}`);
        throw new Errors.STORE_CONFLICT(`${c.id} version ${c.version}: ${c.reason}`);
      }
    });
  }

  async #assertWritable(viewer: Viewer, ids: string[]): Promise<void> {
    for (const [id, ok] of await this.#writable(viewer, ids)) if (!ok) throw new Errors.AUTH_FORBIDDEN(`${id}: ${NOT_OWNER_REASON}`);
  }

  /** Whether the viewer may write each id: its first version's owner is their organisation, or they are an installation admin. */
  async #writable(viewer: Viewer, ids: string[]): Promise<Map<string, boolean>> {
    const out = new Map<string, boolean>();
    if (viewer.kind === 'system' || viewer.installationAdmin) {
      for (const id of ids) out.set(id, true);
      return out;
    }
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const list = inList('o.id', part);
      const rows = await this.#db.query<{ id: string; owner_org: string | null }>(
        `SELECT o.id, o.owner_org FROM objects o WHERE ${list.sql} AND o.seq = (SELECT MIN(f.seq) FROM objects f WHERE f.id = o.id)`,
        list.params,
      );
      for (const r of rows) out.set(r.id, r.owner_org === viewer.orgId);
    }
    return out;
  }

  /** Ids of the objects the viewer sees that may reference `id`: relationships, claims, and a scan of the types that cite entities. */
  async #referrers(viewer: Viewer, id: string): Promise<string[]> {
    const ids = new Set<string>();
    for (const r of await this.#store.relationships(viewer, id, { direction: 'both' })) ids.add(r.id);
    const claims = await this.#db.query<{ id: string }>(
      `SELECT id FROM claims WHERE claimant_ref = ? OR party_ref = ?
       UNION SELECT claim_id AS id FROM claim_subjects WHERE subject_ref = ?
       UNION SELECT claim_id AS id FROM claim_addressees WHERE addressee_ref = ?`,
      [id, id, id, id],
    );
    for (const c of claims) ids.add(c.id);
    const types = inList('type', REFERRING_TYPES);
    const scanned = await this.#db.query<{ id: string }>(
      `SELECT DISTINCT id FROM objects WHERE ${types.sql} AND object_json LIKE ?`,
      [...types.params, `%"${id}"%`],
    );
    for (const r of scanned) ids.add(r.id);
    ids.delete(id);
    // only what the viewer sees (store.get filters); claims first so statements regroup once per batch
    return [...ids].sort((a, b) => Number(b.startsWith(CLAIM_TYPE)) - Number(a.startsWith(CLAIM_TYPE)));
  }
}
