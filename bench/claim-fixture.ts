/**
 * Synthetic claims for the benchmarks (bench/claims.ts loads a million of them; bench/import.ts
 * --claims imports a bundle of them through the store): N claims over 5,000 subjects and 200
 * parties, from one seeded generator, so every run draws the same claims in the same order.
 */
import { seededRandom } from './seeded-random.ts';
import { tlpMarkingId } from '../src/model/tlp.ts';
import { CLAIM_EXTENSION_ID, CLAIM_TYPE, type Claim, type ClaimStance } from '../src/model/claim.ts';

export const SUBJECTS = 5000;
export const PARTIES = 200;
const CLAIMANTS = 1000;

const seeded = seededRandom(20250115);
const random = seeded.next;
const pick = seeded.pick;
const uuid = seeded.uuid;

const subjects = Array.from({ length: SUBJECTS }, () => `intrusion-set--${uuid()}`);
export const parties = Array.from({ length: PARTIES }, () => `location--${uuid()}`);
const claimants = Array.from({ length: CLAIMANTS }, () => `identity--${uuid()}`);
const claimantParty = new Map(claimants.map((c) => [c, pick(parties)]));
const reports = Array.from({ length: 20000 }, () => `report--${uuid()}`);
const SECTORS = ['telecommunications', 'financial-services', 'transportation', 'government-national', 'energy', 'healthcare', 'defense', 'education', 'technology', 'manufacturing'];
const COUNTRIES = ['US', 'CN', 'RU', 'IR', 'KP', 'VN', 'FR', 'GB', 'DE', 'UA', 'IL', 'IN', 'JP', 'KR', 'TW', 'AU', 'CA', 'NL', 'PL', 'EE'];
/** Weighted stances: attributions and denials dominate, as in public reporting. */
const STANCES: Array<[ClaimStance, number]> = [
  ['attributes', 30], ['accuses', 20], ['denies', 20], ['confirms', 5], ['warns', 15], ['calls-for', 8], ['overlaps', 2],
];
const stanceTable = STANCES.flatMap(([s, w]) => Array<ClaimStance>(w).fill(s));
const START = Date.UTC(2010, 0, 1);
const SPAN = Date.UTC(2025, 11, 31) - START;

export function makeClaim(i: number, earlier: string[]): Claim {
  const stance = pick(stanceTable);
  const claimant = pick(claimants);
  const party = claimantParty.get(claimant)!;
  const subjectCount = stance === 'overlaps' ? 2 : random() < 0.8 ? 1 : 2;
  const subs = new Set<string>();
  while (subs.size < subjectCount) subs.add(pick(subjects));
  let addressee = pick(parties);
  if (addressee === party) addressee = parties[(parties.indexOf(addressee) + 1) % PARTIES]!;
  const made = new Date(START + Math.floor(random() * SPAN));
  const created = new Date(made.getTime() + 86_400_000).toISOString();
  const claim: Record<string, unknown> = {
    type: CLAIM_TYPE,
    spec_version: '2.1',
    id: `${CLAIM_TYPE}--${uuid()}`,
    created,
    modified: created,
    claimant_ref: claimant,
    speaks_for_ref: party,
    stance,
    subject_refs: [...subs],
    addressee_refs: stance === 'overlaps' ? undefined : [addressee],
    made_on: made.toISOString().slice(0, 10),
    source_ref: pick(reports),
    evidence: { text: `Passage ${i} of the source report, where the claimant ${stance} as quoted.`, start: 100 + (i % 900), end: 0, lang: 'en' },
    confidence: Math.floor(random() * 101),
    extensions: { [CLAIM_EXTENSION_ID]: { extension_type: 'new-sdo' } },
  };
  const ev = claim.evidence as { text: string; start: number; end: number };
  ev.end = ev.start + ev.text.length;
  if (random() < 0.6) claim.targeted_sectors = [...new Set([pick(SECTORS), pick(SECTORS)])].slice(0, 1 + Math.floor(random() * 2));
  if (random() < 0.6) claim.targeted_countries = [pick(COUNTRIES)];
  if ((stance === 'denies' || stance === 'confirms') && earlier.length > 0 && random() < 0.5) claim.responds_to_refs = [pick(earlier)];
  const tlp = random();
  if (tlp < 0.02) claim.object_marking_refs = [tlpMarkingId('amber')];
  else if (tlp < 0.05) claim.object_marking_refs = [tlpMarkingId('green')];
  for (const k of Object.keys(claim)) if (claim[k] === undefined) delete claim[k];
  return claim as Claim;
}
