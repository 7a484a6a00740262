/**
 * Publishing a reviewed draft: the kept items become STIX (via the extraction's STIX mapping), the
 * report and claims are created by the publishing organisation's identity and carry the chosen TLP
 * marking, claims are dated by their text, else the source's publication date, else `unknown`, and linked to the claims they answer, and everything
 * is stored in one transaction with the draft marked published.
 */
import { randomUUID } from 'node:crypto';
import { extractionToStix } from '../../extract/stix.ts';
import { defaultResolver } from '../../knowledge/index.ts';
import { knowledgeId } from '../../knowledge/ids.ts';
import type { Extraction } from '../../extract/types.ts';
import { hashUuid } from '../../knowledge/ids.ts';
import { normalizeName } from '../../knowledge/normalize.ts';
import { isClaim, type Claim } from '../../model/claim.ts';
import type { StixObject } from '../../model/stix/core.ts';
import { tlpMarkingDefinitions, tlpMarkingId, type TlpLevel } from '../../model/tlp.ts';
import type { UserViewer } from '../../model/viewer.ts';
import type { Store } from '../../storage/store.ts';

/** STIX identity of an OpsTrack organisation: the `created_by_ref` of what it publishes (src/claims/claim-author.ts). */
export { orgIdentity } from '../../claims/claim-author.ts';
import { orgIdentity } from '../../claims/claim-author.ts';

/**
 * A person's office for the claim sentence ("Ministry of Foreign Affairs"): the body their role names
 * (by the knowledge's name when it knows the organisation), without the "of <state>" the sentence
 * already says; else a short role phrase as the text gives it ("spokesperson"); else none.
 */
export function officeOf(p: Pick<Extraction['people'][number], 'role' | 'body' | 'name'>): string | undefined {
  if (p.body && p.body !== p.name) {
    const known = defaultResolver().resolveOne(p.body).match?.entity;
    const body = known?.kind === 'organization' ? known.name : p.body;
    const at = body.lastIndexOf(' of ');
    const state = at > 0 ? body.slice(at + 4).replace(/^the /, '') : '';
    if (state && defaultResolver().resolveOne(state).match?.entity.kind === 'country') return body.slice(0, at);
    if (body.length <= 60) return body;
  }
  const role = p.role?.trim();
  return role && role.length <= 60 ? role : undefined;
}

function personIdentity(p: Extraction['people'][number], timestamp: string): StixObject {
  const office = officeOf(p);
  const roles = [...new Set([office, p.role].filter((r): r is string => !!r))];
  return {
    type: 'identity',
    spec_version: '2.1',
    id: `identity--${hashUuid('opstrack-person', normalizeName(p.name))}`,
    created: timestamp,
    modified: timestamp,
    name: p.name,
    identity_class: 'individual',
    ...(roles.length ? { roles } : {}),
    ...(p.aliases?.length ? { x_opstrack_aliases: p.aliases.map((name) => ({ name })) } : {}),
    ...(p.speaks_for ? { x_opstrack_speaks_for: p.speaks_for } : {}),
  };
}

/**
 * The person identity of a claim's named speaker: the extraction's (or the analyst's) person of
 * that name or alias, else a new one for the name the analyst typed, added to `people`.
 */
function speakerIdentity(name: string, kept: Extraction, people: StixObject[], stamp: string): StixObject {
  const key = normalizeName(name);
  const hit = kept.people.find((p) => normalizeName(p.name) === key || (p.aliases ?? []).some((a) => normalizeName(a) === key));
  const id = `identity--${hashUuid('opstrack-person', normalizeName(hit?.name ?? name))}`;
  const known = people.find((p) => p.id === id);
  if (known) return known;
  const person = personIdentity(hit ?? { name, aliases: [], mentions: [] }, stamp);
  people.push(person);
  return person;
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

/**
 * An analyst may say a claim is about a known group the text never names by a recognised name:
 * the group joins the extraction (without mentions), so the claim links to it instead of losing it.
 */
function withClaimedGroups(kept: Extraction): Extraction {
  const named = new Set(kept.intrusion_sets.map((g) => g.name));
  const added: Extraction['intrusion_sets'] = [];
  for (const name of kept.claims.flatMap((c) => c.about ?? [])) {
    if (named.has(name)) continue;
    const known = defaultResolver().entities.find((e) => e.kind === 'group' && e.name === name);
    if (!known) continue;
    named.add(name);
    added.push({ name, aliases: [], id: known.id, mentions: [] });
  }
  return added.length ? { ...kept, intrusion_sets: [...kept.intrusion_sets, ...added] } : kept;
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
  const bundle = extractionToStix(text, withClaimedGroups(kept), { now, published: opts.madeOn });
  const org = orgIdentity(opts.viewer.orgId, opts.orgName, stamp);
  const marking = tlpMarkingId(opts.tlp);
  const people = kept.people.map((p) => personIdentity(p, stamp));
  const claims = bundle.objects.filter(isClaim) as Claim[];
  // a claim whose speaker is named is made by that person, for the party (src/model/claim.ts):
  // "China (Ministry of Foreign Affairs, Lin Jian) denies ..."
  claims.forEach((c, i) => {
    const name = (kept.claims[i] as { speaker?: unknown } | undefined)?.speaker;
    if (typeof name !== 'string' || !name.trim()) return;
    const person = speakerIdentity(name.trim(), kept, people, stamp);
    c.speaks_for_ref ??= c.claimant_ref;
    c.claimant_ref = person.id;
  });
  // an analyst who said the date is unknown is not overruled by the publication date
  claims.forEach((c, i) => {
    const candidate = kept.claims[i] as { made_on_by?: string; made_on_source?: string } | undefined;
    if (candidate?.made_on_by !== 'analyst' || candidate.made_on_source !== 'unknown') return;
    delete c.made_on;
    delete c.made_on_precision;
    c.made_on_source = 'unknown';
  });
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
    } else if (!isSharedKnowledge(o) || !opts.exists(o.id)) {
      // Report-made objects always go on: scopePublication links or re-identifies them.
      objects.push(o);
    }
  }
  for (const p of people) objects.push(p);
  if (!opts.exists(org.id)) objects.push(org);
  for (const def of tlpMarkingDefinitions()) if (!opts.exists(def.id)) objects.push(def);
  const report = objects.find((o) => o.type === 'report')!;
  return { objects, reportId: report.id, claimCount: claims.length, markedIds };
}


