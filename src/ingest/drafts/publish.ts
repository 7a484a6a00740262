/**
 * Publishing a reviewed draft: the kept items become STIX (via the extraction's STIX mapping), the
 * report and claims are created by the publishing organisation's identity and carry the chosen TLP
 * marking, claims are dated by their text, else the source's publication date, else `unknown`, and linked to the claims they answer, and everything
 * is stored in one transaction with the draft marked published.
 */
import { extractionToStix } from '../../extract/stix.ts';
import type { Extraction } from '../../extract/types.ts';
import { hashUuid } from '../../knowledge/ids.ts';
import { normalizeName } from '../../knowledge/normalize.ts';
import { isClaim, type Claim } from '../../model/claim.ts';
import type { StixObject } from '../../model/stix/core.ts';
import { tlpMarkingDefinitions, tlpMarkingId, type TlpLevel } from '../../model/tlp.ts';
import type { UserViewer } from '../../model/viewer.ts';

/** STIX identity of an OpsTrack organisation: the `created_by_ref` of what it publishes. */
export function orgIdentity(orgId: string, name: string, timestamp: string): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: `identity--${hashUuid('opstrack-org', orgId)}`,
    created: timestamp,
    modified: timestamp,
    name,
    identity_class: 'organization',
  };
}

function personIdentity(p: Extraction['people'][number], timestamp: string): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: `identity--${hashUuid('opstrack-person', normalizeName(p.name))}`,
    created: timestamp,
    modified: timestamp,
    name: p.name,
    identity_class: 'individual',
    ...(p.role ? { roles: [p.role] } : {}),
    ...(p.aliases?.length ? { x_opstrack_aliases: p.aliases.map((name) => ({ name })) } : {}),
    ...(p.speaks_for ? { x_opstrack_speaks_for: p.speaks_for } : {}),
  };
}

const ACCUSING = new Set(['attributes', 'accuses']);

/**
 * A denial answers the accusations made against the denier in the same document (and, naming
 * nothing itself, is about what they were about); a counter-accusation answers the accusations
 * its target made against the accuser.
 */
export function linkResponses(claims: Claim[]): void {
  const party = (c: Claim) => c.speaks_for_ref ?? c.claimant_ref;
  for (const c of claims) {
    const answers = claims.filter((earlier) => {
      if (earlier === c || !ACCUSING.has(earlier.stance)) return false;
      const accusedMe = (earlier.addressee_refs ?? []).includes(party(c));
      if (c.stance === 'denies') return accusedMe;
      if (ACCUSING.has(c.stance)) return accusedMe && (c.addressee_refs ?? []).includes(party(earlier));
      return false;
    });
    if (!answers.length) continue;
    c.responds_to_refs = [...new Set([...(c.responds_to_refs ?? []), ...answers.map((a) => a.id)])];
    // "China denied this": a denial that names nothing is about what it denies
    if (c.stance === 'denies' && !c.subject_refs?.length) {
      const subjects = [...new Set(answers.flatMap((a) => a.subject_refs ?? []))];
      if (subjects.length) c.subject_refs = subjects;
    }
  }
}

export interface PublishPlan {
  objects: StixObject[];
  reportId: string;
  claimCount: number;
  /** Ids a RED publication must be opened to its publisher on. */
  markedIds: string[];
}

export function planPublication(
  text: string,
  kept: Extraction,
  /** `madeOn`: the source's publication date, when known (dates claims whose text names no date). */
  opts: { viewer: UserViewer; orgName: string; tlp: TlpLevel; madeOn?: string; now?: Date; exists: (id: string) => boolean },
): PublishPlan {
  const now = opts.now ?? new Date();
  const stamp = now.toISOString();
  const bundle = extractionToStix(text, kept, { now, published: opts.madeOn });
  const org = orgIdentity(opts.viewer.orgId, opts.orgName, stamp);
  const marking = tlpMarkingId(opts.tlp);
  const people = kept.people.map((p) => personIdentity(p, stamp));
  const claims = bundle.objects.filter(isClaim) as Claim[];
  linkResponses(claims);

  const objects: StixObject[] = [];
  const markedIds: string[] = [];
  const mark = (o: StixObject) => {
    o.object_marking_refs = [marking];
    markedIds.push(o.id);
  };
  for (const o of bundle.objects) {
    if (o.type === 'report') {
      o.created_by_ref = org.id;
      o.object_refs = [...new Set([...(o.object_refs as string[]), ...people.map((p) => p.id)])];
      mark(o);
      objects.push(o);
    } else if (isClaim(o)) {
      o.created_by_ref = org.id;
      mark(o);
      objects.push(o);
    } else if (o.id.includes('--') && !o.created && !o.modified) {
      // cyber observables: marked like the report they come from
      mark(o);
      objects.push(o);
    } else if (!opts.exists(o.id)) {
      objects.push(o);
    }
  }
  for (const p of people) if (!opts.exists(p.id)) objects.push(p);
  if (!opts.exists(org.id)) objects.push(org);
  for (const def of tlpMarkingDefinitions()) if (!opts.exists(def.id)) objects.push(def);
  const report = objects.find((o) => o.type === 'report')!;
  return { objects, reportId: report.id, claimCount: claims.length, markedIds };
}

