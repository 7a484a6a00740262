/**
 * A MISP event as STIX 2.1 objects (docs/interchange.md, "MISP events"):
 * - the event is a `report` (name: info; published: date; labels: its tags other than TLP and
 *   galaxy tags; object_refs: everything below) created by the event's creator organisation
 *   (Orgc, an `identity`), with an external reference `misp` carrying the event's uuid and the
 *   properties STIX has no place for (distribution, threat level, analysis, published);
 * - each attribute (of the event or of an object) whose type has a cyber observable becomes that
 *   SCO inside an `observed-data` (labels `misp:type="…"`, `misp:category="…"`,
 *   `misp:object-relation="…"` and the attribute's tags; description: its comment; external
 *   reference `misp`: its uuid, and `misp-object` for the object it belongs to); a to_ids attribute
 *   is also an `indicator` (a STIX pattern matching the observable) `based-on` that observed-data,
 *   which `indicates` every group, malware and tool the event's galaxies name. A to_ids rule
 *   (yara, snort, sigma, pcre) is an indicator in that pattern language; any other attribute is a
 *   `note` holding the value;
 * - each galaxy cluster of a known kind (format module, GALAXY_STIX_TYPE) is an entity: an
 *   existing one when the importer already sees it (same rule as the galaxy importer: a name or
 *   synonym naming it as the same entity), else a new object; clusters of other galaxies stay tags;
 * - TLP tags are markings (an attribute's own TLP tag wins for its objects); an event with no TLP
 *   tag and distribution 0 ("your organisation only") is TLP:AMBER+STRICT.
 * Ids derive from MISP's uuids, so re-importing an event changes nothing. Under AMBER, AMBER+STRICT
 * or RED, objects named from MISP uuids take ids scoped to the importing organisation, as names in
 * marked reports do (docs/security.md): another organisation importing the same event gets its own.
 * @module
 */
import type { StixObject } from '../model/stix/core.ts';
import { scoId } from '../model/stix/ids.ts';
import { TLP_ORDER, tlpMarkingId, type TlpLevel } from '../model/tlp.ts';
import { hashUuid } from '../knowledge/ids.ts';
import { defaultResolver } from '../knowledge/index.ts';
import { entityToStix } from '../knowledge/to-stix.ts';
import type { KnownEntity } from '../knowledge/types.ts';
import { patternLiteral, patternOf } from './indicators.ts';
import { identify, type EntityIndex } from './known-entities.ts';
import {
  GALAXY_STIX_TYPE, galaxyTag, HASH_TYPES, isGalaxyTag, isoOf, RULE_TYPES, SCO_OF_TYPE, tlpOfTag,
  type MispAttribute, type MispEvent, type MispGalaxy, type MispGalaxyCluster, type MispObject,
} from './misp-event-format.ts';

export const MISP_SOURCE = 'misp';
export const MISP_OBJECT_SOURCE = 'misp-object';
export const MISP_GALAXY_SOURCE = 'misp-galaxy';
export const MISP_ORG_SOURCE = 'misp-org';
/** On the report: one reference per galaxy cluster, naming the object it became (its description is JSON). */
export const MISP_CLUSTER_SOURCE = 'misp-galaxy-cluster';

export interface MispInContext {
  /** When the import runs (ISO). */
  now: string;
  /** The importing organisation's id, or `installation` for the CLI: scopes ids under AMBER and stricter. */
  ownerKey: string;
  /** Entities the importer may see, to name an existing group instead of adding a duplicate. */
  index: EntityIndex;
}

export interface MispInResult {
  reportId: string;
  objects: StixObject[];
  notes: string[];
}

const THREATS = new Set(['intrusion-set', 'malware', 'tool']);
const WITH_ALIASES = new Set(['intrusion-set', 'malware', 'tool', 'attack-pattern', 'threat-actor', 'campaign']);

function strictest(levels: Array<TlpLevel | undefined>): TlpLevel | undefined {
  let out: TlpLevel | undefined;
  for (const l of levels) if (l && (!out || TLP_ORDER.indexOf(l) > TLP_ORDER.indexOf(out))) out = l;
  return out;
}

const shared = (tlp: TlpLevel | undefined) => !tlp || tlp === 'clear' || tlp === 'green';

