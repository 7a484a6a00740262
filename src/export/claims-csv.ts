/**
 * Claims as CSV, one row per claim, with columns close to the incident-coding datasets analysts use
 * (EuRepoC, CFR's Cyber Operations Tracker): who claimed (the state or body, its kind, the person
 * speaking), what (stance, target, operation or group, sectors), when, from which source, with the
 * passage and its language and TLP. docs/claims.md documents each column. RFC 4180: a header row,
 * CRLF line ends, fields quoted when they hold a comma, quote, line break or edge space. A cell that
 * a spreadsheet would run as a formula (starting with = + - @ or a tab) is prefixed with `'`
 * (OWASP's CSV-injection advice): passages are text from the web.
 * @module
 */
import type { Claim } from '../model/claim.ts';
import type { StixObject } from '../model/stix/core.ts';
import { tlpOf } from '../model/tlp.ts';
import type { Viewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';
import { latestVisible } from './closure.ts';

/** The columns, in order: the header row. docs/claims.md describes each. */
export const CLAIM_CSV_COLUMNS = [
  'date', 'date_precision', 'claimant', 'claimant_kind', 'speaker', 'stance', 'target', 'operation_or_group',
  'sector', 'targeted_countries', 'basis', 'measure', 'sources', 'source_url', 'passage', 'language', 'translation',
  'tlp', 'claim_id', 'source_id',
] as const;

export type ClaimCsvColumn = (typeof CLAIM_CSV_COLUMNS)[number];

const FORMULA = /^[=+\-@\t\r]/;

/** One field as RFC 4180 writes it. */
export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The kind of party a claimant is, as coding datasets name it. */
export function partyKind(o: StixObject | undefined): string {
  if (!o) return '';
  if (o.type === 'location') return typeof o.country === 'string' ? 'state' : 'region';
  if (o.type !== 'identity') return o.type;
  switch (o.identity_class) {
    case 'individual':
      return 'person';
    case 'class':
      return 'sector';
    case 'system':
      return 'system';
    case 'group':
      return 'group';
    default:
      return ((o.sectors as string[] | undefined) ?? []).includes('government') ? 'government-body' : 'organization';
  }
}

const nameOf = (o: StixObject | undefined, id: string) => (o && typeof o.name === 'string' ? o.name : id);
const list = (values: readonly string[]) => values.filter(Boolean).join('; ');

/** One claim as its row (column order of CLAIM_CSV_COLUMNS). */
export function claimRow(c: Claim, objects: ReadonlyMap<string, StixObject>): Record<ClaimCsvColumn, string> {
  const claimant = objects.get(c.claimant_ref);
  const party = c.speaks_for_ref ? objects.get(c.speaks_for_ref) : claimant;
  const partyId = c.speaks_for_ref ?? c.claimant_ref;
  const source = objects.get(c.source_ref);
  const url = ((source?.external_references as Array<{ url?: string }> | undefined) ?? []).find((r) => typeof r.url === 'string')?.url ?? '';
  return {
    date: c.made_on ?? '',
    date_precision: c.made_on ? (c.made_on_precision ?? 'day') : 'unknown',
    claimant: nameOf(party, partyId),
    claimant_kind: partyKind(party),
    speaker: c.speaks_for_ref ? nameOf(claimant, c.claimant_ref) : '',
    stance: c.stance,
    target: list((c.addressee_refs ?? []).map((r) => nameOf(objects.get(r), r))),
    operation_or_group: list([...(c.subject_refs ?? []).map((r) => nameOf(objects.get(r), r)), ...(c.subject_description ? [c.subject_description] : [])]),
    sector: list(c.targeted_sectors ?? []),
    targeted_countries: list(c.targeted_countries ?? []),
    basis: c.basis ?? '',
    measure: c.measure ?? '',
    sources: source ? nameOf(source, c.source_ref) : '',
    source_url: url,
    passage: c.evidence.text,
    language: c.evidence.lang,
    translation: c.evidence.translation?.text ?? '',
    tlp: tlpOf(c) ?? 'clear',
    claim_id: c.id,
    source_id: c.source_ref,
  };
}

/** The CSV text for claims, naming what the viewer may see (a hidden party is named by its id only). */
export async function claimsCsv(store: Store, viewer: Viewer, claims: readonly Claim[]): Promise<string> {
  const ids = claims.flatMap((c) => [c.claimant_ref, c.speaks_for_ref ?? '', c.source_ref, ...(c.subject_refs ?? []), ...(c.addressee_refs ?? [])]).filter(Boolean);
  const objects = await latestVisible(store, viewer, ids);
  let out = csvLine(CLAIM_CSV_COLUMNS);
  for (const c of claims) {
    const row = claimRow(c, objects);
    out += csvLine(CLAIM_CSV_COLUMNS.map((k) => row[k]));
  }
  return out;
}
