/**
 * Loads OpsTrack's default knowledge into a store: every entity as a STIX object (countries as
 * `location`, sectors and state organisations as `identity`, groups as `intrusion-set` /
 * `threat-actor`, software as `malware` / `tool`), the sources as identities, and each attribution
 * as a claim (`x-opstrack-claim`, stance `attributes`) by its source, read from a per-source report,
 * never as a bare fact. Overlaps between two known groups become `overlaps` claims by their source.
 * Idempotent: a second load stores nothing new. A group already in the store under another id (e.g.
 * ATT&CK imported first) receives the names instead of gaining a duplicate.
 * @example
 * const summary = await loadKnowledge(store); // opstrack knowledge load
 */
import type { StixObject } from '../model/stix/core.ts';
import type { Store } from '../storage/store.ts';
import { claimExtensionDefinition, opstrackIdentity, OPSTRACK_IDENTITY_ID } from '../claims/extension-definition.ts';
import { loadDefaultKnowledge } from '../knowledge/index.ts';
import { entityToStix, KNOWLEDGE_TIMESTAMP, sourceIdentity } from '../knowledge/to-stix.ts';
import type { KnownEntity } from '../knowledge/types.ts';
import { emptySummary, importEntries, type ImportOptions, type ImportSummary } from './bundle-importer.ts';
import { STATEMENT_SOURCES } from '../knowledge/data/statement-sources.ts';
import { EntityIndex, identify, mergeEntity, sourceClaim, sourceReport, stabilise, type ClaimParts } from './known-entities.ts';

export interface KnowledgeLoadSummary extends ImportSummary {
  entities: Record<string, number>;
  claims: number;
  /** Default entities that were already stored under another id and received names instead. */
  mergedInto: Array<{ name: string; into: string }>;
  ms: number;
}

export async function loadKnowledge(store: Store, entities: readonly KnownEntity[] = loadDefaultKnowledge(), options: ImportOptions = {}): Promise<KnowledgeLoadSummary> {
  const t0 = performance.now();
  const index = await EntityIndex.load(store);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const idOf = new Map<string, string>();
  const objects: StixObject[] = [opstrackIdentity(), claimExtensionDefinition()];
  const mergedInto: KnowledgeLoadSummary['mergedInto'] = [];
  const counts: Record<string, number> = {};

  for (const e of entities) {
    counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    let target = e.id;
    if ((e.kind === 'group' || e.kind === 'software') && !index.objects.has(e.id)) {
      const same = e.aliases.filter((a) => (a.relation ?? 'same') === 'same').map((a) => a.name);
      const { existing } = identify(index, { name: e.name, type: e.type, attackId: e.attackId, synonyms: same });
      if (existing && existing.id !== e.id && !byId.has(existing.id)) {
        target = existing.id;
        const merged = mergeEntity(index.objects.get(existing.id)!, e.aliases, e.attackId);
        if (merged) {
          objects.push(merged);
          index.add(merged);
        }
        mergedInto.push({ name: e.name, into: existing.id });
      }
    }
    idOf.set(e.id, target);
    if (target !== e.id) continue;
    const stored = index.objects.get(e.id);
    if (!stored) objects.push(entityToStix(e, { createdBy: OPSTRACK_IDENTITY_ID }));
    else {
      // Already stored (perhaps enriched by imports since): only add the names it lacks.
      const next = mergeEntity(stored, e.aliases, e.attackId);
      if (next) objects.push(next);
    }
  }

  const claims = buildClaims(entities, idOf);
  const claimants = [...new Set(claims.map((c) => c.claimant))];
  objects.push(...claimants.map((name) => sourceIdentity(name)));
  for (const name of claimants) {
    const mine = claims.filter((c) => c.claimant === name).map((c) => c.object);
    const report = sourceReport(name, `${name}: public attributions and overlaps (OpsTrack default knowledge)`, KNOWLEDGE_TIMESTAMP, mine.map((c) => c.id), KNOWLEDGE_TIMESTAMP);
    for (const c of mine) c.source_ref = report.id;
    objects.push(report, ...mine);
  }

  // A changed statement date is a change (a store loaded by an earlier release takes the new date).
  const stable = await stabilise(store, objects, new Date(), { datesAreContent: true });
  const summary = emptySummary('default knowledge', 'knowledge');
  async function* entries() {
    for (let i = 0; i < stable.length; i++) yield { index: i, path: `objects[${i}]`, object: stable[i] };
  }
  await importEntries(store, entries(), summary, { batchSize: 5000, ...options });
  return { ...summary, entities: counts, claims: claims.length, mergedInto, ms: Math.round(performance.now() - t0) };
}

