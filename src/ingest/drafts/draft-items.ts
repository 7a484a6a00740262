/**
 * Between an extraction and the items an analyst reviews: every proposed entity, person,
 * observable and claim becomes one item with its spans; publishing rebuilds an extraction from the
 * items that were kept, with the analyst's edits applied.
 */
import type { ClaimCandidate, Extraction } from '../../extract/types.ts';
import type { DraftItem, ItemKind } from './types.ts';

type Hit = { mentions?: Array<{ start: number; end: number }> };

function spansOf(hit: Hit): Array<{ start: number; end: number }> {
  return (hit.mentions ?? []).map(({ start, end }) => ({ start, end }));
}

export function claimLabel(c: Pick<ClaimCandidate, 'claimant' | 'stance' | 'target' | 'about'>): string {
  const about = c.about?.length ? ` (${c.about.join(', ')})` : '';
  return `${c.claimant} ${c.stance}${c.target ? ` → ${c.target}` : ''}${about}`;
}

export function itemsFromExtraction(x: Extraction): DraftItem[] {
  const items: DraftItem[] = [];
  const add = (kind: ItemKind, label: string, hit: Hit & Record<string, unknown>, confidence: number, entityId?: string) => {
    items.push({
      id: `${kind}-${items.filter((i) => i.kind === kind).length + 1}`,
      kind,
      label,
      status: 'proposed',
      confidence,
      spans: spansOf(hit),
      ...(entityId ? { entity_id: entityId } : {}),
      data: { ...hit },
    });
  };
  for (const g of x.intrusion_sets) add('intrusion-set', g.name, { ...g }, 0.9, g.id);
  for (const c of x.countries) add('country', `${c.name} (${c.code})`, { ...c }, 0.9, c.id);
  for (const s of x.sectors) add('sector', s.name, { ...s }, 0.8, s.id);
  for (const p of x.people) add('person', p.role ? `${p.name}, ${p.role}` : p.name, { ...p }, 0.7);
  for (const e of x.entities) add(e.kind === 'software' ? 'malware' : 'organization', e.name, { ...e }, 0.8, e.id);
  for (const o of x.observables) add('observable', `${o.type} ${o.value}`, { ...o }, 0.95);
  for (const c of x.claims) {
    items.push({
      id: `claim-${items.filter((i) => i.kind === 'claim').length + 1}`,
      kind: 'claim',
      label: claimLabel(c),
      status: 'proposed',
      confidence: c.confidence,
      spans: [{ start: c.evidence.start, end: c.evidence.end }],
      data: { ...c },
    });
  }
  return items;
}

/** The extraction that publishing turns into STIX: only kept items, edits applied. */
export function keptExtraction(base: Extraction, items: DraftItem[], includeProposed: boolean): Extraction {
  const kept = (kind: ItemKind) =>
    items.filter((i) => i.kind === kind && (i.status === 'accepted' || (includeProposed && i.status === 'proposed'))).map((i) => i.data);
  return {
    ...base,
    intrusion_sets: kept('intrusion-set') as unknown as Extraction['intrusion_sets'],
    countries: kept('country') as unknown as Extraction['countries'],
    sectors: kept('sector') as unknown as Extraction['sectors'],
    people: kept('person') as unknown as Extraction['people'],
    entities: [...kept('organization'), ...kept('malware')] as unknown as Extraction['entities'],
    observables: kept('observable') as unknown as Extraction['observables'],
    claims: kept('claim') as unknown as Extraction['claims'],
  };
}

const CLAIM_EDITABLE = new Set(['claimant', 'stance', 'target', 'about', 'confidence', 'evidence']);
const STANCES = new Set(['attributes', 'accuses', 'denies', 'confirms', 'warns', 'calls-for']);

/**
 * Applies an analyst's edit to an item. Claim evidence is re-read from the stored text so a
 * passage always equals `text.slice(start, end)`; the field at fault is named when an edit is bad.
 */
export function applyEdit(item: DraftItem, edit: Record<string, unknown>, text: string): DraftItem {
  const data = { ...item.data };
  for (const [key, value] of Object.entries(edit)) {
    if (item.kind === 'claim' && !CLAIM_EDITABLE.has(key)) throw Object.assign(new Error(`data.${key}: not an editable claim field`), { field: `data.${key}` });
    data[key] = value;
  }
  if (item.kind !== 'claim') return { ...item, data, label: typeof data.name === 'string' ? data.name : item.label };
  if (typeof data.stance !== 'string' || !STANCES.has(data.stance)) throw Object.assign(new Error(`data.stance: must be one of ${[...STANCES].join(', ')}`), { field: 'data.stance' });
  if (typeof data.claimant !== 'string' || !data.claimant.trim()) throw Object.assign(new Error('data.claimant: required'), { field: 'data.claimant' });
  if (!Array.isArray(data.about)) data.about = [];
  const ev = data.evidence as { start?: unknown; end?: unknown } | undefined;
  const start = Number(ev?.start);
  const end = Number(ev?.end);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw Object.assign(new Error(`data.evidence: start/end must be offsets within the text (0..${text.length})`), { field: 'data.evidence' });
  }
  data.evidence = { start, end, text: text.slice(start, end) };
  const c = data as unknown as ClaimCandidate;
  return { ...item, data, label: claimLabel(c), spans: [{ start, end }] };
}
