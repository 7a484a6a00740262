/**
 * Between an extraction and the items an analyst reviews: every proposed entity, person,
 * observable and claim becomes one item with its spans; publishing rebuilds an extraction from the
 * items that were kept, with the analyst's edits applied.
 */
import type { DraftItem, DraftItemOf, ItemData, ItemKind, ItemOf } from '../../model/draft.ts';
import type { ClaimCandidate, Extraction, Span, Stance } from '../../model/extraction.ts';

type Hit = { mentions?: Array<{ start: number; end: number }> };

function spansOf(hit: Hit): Array<{ start: number; end: number }> {
  return (hit.mentions ?? []).map(({ start, end }) => ({ start, end }));
}

export function claimLabel(c: Pick<ClaimCandidate, 'claimant' | 'stance' | 'target' | 'about'>): string {
  const about = c.about?.length ? ` (${c.about.join(', ')})` : '';
  return `${c.claimant} ${c.stance}${c.target ? ` → ${c.target}` : ''}${about}`;
}

/** One proposed item; `kind` decides what its `data` holds. */
function proposed<K extends ItemKind>(
  id: string, kind: K, label: string, data: ItemData[K], confidence: number, spans: Span[], entityId?: string,
): ItemOf<K> {
  return { id, kind, label, status: 'proposed', confidence, spans, ...(entityId ? { entity_id: entityId } : {}), data };
}

export function itemsFromExtraction(x: Extraction): DraftItem[] {
  const items: DraftItem[] = [];
  const next = (kind: ItemKind) => `${kind}-${items.filter((i) => i.kind === kind).length + 1}`;
  for (const g of x.intrusion_sets) items.push(proposed(next('intrusion-set'), 'intrusion-set', g.name, { ...g }, 0.9, spansOf(g), g.id));
  for (const c of x.countries) items.push(proposed(next('country'), 'country', `${c.name} (${c.code})`, { ...c }, 0.9, spansOf(c), c.id));
  for (const s of x.sectors) items.push(proposed(next('sector'), 'sector', s.name, { ...s }, 0.8, spansOf(s), s.id));
  for (const p of x.people) items.push(proposed(next('person'), 'person', p.role ? `${p.name}, ${p.role}` : p.name, { ...p }, 0.7, spansOf(p)));
  for (const e of x.entities) {
    const kind = e.kind === 'software' ? 'malware' : 'organization';
    items.push(proposed(next(kind), kind, e.name, { ...e }, 0.8, spansOf(e), e.id));
  }
  for (const o of x.observables) items.push(proposed(next('observable'), 'observable', `${o.type} ${o.value}`, { ...o }, 0.95, spansOf(o)));
  for (const c of x.claims) {
    items.push(proposed(next('claim'), 'claim', claimLabel(c), { ...c }, c.confidence, [{ start: c.evidence.start, end: c.evidence.end }]));
  }
  return items;
}

/** The extraction that publishing turns into STIX: only kept items, edits applied. */
export function keptExtraction(base: Extraction, items: DraftItem[], includeProposed: boolean): Extraction {
  const keptItems = items.filter((i) => i.status === 'accepted' || (includeProposed && i.status === 'proposed'));
  const kept = <K extends ItemKind>(kind: K) =>
    keptItems.filter((i): i is DraftItemOf<K> => i.kind === kind).map((i) => i.data);
  return {
    ...base,
    intrusion_sets: kept('intrusion-set'),
    countries: kept('country'),
    sectors: kept('sector'),
    people: kept('person'),
    entities: [...kept('organization'), ...kept('malware')],
    observables: kept('observable'),
    claims: kept('claim'),
  };
}

/** What an analyst may change of a drafted claim (the rest, such as `method`, is the extractor's record). */
export const CLAIM_EDITABLE = new Set(['claimant', 'claimant_kind', 'speaker', 'stance', 'target', 'about', 'confidence', 'evidence', 'made_on', 'made_on_precision', 'made_on_source']);
const PRECISIONS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year']);
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const STANCES: ReadonlySet<string> = new Set<Stance>(['attributes', 'accuses', 'denies', 'confirms', 'warns', 'calls-for']);

/**
 * Applies an analyst's edit to an item. Claim evidence is re-read from the stored text so a
 * passage always equals `text.slice(start, end)`; the field at fault is named when an edit is bad.
 */