/** Built-in knowledge kinds every installation shares: written once, unmarked, owned by the installation. */
const SHARED_KINDS = new Set(['country', 'region', 'sector', 'group', 'software']);

/**
 * Shared knowledge: a built-in group, country, region, sector or software, or a state's government
 * (public names every installation derives alike). Anything else a report names (people,
 * companies, claimants, victims, observables) is the report's own.
 */
export function isSharedKnowledge(o: StixObject): boolean {
  if (o.type === 'marking-definition') return true;
  const known = defaultResolver().get(o.id);
  if (known) return SHARED_KINDS.has(known.kind);
  if (o.type === 'identity' && typeof o.name === 'string' && o.name.startsWith('Government of ')) {
    return defaultResolver().entities.some((e) => e.kind === 'country' && e.code && knowledgeId('identity', 'state-government', e.code) === o.id);
  }
  return false;
}

export interface PublicationLookup {
  /** The id of an object the publisher can already see that stands for `o`, if any. */
  visibleEquivalent(o: StixObject): Promise<string | undefined>;
}

export interface ScopedPublication {
  /** Shared knowledge not stored yet: written by the installation, unmarked. */
  shared: StixObject[];
  /** The report, its claims and what it names: owned by the publisher, carrying the report's marking. */
  own: StixObject[];
  reportId: string;
}

/** Every `*_ref` / `*_refs` value (at any depth) through `map`. */
function rewriteRefs(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, map));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k.endsWith('_ref') || k === 'id') && typeof v === 'string') out[k] = map.get(v) ?? v;
    else if (k.endsWith('_refs') && Array.isArray(v)) out[k] = [...new Set(v.map((x) => (typeof x === 'string' ? map.get(x) ?? x : x)))];
    else out[k] = rewriteRefs(v, map);
  }
  return out;
}

/**
 * Issue 12, finding 3: what a marked report names stays as marked as the report. The report and
 * its claims get ids of their own (not derived from the article's text, which others can read
 * too); each person, organisation, victim or observable it names links to an object the
 * publisher can already see standing for it (no version written), or else becomes a new object
 * with a random id, the report's marking and `created_by_ref`, owned by the publisher. So two
 * organisations naming the same person get two objects, and nothing a marked report names is
 * written unmarked. Shared knowledge (see isSharedKnowledge) is split off for the installation.
 */
export async function scopePublication(plan: PublishPlan, opts: { tlp: TlpLevel; orgIdentityId: string; lookup: PublicationLookup }): Promise<ScopedPublication> {
  const marking = tlpMarkingId(opts.tlp);
  const map = new Map<string, string>();
  const shared: StixObject[] = [];
  const own: StixObject[] = [];
  const dropped = new Set<string>();
  for (const o of plan.objects) {
    if (isSharedKnowledge(o)) {
      shared.push(o);
    } else if (o.id === opts.orgIdentityId) {
      own.push(o);
    } else if (o.type === 'report' || isClaim(o)) {
      map.set(o.id, `${o.type}--${randomUUID()}`);
      own.push(o);
    } else {
      const seen = await opts.lookup.visibleEquivalent(o);
      if (seen) {
        if (seen !== o.id) map.set(o.id, seen);
        dropped.add(o.id);
        continue;
      }
      map.set(o.id, `${o.type}--${randomUUID()}`);
      const scoped: StixObject = { ...o, object_marking_refs: [marking] };
      if (o.created !== undefined) scoped.created_by_ref = opts.orgIdentityId;
      own.push(scoped);
    }
  }
  return {
    shared,
    own: own.map((o) => rewriteRefs(o, map) as StixObject),
    reportId: map.get(plan.reportId) ?? plan.reportId,
  };
}

/**
 * The lookup of scopePublication over a store as `viewer` sees it: the same id when visible (an
 * object stored under it before), else for a person or organisation a visible identity of the
 * same class whose name matches.
 */
export function visibleEquivalentIn(store: Store, viewer: UserViewer): PublicationLookup {
  return {
    async visibleEquivalent(o) {
      if ((await store.get(viewer, o.id)).length > 0) return o.id;
      if (o.type !== 'identity' || typeof o.name !== 'string') return undefined;
      const name = normalizeName(o.name);
      const found = await store.search(viewer, { text: o.name, types: ['identity'], limit: 50 });
      const same = found.find((s) => s.object.identity_class === o.identity_class && typeof s.object.name === 'string' && normalizeName(s.object.name) === name);
      return same?.id;
    },
  };
}
