/**
 * What the knowledge loader and the ATT&CK / MISP galaxy importers share: an index of the entities
 * already in a store (so imports find "the same group" instead of adding a duplicate), the identity
 * rule, alias merging, claims by a source (attributions, overlaps) and versioning that keeps
 * re-imports idempotent.
 *
 * Identity rule: an incoming entity is an existing one when they share an ATT&CK id, or its
 * canonical name (or one of its identity aliases) names the existing one as the same entity. A
 * name that is a known OVERLAP of an entity never makes them the same; and a synonym that names a
 * different existing entity becomes an overlap claim by the source, never a merge.
 * @module
 */
import { canonicalJson } from '../storage/canonical-json.ts';
import type { StixObject } from '../model/stix/core.ts';
import { SYSTEM } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';
import { buildClaim } from '../claims/build-claim.ts';
import { AliasResolver } from '../knowledge/resolver.ts';
import { normalizeName } from '../knowledge/normalize.ts';
import { hashUuid, knowledgeId } from '../knowledge/ids.ts';
import { sourceIdentityId, stixToEntity, ATTACK_SOURCE } from '../knowledge/to-stix.ts';
import type { KnownAlias, KnownEntity } from '../knowledge/types.ts';

const ENTITY_TYPES = ['intrusion-set', 'threat-actor', 'malware', 'tool', 'location', 'identity'];
const FAMILY: Record<string, string> = { 'intrusion-set': 'group', 'threat-actor': 'group', malware: 'software', tool: 'software' };

export function familyOf(type: string): string {
  return FAMILY[type] ?? type;
}

/** The store's entities, indexed for resolution; grows as an import adds or merges entities. */
export class EntityIndex {
  readonly resolver = new AliasResolver([]);
  readonly objects = new Map<string, StixObject>();
  readonly #byAttackId = new Map<string, KnownEntity>();

  static async load(store: Store): Promise<EntityIndex> {
    const index = new EntityIndex();
    let cursor: string | undefined;
    do {
      const page = await store.list(SYSTEM, { types: ENTITY_TYPES, limit: 1000, cursor });
      for (const s of page.items) if (!s.object.revoked) index.add(s.object);
      cursor = page.next;
    } while (cursor);
    return index;
  }

  add(o: StixObject): KnownEntity | undefined {
    const e = stixToEntity(o);
    if (!e) return undefined;
    const prev = this.resolver.get(o.id);
    this.objects.set(o.id, o);
    if (prev) {
      const known = new Set([prev.name, ...prev.aliases.map((a) => a.name)]);
      const fresh = e.aliases.filter((a) => !known.has(a.name));
      prev.aliases.push(...fresh);
      this.resolver.addAliases(prev, fresh);
      if (e.attackId && !prev.attackId) prev.attackId = e.attackId;
      if (prev.attackId) this.#byAttackId.set(prev.attackId, prev);
      return prev;
    }
    this.resolver.addEntity(e);
    if (e.attackId) this.#byAttackId.set(e.attackId, e);
    return e;
  }

  byAttackId(id: string): KnownEntity | undefined {
    return this.#byAttackId.get(id);
  }

  /** Entities of the same family (groups, software) that a name names as the same entity. */
  sameAs(name: string, type: string): KnownEntity[] {
    const fam = familyOf(type);
    return this.resolver
      .resolve(name)
      .filter((m) => m.relation === 'same' && familyOf(m.entity.type) === fam)
      .map((m) => m.entity);
  }

  /** Entities a name is a known overlap of. */
  overlapOf(name: string, type: string): KnownEntity[] {
    const fam = familyOf(type);
    return this.resolver
      .resolve(name)
      .filter((m) => m.relation === 'overlap' && familyOf(m.entity.type) === fam)
      .map((m) => m.entity);
  }

  /** The country entity a name or ISO code stands for. */
  country(nameOrCode: string): KnownEntity | undefined {
    const code = nameOrCode.trim().toUpperCase();
    if (/^[A-Z]{2}$/.test(code)) {
      const id = knowledgeId('location', 'country', code);
      const byCode = this.resolver.get(id);
      if (byCode) return byCode;
    }
    return this.resolver.resolve(nameOrCode).find((m) => m.relation === 'same' && m.entity.kind === 'country')?.entity;
  }

  /** The sector entity a term stands for. */
  sector(term: string): KnownEntity | undefined {
    return this.resolver.resolve(term).find((m) => m.relation === 'same' && m.entity.kind === 'sector')?.entity;
  }
}

