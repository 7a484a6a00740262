/**
 * MISP galaxy threat-actor clusters (misp-galaxy `clusters/threat-actor.json`). Each cluster is a
 * group: synonyms become aliases; the suspected state sponsor (else the cluster's country) becomes an
 * `attributes` claim by the galaxy, with the suspected victims and target categories as its targeted
 * countries and sectors; victims and sectors are also linked with `targets` relationships created by
 * the galaxy to OpsTrack's country and sector objects. Identity follows known-entities.ts: a known
 * group gets the names (no duplicate); a synonym naming a different known group is an overlap claim
 * by the galaxy, listed in the summary, never a merge.
 * @module
 */
import type { StixObject } from '../model/stix/core.ts';
import type { Store } from '../storage/store.ts';
import { Errors } from '../errors.ts';
import { claimExtensionDefinition, opstrackIdentity, OPSTRACK_IDENTITY_ID } from '../claims/extension-definition.ts';
import { defaultResolver } from '../knowledge/index.ts';
import { hashUuid } from '../knowledge/ids.ts';
import { entityToStix, sourceIdentity, sourceIdentityId } from '../knowledge/to-stix.ts';
import type { KnownAlias, KnownEntity } from '../knowledge/types.ts';
import { emptySummary, importEntries, type ImportOptions } from './bundle-importer.ts';
import type { FileImporter } from './types.ts';
import { describe, readJsonFile, type KnowledgeImportSummary } from './attack-importer.ts';
import { ClaimCollector, EntityIndex, identify, mergeEntity, sourceReport, stabilise } from './known-entities.ts';

export const MISP_CLAIMANT = 'MISP galaxy';

interface GalaxyCluster {
  value?: unknown;
  uuid?: unknown;
  description?: unknown;
  meta?: Record<string, unknown>;
}

interface Galaxy {
  type?: unknown;
  name?: unknown;
  version?: unknown;
  values?: unknown;
}

