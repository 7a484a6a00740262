/**
 * MITRE ATT&CK STIX 2.1 bundles (Enterprise, ICS, Mobile). Everything in the bundle is stored, but a
 * group or software that OpsTrack already knows (same ATT&CK id, or its name / an associated-group
 * name names the known entity) is not duplicated: the known entity receives ATT&CK's names and id,
 * and ATT&CK's relationships are re-pointed at it. An associated-group name that names a DIFFERENT
 * known entity becomes an `overlaps` claim by MITRE ATT&CK, listed in the summary, never a merge.
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { StixObject } from '../model/stix/core.ts';
import type { Store } from '../storage/store.ts';
import { Errors } from '../errors.ts';
import { claimExtensionDefinition, opstrackIdentity } from '../claims/extension-definition.ts';
import { attackIdOf, sourceIdentity } from '../knowledge/to-stix.ts';
import type { KnownAlias } from '../knowledge/types.ts';
import { emptySummary, importEntries, type ImportOptions, type ImportSummary } from './bundle-importer.ts';
import type { FileImporter } from './types.ts';
import { ClaimCollector, EntityIndex, identify, mergeEntity, sourceReport, stabilise } from './known-entities.ts';

export const ATTACK_CLAIMANT = 'MITRE ATT&CK';
const ENTITY_TYPES = new Set(['intrusion-set', 'malware', 'tool']);

export interface KnowledgeImportSummary extends ImportSummary {
  /** Incoming entities that were already known: their names went to the known entity. */
  merged: Array<{ name: string; into: string; intoName: string }>;
  /** Names that pointed at a different known entity: recorded as overlap claims by the source. */
  overlaps: Array<{ name: string; entity: string; entityName: string; overlapsWith: string; via: string }>;
  /** Human-readable lines for the summary (merges and overlaps). */
  notes: string[];
}

