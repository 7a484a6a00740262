/**
 * Exports of a selection, in the viewer's view, with the same closure as a report's export
 * (`exportObjects`: what the objects reference, creators, markings, extension definitions, the
 * plain mapping of the claims, nothing the viewer may not see):
 * - `searchSelection`: what a search found (GET /api/search's query and filters): every hit, and
 *   the claims among them (their passage or a name they cite matched);
 * - `statementSelection`: the claims behind statements matching GET /api/statements' filters: a
 *   cell or the whole of the accuser-by-accused matrix (accusing stances, party, addressee, dates,
 *   sector, agencies under their state) or the timeline's period.
 * A selection is then written as a bundle (`selectionBundle`), claims CSV (claims-csv.ts) or brief
 * (`selectionBrief`, brief-html.ts with `heading` as its subject), one writer for each, as for a report.
 * @module
 */
import type { Bundle, StixObject } from '../model/stix/core.ts';
import { isClaim, type Claim } from '../model/claim.ts';
import type { Viewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';
import type { ClaimService } from '../claims/claim-service.ts';
import type { StatementFilter } from '../claims/statement-queries.ts';
import type { SearchRequest, SearchService } from '../search/search-service.ts';
import { briefHtml } from './brief-html.ts';
import { bundleOf, exportObjects } from './report-export.ts';

export interface Selection {
  /** What the selection is, as a brief's subject: an unmarked pseudo-object (`name` the title, `description` the filters). */
  heading: StixObject;
  /** The export's objects (closure.ts). */
  objects: StixObject[];
  /** The selected claims that the export holds (a claim leaves whole or not at all). */
  claims: Claim[];
  /** The selected objects other than claims, in the selection's order (a search's results). */
  listed: StixObject[];
}

export type StatementSelectionFilter = Omit<StatementFilter, 'limit' | 'offset'>;

/** Statements read per page when gathering a selection. */
const PAGE = 500;

function heading(kind: string, name: string, filters: Array<[string, string | undefined]>): StixObject {
  const description = filters.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`).join(' · ');
  return { type: kind, id: `${kind}--selection`, name, ...(description ? { description } : {}) };
}

async function selection(store: Store, viewer: Viewer, head: StixObject, selected: readonly StixObject[]): Promise<Selection> {
  const claims = selected.filter(isClaim);
  const objects = await exportObjects(store, viewer, selected, claims);
  const kept = new Set(objects.map((o) => o.id));
  return {
    heading: head,
    objects,
    claims: claims.filter((c) => kept.has(c.id)),
    listed: selected.filter((o) => !isClaim(o) && kept.has(o.id)),
  };
}

/** The selection as a STIX bundle; without `objects` when empty (the OASIS schema wants one or more). */
export function selectionBundle(selection: Selection): Omit<Bundle, 'objects'> & { objects?: StixObject[] } {
  const { type, id, objects } = bundleOf(selection.objects);
  return objects.length ? { type, id, objects } : { type, id };
}

/** The selection as a printable brief: its heading as the subject, the claims, the other objects listed. */
export function selectionBrief({ heading, claims, objects, listed }: Selection, now = new Date().toISOString()): string {
  return briefHtml({ subject: heading, claims, objects, listed, now });
}

/** What a search finds for the viewer (its filters and limit as GET /api/search takes them). */
export async function searchSelection(store: Store, search: SearchService, viewer: Viewer, request: SearchRequest): Promise<Selection> {
  const hits = await search.search(viewer, request);
  const head = heading('search', `Search “${request.q}”`, [
    ['type', request.types?.join(', ')], ['TLP', request.tlp?.join(', ')], ['language', request.lang],
    ['from', request.since], ['to', request.until],
  ]);
  return selection(store, viewer, head, hits.map((h) => h.object));
}

/** The claims the viewer sees behind every statement matching the filter (all pages). */
export async function statementSelection(store: Store, claims: ClaimService, viewer: Viewer, filter: StatementSelectionFilter): Promise<Selection> {
  const found = new Map<string, Claim>();
  for (let offset = 0; ; offset += PAGE) {
    const { statements } = await claims.statements(viewer, { ...filter, limit: PAGE, offset });
    for (const s of statements) for (const c of s.claims) found.set(c.id, c);
    if (statements.length < PAGE) break;
  }
  const names = await claims.names(viewer, [filter.party, filter.addressee, filter.subject, filter.claimant].filter((x): x is string => Boolean(x)));
  const name = (id: string | undefined) => (id ? (names.get(id) ?? id) : undefined);
  const title = filter.party || filter.addressee ? `Claims: ${name(filter.party) ?? 'any party'} → ${name(filter.addressee) ?? 'anyone'}` : 'Claims';
  const head = heading('selection', title, [
    ['stance', filter.stances?.join(', ')], ['about', name(filter.subject)], ['claimant', name(filter.claimant)],
    ['claimant kind', filter.kinds?.join(', ')], ['source', filter.source], ['sector', filter.sector],
    ['from', filter.from], ['to', filter.to], ['agencies under their state', filter.rollup ? 'yes' : undefined],
  ]);
  return selection(store, viewer, head, [...found.values()]);
}