export function mispEventToStix(event: MispEvent, ctx: MispInContext): MispInResult {
  const notes: string[] = [];
  const eventTlp = strictest(event.Tag.map((t) => tlpOfTag(t.name))) ?? (event.distribution === '0' ? 'amber+strict' : undefined);
  if (!event.Tag.some((t) => tlpOfTag(t.name)) && eventTlp) notes.push('no TLP tag and distribution 0 (your organisation only): marked TLP:AMBER+STRICT');
  /** An id from a MISP uuid; scoped to the importer under AMBER and stricter. */
  const idOf = (type: string, uuid: string, tlp: TlpLevel | undefined) => `${type}--${shared(tlp) ? uuid : hashUuid('misp', uuid, ctx.ownerKey, tlp!)}`;
  const markings = (tlp: TlpLevel | undefined) => (tlp ? { object_marking_refs: [tlpMarkingId(tlp)] } : {});
  const eventTime = isoOf(event.timestamp, `${event.date}T00:00:00.000Z`);
  const out = new Map<string, StixObject>();
  const add = (o: StixObject) => out.set(o.id, o);

  // The creator organisation.
  const org = event.Orgc;
  const orgId = org ? idOf('identity', org.uuid ?? hashUuid('misp-org', org.name), eventTlp) : undefined;
  if (org && orgId) {
    add({
      type: 'identity', spec_version: '2.1', id: orgId, created: eventTime, modified: eventTime, name: org.name, identity_class: 'organization',
      ...(org.uuid ? { external_references: [{ source_name: MISP_ORG_SOURCE, external_id: org.uuid }] } : {}),
      ...markings(eventTlp),
    });
  }
  const by = orgId ? { created_by_ref: orgId } : {};
  const reportId = idOf('report', event.uuid, eventTlp);

  // Galaxies: entities.
  const threats: string[] = [];
  const clusterRefs: Array<Record<string, string>> = [];
  const galaxyLabels: string[] = [];
  for (const galaxy of event.Galaxy) {
    for (const cluster of galaxy.GalaxyCluster) {
      const entity = clusterEntity(galaxy, cluster);
      if (!entity) {
        galaxyLabels.push(galaxyTag(galaxy.type, cluster.value));
        notes.push(`galaxy ${galaxy.type} "${cluster.value}": no STIX object for this galaxy, kept as a label`);
        continue;
      }
      clusterRefs.push({ source_name: MISP_CLUSTER_SOURCE, external_id: cluster.uuid, description: JSON.stringify({ galaxy: galaxy.type, value: cluster.value, ref: entity }) });
      if (THREATS.has(entity.split('--')[0]!)) threats.push(entity);
    }
  }

  /** The id of the entity a cluster stands for (existing, knowledge or new), or undefined when none maps. */
  function clusterEntity(galaxy: MispGalaxy, cluster: MispGalaxyCluster): string | undefined {
    const type = GALAXY_STIX_TYPE[galaxy.type];
    if (!type) return undefined;
    const meta = cluster.meta ?? {};
    const synonyms = strings(meta.synonyms).filter((s) => s !== cluster.value);
    if (type === 'location' || type === 'identity') {
      const kind = type === 'location' ? 'country' : 'sector';
      const code = strings(meta.ISO)[0] ?? (typeof meta.ISO === 'string' ? meta.ISO : undefined);
      const known = knownOf(kind, [cluster.value, ...synonyms, ...(code ? [code] : [])]);
      if (!known) {
        notes.push(`galaxy ${galaxy.type} "${cluster.value}": no known ${kind} of that name, kept as a label`);
        return undefined;
      }
      if (!ctx.index.objects.has(known.id)) add(entityToStix(known));
      return known.id;
    }
    const attackId = strings(meta.external_id).find((x) => /^(G|S|T|M)\d{4}(\.\d{3})?$/.test(x));
    if (THREATS.has(type)) {
      const { existing } = identify(ctx.index, { name: cluster.value, type, attackId: attackId && /^[GS]/.test(attackId) ? attackId : undefined, synonyms });
      if (existing) {
        notes.push(`galaxy ${galaxy.type} "${cluster.value}" is ${existing.name} (${existing.id})`);
        return existing.id;
      }
    }
    const id = idOf(type, cluster.uuid, eventTlp);
    const o: StixObject = {
      type, spec_version: '2.1', id, created: eventTime, modified: eventTime, name: cluster.value,
      ...(cluster.description ? { description: cluster.description } : {}),
      ...(synonyms.length && WITH_ALIASES.has(type) ? { aliases: synonyms } : {}),
      ...(type === 'malware' ? { is_family: true } : {}),
      ...by,
      external_references: [
        { source_name: MISP_GALAXY_SOURCE, external_id: cluster.uuid, description: galaxy.type },
        ...(attackId ? [{ source_name: 'mitre-attack', external_id: attackId }] : []),
      ],
      ...markings(eventTlp),
    };
    add(o);
    return id;
  }

  // Attributes, on their own and in objects.
  const refs: string[] = [];
  const attributes: Array<{ a: MispAttribute; object?: MispObject }> = [
    ...event.Attribute.map((a) => ({ a })),
    ...event.Object.flatMap((object) => object.Attribute.map((a) => ({ a, object }))),
  ];
  for (const { a, object } of attributes) {
    const tlp = strictest((a.Tag ?? []).map((t) => tlpOfTag(t.name))) ?? eventTlp;
    const when = isoOf(a.timestamp, eventTime);
    const labels = [
      `misp:type="${a.type}"`,
      ...(a.category ? [`misp:category="${a.category}"`] : []),
      ...(a.object_relation ? [`misp:object-relation="${a.object_relation}"`] : []),
      ...(a.Tag ?? []).filter((t) => !tlpOfTag(t.name)).map((t) => t.name),
    ];
    // observed-data and notes have no description: the comment (and distribution) ride on the reference.
    const attrMeta = Object.fromEntries(Object.entries({ distribution: a.distribution, comment: a.comment }).filter(([, v]) => v !== undefined));
    const external_references = [
      { source_name: MISP_SOURCE, external_id: a.uuid, ...(Object.keys(attrMeta).length ? { description: JSON.stringify(attrMeta) } : {}) },
      ...(object ? [{ source_name: MISP_OBJECT_SOURCE, external_id: object.uuid, description: JSON.stringify(objectMeta(object)) }] : []),
    ];
    const common = { spec_version: '2.1', created: when, modified: when, ...by, labels, external_references, ...markings(tlp) };
    const described = { description: a.comment ?? `MISP ${a.type} attribute (to_ids) of event "${event.info}".` };
    const sco = scoOf(a.type, a.value);
    if (sco) {
      const withId = { ...sco, spec_version: '2.1', id: scoId(sco), ...markings(tlp) } as StixObject;
      add(withId);
      const observedId = idOf('observed-data', a.uuid, tlp);
      add({
        ...common, type: 'observed-data', id: observedId,
        first_observed: isoOf(a.first_seen, when), last_observed: isoOf(a.last_seen ?? a.first_seen, when), number_observed: 1,
        object_refs: [withId.id],
      });
      refs.push(withId.id, observedId);
      if (a.to_ids) {
        const pattern = patternOf(withId) ?? extraPattern(withId);
        if (!pattern) continue;
        const indicatorId = `indicator--${hashUuid('misp-indicator', observedId)}`;
        add({
          ...common, ...described, type: 'indicator', id: indicatorId, name: `${a.type}: ${a.value}`, indicator_types: ['malicious-activity'],
          pattern, pattern_type: 'stix', pattern_version: '2.1', valid_from: isoOf(a.first_seen, when),
        });
        refs.push(indicatorId, ...link(indicatorId, 'based-on', observedId, tlp, when));
        for (const t of threats) refs.push(...link(indicatorId, 'indicates', t, tlp, when));
      }
      continue;
    }
    if (a.to_ids && RULE_TYPES[a.type]) {
      const indicatorId = idOf('indicator', a.uuid, tlp);
      add({ ...common, ...described, type: 'indicator', id: indicatorId, name: `${a.type} rule`, indicator_types: ['malicious-activity'], pattern: a.value, pattern_type: RULE_TYPES[a.type], valid_from: when });
      refs.push(indicatorId);
      for (const t of threats) refs.push(...link(indicatorId, 'indicates', t, tlp, when));
      continue;
    }
    // No observable, no rule: the value in a note about the report.
    const noteId = idOf('note', a.uuid, tlp);
    add({
      ...common, type: 'note', id: noteId, abstract: `MISP attribute ${a.type}`, content: a.value,
      labels: [...labels, ...(a.to_ids ? ['misp:to_ids="True"'] : [])], object_refs: [reportId],
    });
    refs.push(noteId);
  }

  function link(from: string, type: string, to: string, tlp: TlpLevel | undefined, when: string): string[] {
    const id = `relationship--${hashUuid('misp-relationship', type, from, to)}`;
    add({ type: 'relationship', spec_version: '2.1', id, created: when, modified: when, relationship_type: type, source_ref: from, target_ref: to, ...by, ...markings(tlp) });
    return [id];
  }

  function knownOf(kind: 'country' | 'sector', names: string[]): KnownEntity | undefined {
    const resolver = defaultResolver();
    for (const n of names) {
      if (kind === 'country' && /^[A-Za-z]{2}$/.test(n)) {
        const c = ctx.index.country(n) ?? resolver.entities.find((e) => e.kind === 'country' && e.code === n.toUpperCase());
        if (c) return c;
      }
      const m = resolver.resolve(n).find((x) => x.relation === 'same' && x.entity.kind === kind);
      if (m) return m.entity;
    }
    // "Government, Administration": the longest known name inside the term.
    const mentions = resolver.findMentions(names[0]!, { kinds: [kind] }).sort((a, b) => b.end - b.start - (a.end - a.start));
    return mentions[0]?.entity;
  }

  const galaxyRefs = clusterRefs.map((r) => JSON.parse(r.description!).ref as string);
  // Galaxy tags of clusters that became objects are carried by those objects; others stay labels.
  const mapped = new Set(clusterRefs.map((r) => JSON.parse(r.description!) as { galaxy: string; value: string }).map((c) => galaxyTag(c.galaxy, c.value)));
  const labels = [...new Set([...event.Tag.map((t) => t.name).filter((n) => !tlpOfTag(n) && !(isGalaxyTag(n) && mapped.has(n))), ...galaxyLabels])];
  const objectRefs = [...new Set([...(orgId ? [orgId] : []), ...galaxyRefs, ...refs])];
  const eventMeta = Object.fromEntries(Object.entries({ distribution: event.distribution, threat_level_id: event.threat_level_id, analysis: event.analysis, published: event.published }).filter(([, v]) => v !== undefined));
  add({
    type: 'report', spec_version: '2.1', id: reportId, created: eventTime, modified: eventTime, name: event.info,
    published: `${event.date}T00:00:00.000Z`, report_types: ['threat-report'], ...by,
    ...(labels.length ? { labels } : {}),
    external_references: [{ source_name: MISP_SOURCE, external_id: event.uuid, description: JSON.stringify(eventMeta) }, ...clusterRefs],
    object_refs: objectRefs.length ? objectRefs : [orgId ?? reportId],
    ...markings(eventTlp),
  });
  return { reportId, objects: [...out.values()], notes };
}