export interface Identification {
  /** The existing entity the incoming one is. */
  existing?: KnownEntity;
  /** Other existing entities the incoming names point at: overlap claims, never merges. */
  overlaps: Array<{ name: string; entity: KnownEntity }>;
}

/** Applies the identity rule (see the module comment) to an incoming entity. */
export function identify(index: EntityIndex, incoming: { name: string; type: string; attackId?: string; synonyms: string[] }): Identification {
  const fam = familyOf(incoming.type);
  // Entities the canonical name is a known overlap of are known NOT to be this entity.
  const notSame = new Set(index.overlapOf(incoming.name, incoming.type).map((e) => e.id));
  let existing = incoming.attackId ? index.byAttackId(incoming.attackId) : undefined;
  if (existing && familyOf(existing.type) !== fam) existing = undefined;
  existing ??= index.sameAs(incoming.name, incoming.type).find((e) => !notSame.has(e.id));
  const pointed = new Map<string, { name: string; entity: KnownEntity }>();
  for (const name of incoming.synonyms) {
    for (const e of index.sameAs(name, incoming.type)) if (!pointed.has(e.id)) pointed.set(e.id, { name, entity: e });
  }
  if (!existing && notSame.size === 0) {
    // An identity alias decides when it points at exactly one entity.
    const [only, ...more] = pointed.values();
    if (only && more.length === 0) existing = only.entity;
  }
  // Only what the source itself says counts: its synonyms naming other entities. (An overlap known
  // from elsewhere, e.g. our own data, is that other source's claim, not this one's.)
  const overlaps = [...pointed.values()].filter((p) => p.entity.id !== existing?.id);
  return { existing, overlaps };
}

/**
 * A new version of a stored entity with the names it lacks (compared normalised) and the ATT&CK id,
 * or undefined when it already has them all: re-imports write nothing.
 */
export function mergeEntity(stored: StixObject, names: KnownAlias[], attackId?: string, now = new Date()): StixObject | undefined {
  const current = stixToEntity(stored);
  if (!current) return undefined;
  const have = new Set([current.name, ...current.aliases.map((a) => a.name)].map((n) => `${normalizeName(n)}\u0000`));
  const haveSame = new Set([current.name, ...current.aliases.filter((a) => (a.relation ?? 'same') === 'same').map((a) => a.name)].map(normalizeName));
  const fresh: KnownAlias[] = [];
  for (const a of names) {
    const key = normalizeName(a.name);
    if (!key || have.has(`${key}\u0000`) || (a.relation === 'overlap' && haveSame.has(key))) continue;
    have.add(`${key}\u0000`);
    fresh.push(a);
  }
  const needsAttack = attackId && !current.attackId;
  if (!fresh.length && !needsAttack) return undefined;
  const next: StixObject = { ...stored, modified: bumped(stored.modified, now) };
  const all = [...current.aliases, ...fresh];
  next.x_opstrack_aliases = all;
  if (['intrusion-set', 'threat-actor', 'malware', 'tool', 'campaign'].includes(stored.type)) {
    const same = [...new Set(all.filter((a) => (a.relation ?? 'same') === 'same').map((a) => a.name))].filter((n) => n !== stored.name);
    if (same.length) next.aliases = same;
  }
  if (needsAttack) {
    const refs = Array.isArray(stored.external_references) ? [...(stored.external_references as unknown[])] : [];
    refs.push({ source_name: ATTACK_SOURCE, external_id: attackId });
    next.external_references = refs;
  }
  return next;
}

function bumped(previous: unknown, now: Date): string {
  const prev = typeof previous === 'string' ? Date.parse(previous) : NaN;
  return new Date(Number.isFinite(prev) && prev >= now.getTime() ? prev + 1 : now.getTime()).toISOString();
}

export interface ClaimParts {
  claimant: string;
  stance: 'attributes' | 'overlaps';
  subjects: string[];
  addressees?: string[];
  targetedCountries?: string[];
  targetedSectors?: string[];
  /** The statement's date; absent (with `dateSource` unknown) when the source gives none. */
  madeOn?: string;
  precision?: 'day' | 'week' | 'month' | 'year';
  dateSource?: 'text' | 'publication' | 'unknown';
  /** `summary` when OpsTrack wrote the evidence text (not the source's words). */
  evidenceKind?: 'quotation' | 'summary';
  /** The public statement the claim records (publisher, title, address). */
  externalReferences?: Array<{ source_name: string; description?: string; url?: string }>;
  reportId: string;
  text: string;
  timestamp: string;
}