export const mispGalaxyImporter: FileImporter = {
  name: 'misp-galaxy',
  detect: (head) => /"values"\s*:\s*\[/.test(head) && /"(authors|category)"\s*:/.test(head) && !/"type"\s*:\s*"bundle"/.test(head),
  run: (store, path, options) => importMispGalaxyFile(store, path, options),
};

export async function importMispGalaxyFile(store: Store, path: string, options: ImportOptions = {}): Promise<KnowledgeImportSummary> {
  const galaxy = (await readJsonFile(path)) as Galaxy;
  if (!galaxy || typeof galaxy !== 'object' || !Array.isArray(galaxy.values)) throw new Errors.INGEST_UNSUPPORTED(`${path}: not a MISP galaxy cluster file (no values array)`);
  if (galaxy.type !== 'threat-actor') throw new Errors.INGEST_UNSUPPORTED(`${path}: MISP galaxy of type "${String(galaxy.type)}"; only threat-actor clusters are imported`);
  galaxy.values.forEach((v: GalaxyCluster, i: number) => {
    if (!v || typeof v.value !== 'string' || !v.value) throw new Errors.INPUT_INVALID(`values[${i}].value: required`);
  });
  return importMispClusters(store, galaxy.values as GalaxyCluster[], path, typeof galaxy.version === 'number' ? galaxy.version : undefined, options);
}

export async function importMispClusters(store: Store, clusters: GalaxyCluster[], file: string, version: number | undefined, options: ImportOptions = {}): Promise<KnowledgeImportSummary> {
  const index = await EntityIndex.load(store);
  const knowledge = defaultResolver();
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  const out: StixObject[] = [];
  const referenced = new Map<string, KnownEntity>();
  const claims = new ClaimCollector();
  /** Each cluster with the id of its entity (found or created). */
  const subjects: { cluster: GalaxyCluster; subjectId: string }[] = [];
  const merged: KnowledgeImportSummary['merged'] = [];
  const overlaps: KnowledgeImportSummary['overlaps'] = [];
  const galaxyId = sourceIdentityId(MISP_CLAIMANT);

  for (const c of clusters) {
    const name = c.value as string;
    const meta = c.meta ?? {};
    // Galaxies list ATT&CK ids among synonyms, sometimes a related group's: an id decides identity
    // only when the cluster's own name does not.
    const all = strings(meta.synonyms).filter((s) => s !== name);
    const synonyms = all.filter((s) => !/^G\d{4}$/.test(s));
    const ids = all.filter((s) => /^G\d{4}$/.test(s));
    const attackId = ids.length === 1 && !index.sameAs(name, 'intrusion-set').length ? ids[0] : undefined;
    const { existing, overlaps: others } = identify(index, { name, type: 'intrusion-set', attackId, synonyms });
    const otherNames = new Set(others.map((o) => o.name));
    const aliases: KnownAlias[] = synonyms.map((s) => (otherNames.has(s) ? { name: s, source: MISP_CLAIMANT, relation: 'overlap' as const } : { name: s, source: MISP_CLAIMANT }));
    let subjectId: string;
    if (existing) {
      subjectId = existing.id;
      const next = mergeEntity(index.objects.get(existing.id)!, [{ name, source: MISP_CLAIMANT }, ...aliases], attackId);
      if (next) {
        out.push(next);
        index.add(next);
      }
      merged.push({ name, into: existing.id, intoName: existing.name });
    } else {
      subjectId = `intrusion-set--${validUuid(c.uuid) ?? hashUuid('misp-cluster', name)}`;
      const same = aliases.filter((a) => a.relation !== 'overlap').map((a) => a.name);
      const created: StixObject = {
        type: 'intrusion-set',
        spec_version: '2.1',
        id: subjectId,
        created: now,
        modified: now,
        created_by_ref: galaxyId,
        name,
        ...(typeof c.description === 'string' && c.description ? { description: c.description } : {}),
        ...(same.length ? { aliases: same } : {}),
        ...(aliases.length ? { x_opstrack_aliases: aliases } : {}),
        external_references: [
          { source_name: 'misp-galaxy', external_id: String(c.uuid ?? name) },
          ...(attackId ? [{ source_name: 'mitre-attack', external_id: attackId }] : []),
        ],
      };
      out.push(created);
      index.add(created);
    }
    subjects.push({ cluster: c, subjectId });
  }

  // Second pass, once every cluster has its entity: names pointing at another entity are overlaps.
  for (const { cluster: c, subjectId } of subjects) {
    const name = c.value as string;
    const meta = c.meta ?? {};
    const synonyms = strings(meta.synonyms).filter((s) => s !== name && !/^G\d{4}$/.test(s));
    const { overlaps: others } = identify(index, { name, type: 'intrusion-set', synonyms });
    for (const x of others) {
      if (x.entity.id === subjectId) continue;
      overlaps.push({ name, entity: subjectId, entityName: index.resolver.get(subjectId)?.name ?? name, overlapsWith: x.entity.name, via: x.name });
      claims.add({
        claimant: MISP_CLAIMANT,
        stance: 'overlaps',
        subjects: [subjectId, x.entity.id],
        madeOn: today,
        reportId: '',
        timestamp: now,
        text: `MISP galaxy lists ${x.name} as a synonym of ${name}.`,
      });
    }

    // Victims and sectors: targets relationships by the galaxy, and the attribution claim's targets.
    const victims = unique(strings(meta['cfr-suspected-victims']).map((v) => findOne(knowledge, v, 'country')));
    const sectors = unique([...strings(meta['cfr-target-category']), ...strings(meta['targeted-sector'])].map((v) => findOne(knowledge, v, 'sector')));
    for (const t of [...victims, ...sectors]) {
      referenced.set(t.id, t);
      out.push({
        type: 'relationship',
        spec_version: '2.1',
        id: `relationship--${hashUuid('misp-targets', subjectId, t.id)}`,
        created: now,
        modified: now,
        created_by_ref: galaxyId,
        relationship_type: 'targets',
        source_ref: subjectId,
        target_ref: t.id,
        description: `MISP galaxy lists ${t.name} among the targets of ${name}.`,
      });
    }
    const sponsorName = typeof meta['cfr-suspected-state-sponsor'] === 'string' ? (meta['cfr-suspected-state-sponsor'] as string) : undefined;
    const sponsor = (sponsorName ? findOne(knowledge, sponsorName, 'country') : undefined) ?? (typeof meta.country === 'string' ? countryByCode(knowledge, meta.country) : undefined);
    if (sponsor) {
      referenced.set(sponsor.id, sponsor);
      const what = sponsorName ? `suspected state sponsor: ${sponsorName}` : `country: ${String(meta.country)}`;
      claims.add({
          claimant: MISP_CLAIMANT,
          stance: 'attributes',
          subjects: [subjectId],
          addressees: [sponsor.id],
          targetedCountries: victims.map((v) => v.code!).filter(Boolean),
          targetedSectors: sectors.map((s) => s.sector!).filter(Boolean),
          madeOn: today,
          reportId: '',
          timestamp: now,
          text: `MISP galaxy threat-actor cluster "${name}" (${what}).`,
      });
    }
  }

  const title = `MISP galaxy threat-actor clusters${version !== undefined ? ` (version ${version})` : ''}`;
  const generated: StixObject[] = [opstrackIdentity(), claimExtensionDefinition(), sourceIdentity(MISP_CLAIMANT, { timestamp: now })];
  // Countries and sectors it links to, unless stored already (never overwrite an enriched version).
  generated.push(...[...referenced.values()].filter((e) => !index.objects.has(e.id)).map((e) => entityToStix(e, { createdBy: OPSTRACK_IDENTITY_ID })));
  if (claims.size) {
    const reportId = sourceReport(MISP_CLAIMANT, title, now, ['x'], now).id;
    const built = claims.build(reportId);
    generated.push(sourceReport(MISP_CLAIMANT, title, now, built.map((c) => c.id), now), ...built);
  }
  const byId = new Map<string, StixObject>();
  for (const o of [...generated, ...out]) byId.set(o.id, o);
  const all = await stabilise(store, [...byId.values()]);
  const summary = emptySummary(file, 'misp-galaxy');
  async function* entries() {
    for (let i = 0; i < all.length; i++) yield { index: i, path: `objects[${i}]`, object: all[i] as unknown };
  }
  await importEntries(store, entries(), summary, options);
  return { ...summary, merged, overlaps, notes: describe(merged, overlaps, MISP_CLAIMANT) };
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim().length > 0) : [];
}

function unique(list: Array<KnownEntity | undefined>): KnownEntity[] {
  return [...new Map(list.filter((e): e is KnownEntity => !!e).map((e) => [e.id, e])).values()];
}

function validUuid(v: unknown): string | undefined {
  return typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(v) ? v.toLowerCase() : undefined;
}

/** A country or sector for a galaxy term: the whole term, else the longest known name inside it ("Government Institutions"). */
function findOne(resolver: ReturnType<typeof defaultResolver>, term: string, kind: 'country' | 'sector'): KnownEntity | undefined {
  const whole = resolver.resolve(term).find((m) => m.relation === 'same' && m.entity.kind === kind);
  if (whole) return whole.entity;
  const mentions = resolver.findMentions(term, { kinds: [kind] }).sort((a, b) => b.end - b.start - (a.end - a.start));
  return mentions[0]?.entity;
}

function countryByCode(resolver: ReturnType<typeof defaultResolver>, code: string): KnownEntity | undefined {
  return resolver.entities.find((e) => e.kind === 'country' && e.code === code.toUpperCase());
}