interface PendingClaim {
  claimant: string;
  object: StixObject;
}

/** Attribution claims (one per group and source) and overlap claims between two known groups. */
function buildClaims(entities: readonly KnownEntity[], idOf: Map<string, string>): PendingClaim[] {
  const countries = new Map(entities.filter((e) => e.kind === 'country').map((e) => [e.code!, e]));
  const orgs = new Map(entities.filter((e) => e.kind === 'organization').map((e) => [e.name.toLowerCase(), e]));
  const groupsByName = new Map<string, KnownEntity>();
  for (const e of entities) {
    if (e.kind !== 'group') continue;
    groupsByName.set(e.name.toLowerCase(), e);
    for (const a of e.aliases) if ((a.relation ?? 'same') === 'same' && !groupsByName.has(a.name.toLowerCase())) groupsByName.set(a.name.toLowerCase(), e);
  }
  const out: PendingClaim[] = [];
  // Evidence OpsTrack wrote is a summary; a claim is dated by the statement it records, never by the build
  const base = { reportId: 'report--00000000-0000-4000-8000-000000000000', timestamp: KNOWLEDGE_TIMESTAMP, evidenceKind: 'summary' as const };
  // Every default claim names the public statement it records (statement-sources.ts): its date (or
  // none, "date unknown"), publisher and title, and its address where the reference data gives one.
  const statement = (key: string): Partial<ClaimParts> => {
    const s = STATEMENT_SOURCES[key];
    if (!s) return { dateSource: 'unknown' };
    return {
      ...(s.date ? { madeOn: s.date, precision: s.precision ?? 'day', dateSource: 'publication' as const } : { dateSource: 'unknown' as const }),
      externalReferences: [{ source_name: s.publisher, description: s.title, ...(s.url ? { url: s.url } : {}) }],
    };
  };
  for (const e of entities) {
    if (e.kind !== 'group') continue;
    const subject = idOf.get(e.id)!;
    for (const a of e.attributedTo ?? []) {
      const country = countries.get(a.country);
      if (!country) continue;
      const org = a.organization ? orgs.get(a.organization.toLowerCase()) : undefined;
      const text = `${a.source} attributes ${e.name} to ${country.name}${a.organization ? ` (${a.organization})` : ''}.`;
      const object = sourceClaim({ ...base, ...statement(`${e.name}|${a.source}`), claimant: a.source, stance: 'attributes', subjects: [subject], addressees: [country.id, ...(org ? [org.id] : [])], text });
      out.push({ claimant: a.source, object });
    }
    // One overlap claim per source and pair of groups, naming every alias that links them.
    const links = new Map<string, { source: string; other: KnownEntity; names: string[] }>();
    for (const a of e.aliases) {
      if (a.relation !== 'overlap' || !a.source || a.source === 'common usage') continue;
      const other = groupsByName.get(a.name.toLowerCase());
      if (!other || other === e) continue;
      const key = `${a.source}\u0000${other.id}`;
      const link = links.get(key) ?? { source: a.source, other, names: [] };
      link.names.push(a.name);
      links.set(key, link);
    }
    for (const { source, other, names } of links.values()) {
      const text = `${source} links ${names.join(', ')} (${other.name}) to ${e.name} as an overlapping cluster.`;
      out.push({ claimant: source, object: sourceClaim({ ...base, ...statement(`${e.name}|${source}|${other.name}`), claimant: source, stance: 'overlaps', subjects: [subject, idOf.get(other.id)!], text }) });
    }
  }
  return out;
}