function objectMeta(o: MispObject): Record<string, string> {
  const meta: Record<string, string | undefined> = {
    name: o.name, 'meta-category': o['meta-category'], template_uuid: o.template_uuid, template_version: o.template_version,
    distribution: o.distribution, comment: o.comment, timestamp: o.timestamp,
  };
  return Object.fromEntries(Object.entries(meta).filter((e): e is [string, string] => e[1] !== undefined));
}

function strings(v: unknown): string[] {
  if (typeof v === 'string' && v.trim()) return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim().length > 0) : [];
}

/** The STIX cyber observable (without id) for an attribute, or undefined when its type has none. */
export function scoOf(type: string, value: string): Record<string, unknown> & { type: string } | undefined {
  const kind = SCO_OF_TYPE[type];
  if (!kind) return undefined;
  if (kind === 'ip') return { type: value.includes(':') ? 'ipv6-addr' : 'ipv4-addr', value };
  if (kind === 'mutex') return { type: 'mutex', name: value };
  if (kind === 'file') {
    if (type === 'filename') return { type: 'file', name: value };
    const [name, hash] = type.startsWith('filename|') ? splitOnce(value) : [undefined, value];
    const alg = HASH_TYPES[type.replace(/^filename\|/, '')]!;
    return { type: 'file', ...(name ? { name } : {}), hashes: { [alg]: hash } };
  }
  return { type: kind, value };
}

function splitOnce(value: string): [string, string] {
  const i = value.indexOf('|');
  return i < 0 ? [value, ''] : [value.slice(0, i), value.slice(i + 1)];
}

/** Patterns for the observables indicators.ts does not pattern (mutex, MAC address, file by name). */
function extraPattern(sco: StixObject): string | undefined {
  if (sco.type === 'mutex') return `[mutex:name = ${patternLiteral(String(sco.name))}]`;
  if (sco.type === 'mac-addr') return `[mac-addr:value = ${patternLiteral(String(sco.value))}]`;
  if (sco.type === 'file' && typeof sco.name === 'string') return `[file:name = ${patternLiteral(sco.name)}]`;
  return undefined;
}
