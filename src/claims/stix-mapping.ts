/**
 * Plain STIX 2.1 for consumers that ignore extensions. Each claim becomes objects created by the
 * claimant's identity (so "who said it" survives), carrying the claim's markings and an external
 * reference to the source report:
 * - attributes / accuses with subjects and addressees: relationships subject -> addressee of a type the
 *   spec defines between the two object types (`attributed-to`, `originates-from`, `located-at`), else
 *   `related-to` (attributionType);
 * - denies / confirms: an `opinion` (strongly-disagree / strongly-agree) on the relationships of the
 *   claims it answers, those claims, and itself;
 * - overlaps: `related-to` relationships between the subjects, described as a vendor-asserted overlap
 *   (two entities stay two);
 * - everything else (warnings, calls, accusations about described activity): a `note` by the claimant.
 * Ids are uuidv5 of the claim id and role, and versions follow the claim's `modified`, so a
 * correction re-exports as new versions of the same objects. The claim object itself stays the
 * record of truth: import reads claims back from it, never from these.
 */
import { createHash } from 'node:crypto';
import { v4 as uuidv4 } from 'uuid';
import type { Bundle, StixObject } from '../model/stix/core.ts';
import { ACCUSING_STANCES, CLAIM_TYPE, type Claim } from '../model/claim.ts';
import { SYSTEM, type Viewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';
import { cleanObjects } from '../import/outgoing.ts';
import { claimExtensionDefinition, opstrackIdentity, OPSTRACK_IDENTITY_ID } from './extension-definition.ts';

/** Salt for ids of mapped objects. Never change it: ids derive from it. */
const MAPPING_SALT = 'opstrack-claim-mapping';
const SOURCE_NAME = 'opstrack-source-report';
export const VENDOR_OVERLAP = 'vendor-asserted overlap';

/**
 * A UUIDv4-shaped id hashed from the claim and role: STIX 2.1 (2.9) asks SDOs/SROs for v4 ids, and
 * re-exporting a claim must give its objects the same ids.
 */
function mappedId(type: string, claimId: string, ...parts: string[]): string {
  const b = createHash('sha256').update([MAPPING_SALT, claimId, ...parts].join('|')).digest();
  b.writeUInt8((b.readUInt8(6) & 0x0f) | 0x40, 6);
  b.writeUInt8((b.readUInt8(8) & 0x3f) | 0x80, 8);
  const h = b.subarray(0, 16).toString('hex');
  return `${type}--${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const typeOf = (ref: string) => ref.slice(0, ref.indexOf('--'));

/**
 * The relationship type an attribution (subject -> addressee) maps to: only types STIX 2.1 defines
 * between those object types (section 4 relationship tables), else `related-to`, which the spec
 * allows between any two objects. docs/interchange.md explains the choice.
 * - intrusion-set or campaign -> threat-actor, campaign -> intrusion-set, threat-actor -> identity: `attributed-to`;
 * - intrusion-set, campaign or malware -> location (a state): `originates-from`; threat-actor -> location: `located-at`;
 * - anything else (an intrusion set -> a government body's identity, an incident -> a state): `related-to`.
 * The description names the stance, so `related-to` still reads as the claimant's attribution.
 */
export function attributionType(subject: string, addressee: string): string {
  const from = typeOf(subject);
  const to = typeOf(addressee);
  if (to === 'threat-actor' && (from === 'intrusion-set' || from === 'campaign')) return 'attributed-to';
  if (from === 'campaign' && to === 'intrusion-set') return 'attributed-to';
  if (from === 'threat-actor' && to === 'identity') return 'attributed-to';
  if (to === 'location' && (from === 'intrusion-set' || from === 'campaign' || from === 'malware')) return 'originates-from';
  if (to === 'location' && from === 'threat-actor') return 'located-at';
  return 'related-to';
}

/** The ids of the attribution relationships a claim maps to (empty when it maps to something else). */
export function attributionRelationshipIds(claim: Claim): string[] {
  if (!ACCUSING_STANCES.includes(claim.stance)) return [];
  const ids: string[] = [];
  for (const subject of claim.subject_refs ?? []) {
    for (const addressee of claim.addressee_refs ?? []) ids.push(mappedId('relationship', claim.id, attributionType(subject, addressee), subject, addressee));
  }
  return ids;
}

function quoted(claim: Claim): string {
  const e = claim.evidence;
  // OpsTrack's own words are labelled as a summary, never put in quotation marks
  if (e.kind === 'summary') return `summary by OpsTrack (${e.lang}): ${e.text}`;
  return e.translation ? `"${e.text}" (${e.lang}; ${e.translation.lang}: "${e.translation.text}")` : `"${e.text}" (${e.lang})`;
}

/** The statement date as the mapped objects state it: the date, coarsened to its precision, or `date unknown`. */
function dateText(claim: Claim): string {
  if (!claim.made_on) return 'date unknown';
  const p = claim.made_on_precision;
  return p === 'month' ? claim.made_on.slice(0, 7) : p === 'year' ? claim.made_on.slice(0, 4) : p === 'week' ? `week of ${dateText(claim)}` : claim.made_on;
}

/** The public statements a claim names in its own external_references (default knowledge: publisher, title, address). */
function publicStatements(claim: Claim): Array<Record<string, unknown>> {
  const refs: unknown[] = Array.isArray(claim.external_references) ? claim.external_references : [];
  return refs.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && typeof (r as { source_name?: unknown }).source_name === 'string').map((r) => ({ ...r }));
}

function common(claim: Claim): Partial<StixObject> {
  const out: Partial<StixObject> = {
    spec_version: '2.1',
    created_by_ref: claim.claimant_ref,
    created: claim.created,
    modified: claim.modified,
    external_references: [
      { source_name: SOURCE_NAME, external_id: claim.source_ref, description: claim.evidence.text },
      { source_name: 'opstrack-claim', external_id: claim.id },
      ...publicStatements(claim),
    ],
  };
  if (claim.confidence !== undefined) out.confidence = claim.confidence;
  if (claim.object_marking_refs) out.object_marking_refs = [...claim.object_marking_refs];
  if (claim.revoked) out.revoked = true;
  return out;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The plain-STIX objects standing for one claim; `byId` resolves the claims it answers. */
export function claimToStix(claim: Claim, byId: ReadonlyMap<string, Claim> = new Map()): StixObject[] {
  const base = common(claim);
  const subjects = claim.subject_refs ?? [];
  const addressees = claim.addressee_refs ?? [];
  if (ACCUSING_STANCES.includes(claim.stance) && subjects.length > 0 && addressees.length > 0) {
    return subjects.flatMap((subject) =>
      addressees.map((addressee) => ({
        ...base,
        type: 'relationship',
        id: mappedId('relationship', claim.id, attributionType(subject, addressee), subject, addressee),
        relationship_type: attributionType(subject, addressee),
        source_ref: subject,
        target_ref: addressee,
        description: `Claim (${claim.stance}, ${dateText(claim)}): ${quoted(claim)}`,
      })),
    );
  }
  if (claim.stance === 'denies' || claim.stance === 'confirms') {
    const answered = (claim.responds_to_refs ?? []).flatMap((id) => {
      const earlier = byId.get(id);
      return earlier ? [...attributionRelationshipIds(earlier), id] : [id];
    });
    const refs = unique([...answered, ...(answered.length === 0 ? subjects : []), claim.id]);
    return [
      {
        ...base,
        type: 'opinion',
        id: mappedId('opinion', claim.id, claim.stance),
        opinion: claim.stance === 'denies' ? 'strongly-disagree' : 'strongly-agree',
        explanation: `Claim (${claim.stance}, ${dateText(claim)}): ${quoted(claim)}`,
        object_refs: refs,
      },
    ];
  }
  if (claim.stance === 'overlaps') {
    const [first, ...others] = subjects;
    if (first === undefined) return [];
    return others.map((other) => ({
      ...base,
      type: 'relationship',
      id: mappedId('relationship', claim.id, 'related-to', first, other),
      relationship_type: 'related-to',
      source_ref: first,
      target_ref: other,
      description: `${VENDOR_OVERLAP} (${dateText(claim)}): ${quoted(claim)}`,
    }));
  }
  return [
    {
      ...base,
      type: 'note',
      id: mappedId('note', claim.id, claim.stance),
      abstract: `Claim: ${claim.stance}${claim.subject_description ? `: ${claim.subject_description}` : ''} (${dateText(claim)})`,
      content: quoted(claim),
      object_refs: unique([claim.id, ...subjects, ...addressees, ...(claim.responds_to_refs ?? [])]),
    },
  ];
}

/** Every claim's plain-STIX objects, resolving answered claims within the batch. */
export function claimsToStix(claims: readonly Claim[]): StixObject[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return claims.flatMap((c) => claimToStix(c, byId));
}

/**
 * A bundle that any consumer can read: OpsTrack's identity and extension-definition, the claims,
 * their plain-STIX mapping, and whatever else the caller adds (subjects, parties, reports).
 */
export function claimsBundle(claims: readonly Claim[], others: readonly StixObject[] = []): Bundle {
  return {
    type: 'bundle',
    id: `bundle--${uuidv4()}`,
    objects: cleanObjects([opstrackIdentity(), claimExtensionDefinition(), ...others, ...claims, ...claimsToStix(claims)]),
  };
}

/**
 * The plain mapping alone, for consumers that ignore extensions: the claims' relationships,
 * opinions and notes plus the objects they reference (subjects, addressees, claimant identities,
 * markings) as `others`, and no `x-opstrack-claim`. Opinions and notes reference the claim ids they
 * stand for only in the full bundle; here those references are left out (an opinion keeps the
 * mapped relationships it answers).
 */
export function plainBundle(claims: readonly Claim[], others: readonly StixObject[] = []): Bundle {
  const claimIds = new Set<string>(claims.map((c) => c.id));
  const mapped = claimsToStix(claims).flatMap((o) => {
    if (!Array.isArray(o.object_refs)) return [o];
    const refs = (o.object_refs as string[]).filter((r) => !claimIds.has(r));
    return refs.length ? [{ ...o, object_refs: refs }] : [];
  });
  const present = new Set(others.map((o) => o.id));
  const kept = others.filter((o) => o.type !== CLAIM_TYPE && o.type !== 'extension-definition');
  return {
    type: 'bundle',
    id: `bundle--${uuidv4()}`,
    objects: cleanObjects([...(present.has(OPSTRACK_IDENTITY_ID) ? [] : [opstrackIdentity()]), ...kept, ...mapped]),
  };
}

/**
 * Every claim the viewer may see (all versions, so corrections travel with them) plus the plain-STIX
 * mapping of their latest versions, as one bundle.
 */
export async function exportClaims(store: Store, viewer: Viewer = SYSTEM, others: readonly StixObject[] = []): Promise<Bundle> {
  const all: Claim[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(viewer, { types: [CLAIM_TYPE], versions: ['all'], limit: 1000, cursor });
    all.push(...page.items.map((s) => s.object as Claim));
    cursor = page.next;
  } while (cursor);
  const latest = new Map<string, Claim>();
  for (const c of all) if (!latest.has(c.id) || latest.get(c.id)!.modified < c.modified) latest.set(c.id, c);
  const bundle = claimsBundle([...latest.values()], others);
  const older = all.filter((c) => latest.get(c.id) !== c);
  bundle.objects.push(...older);
  return bundle;
}

/** The latest version of every claim the viewer may see. */
async function visibleClaims(store: Store, viewer: Viewer): Promise<Claim[]> {
  const out: Claim[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(viewer, { types: [CLAIM_TYPE], versions: ['last'], limit: 1000, cursor });
    out.push(...page.items.map((s) => s.object as Claim));
    cursor = page.next;
  } while (cursor);
  return out;
}

/**
 * The plain mapping of every claim the viewer may see, with the objects it references that the
 * viewer may see (subjects, addressees, claimants, markings), as one bundle with no
 * `x-opstrack-claim` in it: what `opstrack export --plain`, `GET /api/export/plain` and the
 * plain-claims TAXII collection deliver. A mapped object is left out when the viewer may not see
 * one of its ends.
 */
export async function exportPlain(store: Store, viewer: Viewer = SYSTEM): Promise<Bundle> {
  const claims = await visibleClaims(store, viewer);
  const wanted = new Set<string>();
  for (const c of claims) {
    for (const ref of [c.claimant_ref, ...(c.subject_refs ?? []), ...(c.addressee_refs ?? []), ...(c.object_marking_refs ?? [])]) wanted.add(ref);
  }
  const others: StixObject[] = [];
  for (const id of wanted) {
    const [latest] = await store.get(viewer, id, ['last']);
    if (latest) others.push(latest.object);
  }
  const seen = new Set(others.map((o) => o.id));
  const bundle = plainBundle(claims, others);
  // A viewer who may see a claim but not one of its ends gets no dangling reference.
  for (const o of bundle.objects) seen.add(o.id);
  bundle.objects = bundle.objects.filter((o) => {
    const refs = [o.source_ref, o.target_ref, o.created_by_ref, ...((o.object_refs as string[] | undefined) ?? [])].filter((r): r is string => typeof r === 'string');
    return refs.every((r) => seen.has(r));
  });
  return bundle;
}
