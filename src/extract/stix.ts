/**
 * An extraction as a STIX 2.1 bundle (`opstrack extract --stix`): a `report` for the document (its
 * title, language and full text in `x_opstrack_text`), the knowledge-base objects it links (ids
 * from the knowledge base, so they line up with a loaded store), observables as SCOs with their
 * deterministic ids, and each claim as an `x-opstrack-claim` (src/model/claim.ts) whose evidence
 * offsets point into `x_opstrack_text`. The report id is derived from the text, so extracting the
 * same document twice gives the same bundle apart from timestamps.
 */
import { createHash } from 'node:crypto';
import { defaultResolver } from '../knowledge/index.ts';
import { hashUuid, knowledgeId } from '../knowledge/ids.ts';
import { entityToStix, sourceIdentity, sourceIdentityId } from '../knowledge/to-stix.ts';
import { CLAIM_EXTENSION_ID, CLAIM_TYPE } from '../model/claim.ts';
import type { Bundle, StixObject } from '../model/stix/core.ts';
import { scoId } from '../model/stix/ids.ts';
import type { Extraction, ObservableHit } from './types.ts';

const EXTRACTION_NAMESPACE = 'opstrack-extraction';

export interface ToStixOptions {
  /** Timestamp for created/modified/published; now by default. */
  now?: Date;
  /** Resolves knowledge ids to entities (the built-in knowledge by default). */
  getEntity?: (id: string) => Parameters<typeof entityToStix>[0] | undefined;
}

export function extractionToStix(text: string, x: Extraction, opts: ToStixOptions = {}): Bundle {
  const now = (opts.now ?? new Date()).toISOString();
  const getEntity = opts.getEntity ?? ((id: string) => defaultResolver().get(id));
  const digest = createHash('sha256').update(text).digest('hex');
  const reportId = `report--${hashUuid(EXTRACTION_NAMESPACE, digest)}`;
  const objects = new Map<string, StixObject>();
  const add = (o: StixObject) => {
    if (!objects.has(o.id)) objects.set(o.id, o);
    return o.id;
  };
  const linked = (id: string | undefined) => {
    if (!id) return undefined;
    const e = getEntity(id);
    return e ? add(entityToStix(e)) : undefined;
  };

  const countryIds = new Map<string, string>();
  for (const c of x.countries) {
    const id = linked(c.id);
    if (id) countryIds.set(c.code, id);
  }
  const groupIds = new Map<string, string>();
  for (const g of x.intrusion_sets) {
    const id = linked(g.id);
    if (id) groupIds.set(g.name, id);
  }
  for (const s of x.sectors) linked(s.id);
  for (const e of x.entities) linked(e.id);
  for (const o of x.observables) add(observableToSco(o, now));

  /** A state claims through its government (an identity) and speaks for its country (a location). */
  const claimantRefs = (value: string): { claimant_ref: string; speaks_for_ref?: string } => {
    if (!/^[A-Z]{2}$/.test(value)) return { claimant_ref: partyRef(value) };
    const country = partyRef(value);
    const name = (objects.get(country)?.name as string | undefined) ?? value;
    const id = knowledgeId('identity', 'state-government', value);
    add({ type: 'identity', spec_version: '2.1', id, created: now, modified: now, name: `Government of ${name}`, identity_class: 'organization' });
    return { claimant_ref: id, speaks_for_ref: country };
  };
  /** A state is its country location; anyone else an organisation identity. */
  const partyRef = (value: string): string => {
    if (/^[A-Z]{2}$/.test(value)) {
      const known = countryIds.get(value);
      if (known) return known;
      const e = defaultResolver().entities.find((k) => k.kind === 'country' && k.code === value);
      if (e) {
        const id = add(entityToStix(e));
        countryIds.set(value, id);
        return id;
      }
    }
    return objects.has(sourceIdentityId(value)) ? sourceIdentityId(value) : add(sourceIdentity(value, { timestamp: now }));
  };

  const reportRefs = () => [...objects.keys()];
  const claimObjects: StixObject[] = x.claims.map((c, i) => {
    const subjects = c.about.map((n) => groupIds.get(n)).filter((id): id is string => !!id);
    return {
      type: CLAIM_TYPE,
      spec_version: '2.1',
      id: `${CLAIM_TYPE}--${hashUuid(EXTRACTION_NAMESPACE, digest, 'claim', String(i), c.stance, c.claimant)}`,
      created: now,
      modified: now,
      ...claimantRefs(c.claimant),
      stance: c.stance,
      ...(subjects.length ? { subject_refs: subjects } : { subject_description: describe(c.evidence.text) }),
      ...(c.target ? { addressee_refs: [partyRef(c.target)] } : {}),
      made_on: now.slice(0, 10),
      source_ref: reportId,
      evidence: { text: c.evidence.text, start: c.evidence.start, end: c.evidence.end, lang: x.language === 'und' ? 'en' : x.language },
      confidence: Math.round(c.confidence * 100),
      extensions: { [CLAIM_EXTENSION_ID]: { extension_type: 'new-sdo' } },
    };
  });

  const report: StixObject = {
    type: 'report',
    spec_version: '2.1',
    id: reportId,
    created: now,
    modified: now,
    name: x.title ?? firstWords(text),
    published: now,
    report_types: ['threat-report'],
    ...(x.language !== 'und' ? { lang: x.language } : {}),
    object_refs: [...reportRefs(), ...claimObjects.map((c) => c.id)],
    x_opstrack_text: text,
    x_opstrack_sha256: digest,
    ...(x.source ? { external_references: [{ source_name: 'source', url: x.source }] } : {}),
  };
  if ((report.object_refs as string[]).length === 0) report.object_refs = [reportId];
  return {
    type: 'bundle',
    id: `bundle--${hashUuid(EXTRACTION_NAMESPACE, digest, 'bundle', now)}`,
    objects: [report, ...objects.values(), ...claimObjects],
  };
}

/** `now` dates a CVE's vulnerability object (an SDO needs real created/modified): the extraction time. */
export function observableToSco(o: ObservableHit, now: string = new Date().toISOString()): StixObject {
  let sco: { type: string; [k: string]: unknown };
  if (o.type.startsWith('file:hashes.')) sco = { type: 'file', hashes: { [o.type.slice('file:hashes.'.length)]: o.value } };
  else if (o.type === 'vulnerability') {
    // CVE ids are SDOs in STIX; one per CVE, id derived from the CVE so re-extraction agrees.
    return {
      type: 'vulnerability',
      spec_version: '2.1',
      id: `vulnerability--${hashUuid(EXTRACTION_NAMESPACE, 'cve', o.value)}`,
      created: now,
      modified: now,
      name: o.value,
      external_references: [{ source_name: 'cve', external_id: o.value }],
    };
  } else sco = { type: o.type, value: o.value };
  return { ...sco, spec_version: '2.1', id: scoId(sco) } as StixObject;
}

function describe(passage: string): string {
  return passage.length > 200 ? `${passage.slice(0, 197)}...` : passage;
}

function firstWords(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line || 'untitled document';
}