/** The claim id: derived from who says what about whom (overlap pairs in either order are one claim). */
export function sourceClaimId(p: Pick<ClaimParts, 'claimant' | 'stance' | 'subjects' | 'addressees'>): `x-opstrack-claim--${string}` {
  const subjects = p.stance === 'overlaps' ? [...p.subjects].sort() : p.subjects;
  return `x-opstrack-claim--${hashUuid('knowledge-claim', p.claimant, p.stance, ...subjects, '|', ...(p.addressees ?? []))}`;
}

/**
 * Collects claims by id: when several statements of one source make the same claim (two synonyms
 * linking the same pair of groups), they become one claim quoting all of them, whatever the order.
 */
export class ClaimCollector {
  readonly #parts = new Map<string, ClaimParts & { texts: Set<string> }>();

  add(p: ClaimParts): void {
    const id = sourceClaimId(p);
    const prev = this.#parts.get(id);
    if (prev) prev.texts.add(p.text);
    else this.#parts.set(id, { ...p, texts: new Set([p.text]) });
  }

  get size(): number {
    return this.#parts.size;
  }

  build(reportId: string): StixObject[] {
    return [...this.#parts.values()].map((p) => sourceClaim({ ...p, reportId, text: [...p.texts].sort().join(' ') }));
  }
}

/** A claim by a source with an id derived from what it says, so re-imports find the same claim. */
export function sourceClaim(p: ClaimParts): StixObject {
  const id = sourceClaimId(p);
  return buildClaim({
    id,
    created: p.timestamp,
    modified: p.timestamp,
    claimant_ref: sourceIdentityId(p.claimant),
    stance: p.stance,
    subject_refs: p.subjects,
    ...(p.addressees?.length ? { addressee_refs: p.addressees } : {}),
    ...(p.targetedCountries?.length ? { targeted_countries: [...new Set(p.targetedCountries)] } : {}),
    ...(p.targetedSectors?.length ? { targeted_sectors: [...new Set(p.targetedSectors)] } : {}),
    ...(p.madeOn ? { made_on: p.madeOn } : {}),
    ...(p.madeOn && p.precision && p.precision !== 'day' ? { made_on_precision: p.precision } : {}),
    ...(p.dateSource ? { made_on_source: p.dateSource } : {}),
    source_ref: p.reportId,
    evidence: { text: p.text, lang: 'en', ...(p.evidenceKind ? { kind: p.evidenceKind } : {}) },
    ...(p.externalReferences?.length ? { external_references: p.externalReferences } : {}),
  }) as unknown as StixObject;
}

/** The report a source's claims are read from (one per source and dataset). */
export function sourceReport(claimant: string, title: string, published: string, objectRefs: string[], timestamp: string): StixObject {
  return {
    type: 'report',
    spec_version: '2.1',
    id: `report--${hashUuid('knowledge-report', claimant, title)}`,
    created: timestamp,
    modified: timestamp,
    created_by_ref: sourceIdentityId(claimant),
    name: title,
    published,
    report_types: ['threat-actor'],
    object_refs: [...new Set(objectRefs)].sort(),
  };
}

/**
 * Makes generated objects (whose ids are deterministic) idempotent: an object already stored with the
 * same content apart from its timestamps is replaced by the stored version (stored as unchanged);
 * one whose content changed becomes a new version (`modified` after the stored one).
 */
export async function stabilise(store: Store, objects: StixObject[], now = new Date(), opts: { datesAreContent?: boolean } = {}): Promise<StixObject[]> {
  const stored = new Map<string, StixObject>();
  const ids = [...new Set(objects.map((o) => o.id))];
  for (let i = 0; i < ids.length; i += 500) {
    let cursor: string | undefined;
    do {
      const page = await store.list(SYSTEM, { ids: ids.slice(i, i + 500), limit: 1000, cursor });
      for (const s of page.items) stored.set(s.id, s.object);
      cursor = page.next;
    } while (cursor);
  }
  return objects.map((o) => {
    const prev = stored.get(o.id);
    if (!prev) return o;
    if (sameContent(prev, o, opts.datesAreContent ? TIMESTAMPS : VOLATILE)) return prev;
    return { ...o, created: prev.created ?? o.created, modified: bumped(prev.modified, now) };
  });
}

/** Properties a re-import may change without making a new version: timestamps, and (importers that date claims by the import day) `made_on`. */
const VOLATILE = new Set(['created', 'modified', 'made_on', 'published']);
const TIMESTAMPS = new Set(['created', 'modified', 'published']);
function sameContent(a: StixObject, b: StixObject, volatile: Set<string>): boolean {
  const strip = (o: StixObject) => Object.fromEntries(Object.entries(o).filter(([k]) => !volatile.has(k)));
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
}
