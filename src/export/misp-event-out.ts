/**
 * A report as a MISP event, the way in (src/import/misp-event-in.ts) read backwards, so an event
 * imported and exported again keeps its attributes, objects, tags and galaxies:
 * - the report's `misp` reference gives the event's uuid, distribution, threat level, analysis;
 *   its creator is the Orgc; its labels are tags, its TLP marking a `tlp:` tag;
 * - each observed-data is an attribute (type and category from its `misp:` labels, else from the
 *   observable; to_ids when an indicator is `based-on` it), grouped into MISP objects by their
 *   `misp-object` reference; an indicator with no observed-data is an attribute from its pattern
 *   (`[ipv4-addr:value = '…']`) or, for a rule, its pattern language; a note with a `misp:type`
 *   label gives back its value; an observable the report names directly (an extracted article's)
 *   is an attribute too, to_ids when a proposed indicator matches it;
 * - intrusion sets, malware, tools, attack patterns, courses of action, sectors and countries are
 *   galaxy clusters (their galaxy and cluster uuid from the report's `misp-galaxy-cluster`
 *   references or the object's `misp-galaxy` one, else the default galaxy for the type).
 * What has no place in MISP (claims, relationships other than the above, other SDOs) is left out;
 * docs/interchange.md lists it.
 * @module
 */
import type { StixObject } from '../model/stix/core.ts';
import { tlpOf, type TlpLevel } from '../model/tlp.ts';
import { hashUuid } from '../knowledge/ids.ts';
import { patternOf } from '../import/indicators.ts';
import {
  DEFAULT_GALAXY, defaultCategory, epochOf, galaxyTag, HASH_TYPES, RULE_TYPES,
  type MispAttribute, type MispEventDocument, type MispGalaxy, type MispObject, type MispTag,
} from '../import/misp-event-format.ts';
import { MISP_CLUSTER_SOURCE, MISP_GALAXY_SOURCE, MISP_OBJECT_SOURCE, MISP_ORG_SOURCE, MISP_SOURCE } from '../import/misp-event-in.ts';

interface ExternalReference {
  source_name?: string;
  external_id?: string;
  description?: string;
}

const uuidOf = (id: string) => id.slice(id.indexOf('--') + 2);
const refs = (o: StixObject | undefined): ExternalReference[] => (o?.external_references as ExternalReference[] | undefined) ?? [];
const refOf = (o: StixObject | undefined, source: string) => refs(o).find((r) => r.source_name === source);

function json(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const LABEL = /^misp:(type|category|object-relation|to_ids)="(.*)"$/;

function mispLabels(o: StixObject): { type?: string; category?: string; relation?: string; toIds?: boolean; tags: string[] } {
  const out: { type?: string; category?: string; relation?: string; toIds?: boolean; tags: string[] } = { tags: [] };
  for (const l of (o.labels as string[] | undefined) ?? []) {
    const m = LABEL.exec(l);
    if (!m) out.tags.push(l);
    else if (m[1] === 'type') out.type = m[2];
    else if (m[1] === 'category') out.category = m[2];
    else if (m[1] === 'object-relation') out.relation = m[2];
    else out.toIds = m[2] === 'True';
  }
  return out;
}

const tlpTag = (level: TlpLevel): MispTag => ({ name: `tlp:${level}` });
const DISTRIBUTION_OF_TLP: Record<TlpLevel, string> = { clear: '3', green: '2', amber: '1', 'amber+strict': '0', red: '0' };
const ALG_TYPE = Object.fromEntries(Object.entries(HASH_TYPES).map(([t, alg]) => [alg, t]));

/** An attribute's type and value for an observable (the type a label names wins when it fits). */
function typeAndValue(sco: StixObject, labelled?: string): { type: string; value: string } | undefined {
  const v = sco.value as string | undefined;
  switch (sco.type) {
    case 'ipv4-addr':
    case 'ipv6-addr':
      return { type: labelled === 'ip-src' ? 'ip-src' : 'ip-dst', value: v! };
    case 'domain-name':
      return { type: labelled === 'hostname' ? 'hostname' : 'domain', value: v! };
    case 'url':
      return { type: labelled === 'link' ? 'link' : 'url', value: v! };
    case 'email-addr':
      return { type: labelled && labelled.startsWith('email') ? labelled : 'email', value: v! };
    case 'mutex':
      return { type: 'mutex', value: String(sco.name) };
    case 'mac-addr':
      return { type: 'mac-address', value: v! };
    case 'file': {
      const hashes = (sco.hashes as Record<string, string> | undefined) ?? {};
      const name = sco.name as string | undefined;
      const wanted = labelled?.replace(/^filename\|/, '');
      const alg = (wanted && HASH_TYPES[wanted] && hashes[HASH_TYPES[wanted]!] ? HASH_TYPES[wanted] : Object.keys(hashes).find((a) => ALG_TYPE[a])) as string | undefined;
      if (alg) {
        const t = ALG_TYPE[alg]!;
        return name && (labelled === undefined || labelled.startsWith('filename|')) ? { type: `filename|${t}`, value: `${name}|${hashes[alg]}` } : { type: t, value: hashes[alg]! };
      }
      return name ? { type: 'filename', value: name } : undefined;
    }
    default:
      return undefined;
  }
}

/** `[ipv4-addr:value = '1.2.3.4']` back to an observable, for a single-comparison pattern. */
function scoOfPattern(pattern: string): StixObject | undefined {
  const m = /^\[([a-z0-9-]+):(value|name|hashes\.'?([A-Za-z0-9-]+)'?)\s*=\s*'((?:[^'\\]|\\.)*)'\]$/.exec(pattern.trim());
  if (!m) return undefined;
  const value = m[4]!.replace(/\\(.)/g, '$1');
  const base = { type: m[1]!, spec_version: '2.1', id: `${m[1]}--x` } as StixObject;
  if (m[2] === 'value') return { ...base, value };
  if (m[2] === 'name') return { ...base, name: value };
  return { ...base, hashes: { [m[3]!]: value } };
}