export const attackImporter: FileImporter = {
  name: 'mitre-attack',
  detect: (head) => /"type"\s*:\s*"bundle"/.test(head) && /"x_mitre_|"x-mitre-|"source_name"\s*:\s*"mitre-attack"/.test(head),
  run: (store, path, options) => importAttackFile(store, path, options),
};

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Errors.INPUT_INVALID(`cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new Errors.STIX_NOT_JSON(`${path}: ${(err as Error).message}`);
  }
}

export async function importAttackFile(store: Store, path: string, options: ImportOptions = {}): Promise<KnowledgeImportSummary> {
  const bundle = (await readJsonFile(path)) as { type?: unknown; objects?: unknown };
  if (bundle?.type !== 'bundle' || !Array.isArray(bundle.objects)) throw new Errors.INGEST_UNSUPPORTED(`${path}: not a STIX bundle`);
  return importAttackObjects(store, bundle.objects as StixObject[], path, options);
}

export async function importAttackObjects(store: Store, input: StixObject[], file: string, options: ImportOptions = {}): Promise<KnowledgeImportSummary> {
  const index = await EntityIndex.load(store);
  const idMap = new Map<string, string>();
  const generated: StixObject[] = [];
  const merged: KnowledgeImportSummary['merged'] = [];
  const overlaps: KnowledgeImportSummary['overlaps'] = [];
  const claims = new ClaimCollector();
  const stamp = latestModified(input);

  for (const o of input) {
    if (!o || typeof o !== 'object' || !ENTITY_TYPES.has(o.type) || o.revoked || o.x_mitre_deprecated || typeof o.name !== 'string') continue;
    const attackId = attackIdOf(o);
    const names = [...new Set([...(asStrings(o.aliases)), ...asStrings(o.x_mitre_aliases)])].filter((n) => n !== o.name);
    const { existing, overlaps: others } = identify(index, { name: o.name, type: o.type, attackId, synonyms: names });
    const target = existing && existing.id !== o.id ? existing : undefined;
    const otherNames = new Set(others.map((x) => x.name));
    const aliases: KnownAlias[] = names.map((name) =>
      otherNames.has(name) ? { name, source: ATTACK_CLAIMANT, relation: 'overlap' } : { name, source: ATTACK_CLAIMANT },
    );
    let subjectId = o.id;
    if (target) {
      idMap.set(o.id, target.id);
      subjectId = target.id;
      const next = mergeEntity(index.objects.get(target.id)!, [{ name: o.name, source: ATTACK_CLAIMANT }, ...aliases], attackId);
      if (next) {
        generated.push(next);
        index.add(next);
      }
      merged.push({ name: o.name, into: target.id, intoName: target.name });
    } else {
      index.add(o);
    }
    for (const x of others) {
      if (x.entity.id === subjectId) continue;
      overlaps.push({ name: o.name, entity: subjectId, entityName: index.resolver.get(subjectId)?.name ?? o.name, overlapsWith: x.entity.name, via: x.name });
      claims.add({
          claimant: ATTACK_CLAIMANT,
          stance: 'overlaps',
          subjects: [subjectId, x.entity.id],
          madeOn: stamp.slice(0, 10),
          reportId: '',
          timestamp: stamp,
          text: `MITRE ATT&CK lists ${x.name} among the associated groups of ${o.name}${attackId ? ` (${attackId})` : ''}.`,
      });
    }
  }

  const passThrough = input.filter((o) => !idMap.has(o?.id)).map((o) => repoint(o, idMap));
  if (claims.size) {
    const title = 'MITRE ATT&CK: associated groups naming other known groups';
    const built = claims.build(sourceReport(ATTACK_CLAIMANT, title, stamp, ['x'], stamp).id);
    const report = sourceReport(ATTACK_CLAIMANT, title, stamp, built.map((c) => c.id), stamp);
    generated.push(sourceIdentity(ATTACK_CLAIMANT, { timestamp: stamp }), report, ...built, opstrackIdentity(), claimExtensionDefinition());
  }
  const stable = await stabilise(store, dedupe(generated));
  const all = [...passThrough, ...stable];
  const summary = emptySummary(file, 'mitre-attack');
  async function* entries() {
    for (let i = 0; i < all.length; i++) yield { index: i, path: `objects[${i}]`, object: all[i] as unknown };
  }
  await importEntries(store, entries(), summary, options);
  return { ...summary, merged, overlaps, notes: describe(merged, overlaps, ATTACK_CLAIMANT) };
}

export function describe(merged: KnowledgeImportSummary['merged'], overlaps: KnowledgeImportSummary['overlaps'], source: string): string[] {
  const lines = merged.length ? [`${merged.length} known entities matched (names added, no duplicates)`] : [];
  for (const o of overlaps) {
    const of = o.entityName === o.name ? `"${o.name}"` : `"${o.name}" (= ${o.entityName})`;
    lines.push(`overlap, not merged: ${source} gives "${o.via}" as a name of ${of}, but "${o.via}" is ${o.overlapsWith}; recorded as an overlap claim by ${source}`);
  }
  return lines;
}

function asStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : [];
}

function latestModified(objects: StixObject[]): string {
  let latest = '';
  for (const o of objects) if (o && typeof o.modified === 'string' && o.modified > latest) latest = o.modified;
  return latest ? new Date(Date.parse(latest)).toISOString() : new Date().toISOString();
}

const REF_KEYS = ['source_ref', 'target_ref', 'sighting_of_ref', 'where_sighted_refs', 'object_refs', 'observed_data_refs'];

/** The object with references to merged entities re-pointed at the known entity. */
function repoint(o: StixObject, idMap: Map<string, string>): StixObject {
  if (!o || typeof o !== 'object' || idMap.size === 0) return o;
  let out: StixObject | undefined;
  for (const k of REF_KEYS) {
    const v = o[k];
    if (typeof v === 'string' && idMap.has(v)) (out ??= { ...o })[k] = idMap.get(v);
    else if (Array.isArray(v) && v.some((x) => idMap.has(x))) (out ??= { ...o })[k] = [...new Set(v.map((x) => idMap.get(x) ?? x))];
  }
  return out ?? o;
}

function dedupe(objects: StixObject[]): StixObject[] {
  const byId = new Map<string, StixObject>();
  for (const o of objects) byId.set(o.id, o);
  return [...byId.values()];
}