export function applyEdit(item: DraftItem, edit: Record<string, unknown>, text: string): DraftItem {
  const data: Record<string, unknown> = { ...item.data };
  for (const [key, value] of Object.entries(edit)) {
    if (item.kind === 'claim' && !CLAIM_EDITABLE.has(key)) throw Object.assign(new Error(`data.${key}: not an editable claim field`), { field: `data.${key}` });
    data[key] = value;
  }
  if (item.kind !== 'claim') return withData(item, data, typeof data.name === 'string' ? data.name : item.label);
  const { stance, claimant } = data;
  if (!isStance(stance)) throw Object.assign(new Error(`data.stance: must be one of ${[...STANCES].join(', ')}`), { field: 'data.stance' });
  if (typeof claimant !== 'string' || !claimant.trim()) throw Object.assign(new Error('data.claimant: required'), { field: 'data.claimant' });
  if (!Array.isArray(data.about) || !data.about.every((a) => typeof a === 'string')) {
    if (data.about !== undefined && !Array.isArray(data.about)) throw Object.assign(new Error('data.about: must be an array of intrusion set names'), { field: 'data.about' });
    data.about = Array.isArray(data.about) ? data.about.filter((a) => typeof a === 'string') : [];
  }
  for (const key of ['target', 'speaker'] as const) {
    if (data[key] === null || data[key] === '') delete data[key];
    else if (data[key] !== undefined && typeof data[key] !== 'string') throw Object.assign(new Error(`data.${key}: must be a string`), { field: `data.${key}` });
  }
  if (data.claimant_kind !== 'state' && data.claimant_kind !== 'organization') data.claimant_kind = /^[A-Z]{2}$/.test(claimant) ? 'state' : 'organization';
  const confidence = Number(data.confidence);
  if (!Number.isFinite(confidence) || confidence < 0 || confidence > 1) throw Object.assign(new Error('data.confidence: must be a number from 0 to 1'), { field: 'data.confidence' });
  data.confidence = confidence;
  checkDate(data, 'made_on' in edit || 'made_on_source' in edit || 'made_on_precision' in edit);
  const ev = data.evidence as { start?: unknown; end?: unknown } | undefined;
  const start = Number(ev?.start);
  const end = Number(ev?.end);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw Object.assign(new Error(`data.evidence: start/end must be offsets within the text (0..${text.length})`), { field: 'data.evidence' });
  }
  data.evidence = { start, end, text: text.slice(start, end) };
  const edited = withData(item, data, item.label);
  return { ...edited, label: claimLabel({ ...edited.data, stance, claimant }), spans: [{ start, end }] };
}

/**
 * The statement date an analyst gives: a day (with a precision) read from the source, or `unknown`,
 * which then stays unknown when published (`made_on_by: 'analyst'`) instead of taking the
 * publication date as an extracted claim without a date does.
 */
function checkDate(data: Record<string, unknown>, edited: boolean): void {
  if (!edited) return;
  if (data.made_on_source === 'unknown') {
    delete data.made_on;
    delete data.made_on_precision;
    data.made_on_by = 'analyst';
    return;
  }
  if (typeof data.made_on !== 'string' || !DAY.test(data.made_on)) {
    throw Object.assign(new Error('data.made_on: must be a date YYYY-MM-DD (or made_on_source: unknown)'), { field: 'data.made_on' });
  }
  if (data.made_on_precision === undefined || data.made_on_precision === null) data.made_on_precision = 'day';
  if (!PRECISIONS.has(String(data.made_on_precision))) {
    throw Object.assign(new Error(`data.made_on_precision: must be one of ${[...PRECISIONS].join(', ')}`), { field: 'data.made_on_precision' });
  }
  if (data.made_on_source !== 'publication') data.made_on_source = 'text';
  data.made_on_by = 'analyst';
}

function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && STANCES.has(value);
}

/**
 * The item with the analyst's edited record as its data. The record keeps the candidate's fields
 * (edits replace their values, as docs/drafts-api.md says); claim fields are checked above.
 */
function withData<T extends DraftItem>(item: T, data: Record<string, unknown>, label: string): T {
  return { ...item, data: { ...item.data, ...data }, label };
}