/** The MISP event for a report and the objects it references (those the caller may see). */
export function reportToMispEvent(report: StixObject, objects: readonly StixObject[]): MispEventDocument {
  const byId = new Map(objects.map((o) => [o.id, o]));
  const inReport = ((report.object_refs as string[] | undefined) ?? []).map((id) => byId.get(id)).filter((o): o is StixObject => !!o);
  const eventRef = refOf(report, MISP_SOURCE);
  const meta = json(eventRef?.description);
  const reportTlp = tlpOf(report);
  const org = report.created_by_ref ? byId.get(report.created_by_ref as string) : undefined;
  const modified = (report.modified as string | undefined) ?? (report.created as string);

  const basedOn = new Map<string, StixObject>(); // observed-data id -> indicator
  for (const r of objects) {
    if (r.type === 'relationship' && r.relationship_type === 'based-on') {
      const ind = byId.get(r.source_ref as string);
      if (ind?.type === 'indicator') basedOn.set(r.target_ref as string, ind);
    }
  }

  const attributes: MispAttribute[] = [];
  const mispObjects = new Map<string, MispObject>();
  const usedIndicators = new Set<string>();
  const coveredScos = new Set<string>();
  const place = (attr: MispAttribute, carrier: StixObject) => {
    const objectRef = refOf(carrier, MISP_OBJECT_SOURCE);
    if (!objectRef?.external_id) return void attributes.push(attr);
    let o = mispObjects.get(objectRef.external_id);
    if (!o) {
      const m = json(objectRef.description);
      o = { uuid: objectRef.external_id, name: String(m.name ?? 'misc'), Attribute: [] };
      for (const k of ['meta-category', 'template_uuid', 'template_version', 'distribution', 'comment', 'timestamp'] as const) if (typeof m[k] === 'string') o[k] = m[k] as string;
      mispObjects.set(o.uuid, o);
    }
    o.Attribute.push(attr);
  };
  const attributeOf = (carrier: StixObject, type: string, value: string, toIds: boolean, relation?: string): MispAttribute => {
    const l = mispLabels(carrier);
    const ref = refOf(carrier, MISP_SOURCE);
    const tlp = tlpOf(carrier);
    const tags: MispTag[] = [...(tlp && tlp !== reportTlp ? [tlpTag(tlp)] : []), ...l.tags.map((name) => ({ name }))];
    const a: MispAttribute = {
      uuid: ref?.external_id ?? uuidOf(carrier.id), type, category: l.category ?? defaultCategory(type), value, to_ids: toIds,
      timestamp: epochOf((carrier.modified as string | undefined) ?? (carrier.created as string)),
    };
    const m = json(ref?.description);
    a.distribution = typeof m.distribution === 'string' ? m.distribution : '5';
    if (typeof m.comment === 'string') a.comment = m.comment;
    else if (!ref && carrier.type === 'indicator' && carrier.description) a.comment = String(carrier.description);
    if (relation ?? l.relation) a.object_relation = relation ?? l.relation;
    if (carrier.type === 'observed-data') {
      if (carrier.first_observed !== carrier.created) a.first_seen = String(carrier.first_observed);
      if (carrier.last_observed !== carrier.first_observed) a.last_seen = String(carrier.last_observed);
    }
    if (tags.length) a.Tag = tags;
    return a;
  };

  for (const o of inReport) {
    if (o.type !== 'observed-data') continue;
    const sco = byId.get(((o.object_refs as string[] | undefined) ?? [])[0] ?? '');
    if (!sco) continue;
    const l = mispLabels(o);
    const tv = typeAndValue(sco, l.type);
    if (!tv) continue;
    coveredScos.add(sco.id);
    const indicator = basedOn.get(o.id);
    if (indicator) usedIndicators.add(indicator.id);
    place(attributeOf(o, tv.type, tv.value, !!indicator), o);
  }
  for (const o of inReport) {
    if (o.type === 'indicator' && !usedIndicators.has(o.id)) {
      const l = mispLabels(o);
      const language = String(o.pattern_type);
      if (language !== 'stix') {
        const type = l.type ?? Object.entries(RULE_TYPES).find(([, lang]) => lang === language)?.[0];
        if (type) place(attributeOf(o, type, String(o.pattern), true), o);
        continue;
      }
      const sco = scoOfPattern(String(o.pattern));
      const tv = sco && typeAndValue(sco, l.type);
      if (!tv) continue;
      const covered = inReport.find((x) => x.id !== o.id && patternOf(x) === o.pattern && coveredScos.has(x.id));
      if (covered) continue;
      for (const x of inReport) if (patternOf(x) === o.pattern) coveredScos.add(x.id);
      place(attributeOf(o, tv.type, tv.value, true), o);
    } else if (o.type === 'note') {
      const l = mispLabels(o);
      if (l.type) place(attributeOf(o, l.type, String(o.content), !!l.toIds), o);
    }
  }
  // Observables the report names directly (an extracted article's): attributes, to_ids when an
  // indicator of the report matches them.
  const patterns = new Set(inReport.filter((o) => o.type === 'indicator').map((o) => o.pattern as string));
  for (const o of inReport) {
    if (coveredScos.has(o.id)) continue;
    const tv = typeAndValue(o);
    if (!tv) continue;
    const pattern = patternOf(o);
    attributes.push({
      uuid: hashUuid('opstrack-misp-attribute', report.id, o.id), type: tv.type, category: defaultCategory(tv.type), value: tv.value,
      to_ids: !!pattern && patterns.has(pattern), distribution: '5', timestamp: epochOf(modified),
    });
  }

  // Galaxies.
  const clusterRefs = new Map<string, { galaxy: string; value: string; uuid: string }>();
  for (const r of refs(report)) {
    if (r.source_name !== MISP_CLUSTER_SOURCE || !r.external_id) continue;
    const m = json(r.description);
    if (typeof m.ref === 'string') clusterRefs.set(m.ref, { galaxy: String(m.galaxy), value: String(m.value), uuid: r.external_id });
  }
  const galaxies = new Map<string, MispGalaxy>();
  for (const o of inReport) {
    const fromRef = clusterRefs.get(o.id);
    const own = refOf(o, MISP_GALAXY_SOURCE);
    const galaxy = fromRef?.galaxy ?? own?.description ?? DEFAULT_GALAXY[o.type];
    if (!galaxy || typeof o.name !== 'string') continue;
    if (o.type === 'identity' && o.identity_class !== 'class') continue;
    const iso = o.country ?? o.x_opstrack_country;
    if (o.type === 'location' && !iso) continue;
    const value = fromRef?.value ?? o.name;
    let g = galaxies.get(galaxy);
    if (!g) galaxies.set(galaxy, (g = { type: galaxy, name: galaxy, GalaxyCluster: [] }));
    const aliases = ((o.aliases as string[] | undefined) ?? []).filter((a) => a !== value);
    g.GalaxyCluster.push({
      uuid: fromRef?.uuid ?? own?.external_id ?? uuidOf(o.id), type: galaxy, value, tag_name: galaxyTag(galaxy, value),
      ...(o.description ? { description: String(o.description) } : {}),
      ...(aliases.length || iso ? { meta: { ...(aliases.length ? { synonyms: aliases } : {}), ...(o.type === 'location' ? { ISO: String(iso) } : {}) } } : {}),
    });
  }

  const tags: MispTag[] = [
    ...(reportTlp ? [tlpTag(reportTlp)] : []),
    ...[...new Set([...((report.labels as string[] | undefined) ?? []), ...[...galaxies.values()].flatMap((g) => g.GalaxyCluster.map((c) => c.tag_name!))])].map((name) => ({ name })),
  ];
  const orgUuid = refOf(org, MISP_ORG_SOURCE)?.external_id ?? (org ? uuidOf(org.id) : undefined);
  const published = typeof report.published === 'string' ? report.published : modified;
  return {
    Event: {
      uuid: eventRef?.external_id ?? uuidOf(report.id),
      info: String(report.name),
      date: published.slice(0, 10),
      threat_level_id: typeof meta.threat_level_id === 'string' ? meta.threat_level_id : '4',
      analysis: typeof meta.analysis === 'string' ? meta.analysis : '2',
      distribution: typeof meta.distribution === 'string' ? meta.distribution : reportTlp ? DISTRIBUTION_OF_TLP[reportTlp] : '3',
      published: typeof meta.published === 'boolean' ? meta.published : false,
      timestamp: epochOf(modified),
      ...(org && typeof org.name === 'string' ? { Orgc: { name: org.name, ...(orgUuid ? { uuid: orgUuid } : {}) } } : {}),
      Attribute: attributes,
      Object: [...mispObjects.values()],
      Tag: tags,
      Galaxy: [...galaxies.values()],
    },
  };
}
