/**
 * Search: one box over names and aliases (every language), indicators (refanged or defanged),
 * report text and claim passages, with filters (type, TLP, language, dates); each result says why
 * it matched and shows the alias or the sentence. Results are grouped by type.
 * Keyboard: arrows move through the results, Enter opens the highlighted one.
 */
import { HiddenNotice } from '../components/hidden-notice.tsx';
import { SelectionExportButtons } from '../components/export-buttons.tsx';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { get, type StixObject } from '../api-client.ts';
import { Link, objectPath } from '../components/link.tsx';
import { typeLabel } from '../components/object-ref.tsx';
import { TlpBadge } from '../components/tlp-badge.tsx';
import { useApi } from '../hooks/use-api.ts';
import { navigate } from '../hooks/use-route.ts';

type Hit = StixObject & { name?: string; aliases?: string[]; description?: string; value?: string };

interface Why {
  id: string;
  field: 'name' | 'alias' | 'observable' | 'description' | 'text' | 'passage';
  text: string;
  lang?: string;
  date?: string;
  corrections: Array<[string, string]>;
}

interface Found {
  items: Hit[];
  hits: Why[];
}

export interface SearchFilters {
  type: string;
  tlp: string;
  lang: string;
  since: string;
  until: string;
}

const ORDER = ['intrusion-set', 'threat-actor', 'campaign', 'location', 'identity', 'malware', 'tool', 'report', 'x-opstrack-claim'];
const TYPES = ['intrusion-set', 'threat-actor', 'campaign', 'location', 'identity', 'malware', 'tool', 'report', 'x-opstrack-claim', 'indicator', 'ipv4-addr', 'domain-name', 'url', 'file'];
const TLPS = ['clear', 'green', 'amber', 'amber+strict', 'red'];

const FIELD_LABEL: Record<Why['field'], string> = {
  name: 'name', alias: 'also known as', observable: 'indicator value', description: 'description', text: 'in the article', passage: 'claim passage',
};

function searchUrl(q: string, f: SearchFilters): string {
  const p = new URLSearchParams({ q });
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  return `/search?${p.toString()}`;
}

export function SearchPage({ q, filters }: { q: string; filters: SearchFilters }) {
  const [text, setText] = useState(q);
  const [draft, setDraft] = useState<SearchFilters>(filters);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const key = searchUrl(q, filters);
  useEffect(() => setText(q), [q]);
  useEffect(() => setDraft(filters), [key]);
  const query = { q, limit: 100, ...filters };
  const found = useApi(q ? (s) => get<Found>('/search', query, s) : null, [key]);

  const why = new Map((found.data?.hits ?? []).map((h) => [h.id, h]));
  const corrections = new Map<string, string>();
  for (const h of found.data?.hits ?? []) for (const [typed, read] of h.corrections) corrections.set(typed, read);
  const groups = new Map<string, Hit[]>();
  for (const hit of found.data?.items ?? []) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  const types = [...groups.keys()].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
  const flat = types.flatMap((t) => groups.get(t)!);
  useEffect(() => setActive(0), [key]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) navigate(searchUrl(text.trim(), draft));
  };
  const set = (k: keyof SearchFilters) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  // arrows move focus through the results (from the box too); Enter on a focused result opens it
  const onKey = (e: KeyboardEvent) => {
    if (!flat.length || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    if ((e.target as HTMLElement).closest('.filters')) return;
    e.preventDefault();
    const inList = (e.target as HTMLElement).closest('#results') !== null;
    const next = !inList ? (e.key === 'ArrowDown' ? 0 : flat.length - 1) : (active + (e.key === 'ArrowDown' ? 1 : flat.length - 1)) % flat.length;
    setActive(next);
    listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus();
  };

  let index = -1;
  return (
    <div onKeyDown={onKey}>
      <h1>Search</h1>
      <HiddenNotice what="Results" />
      <form onSubmit={submit} role="search">
        <div className="row">
          <input type="search" autoFocus value={text} onChange={(e) => setText(e.target.value)} aria-label="Search text"
            placeholder="Volt Typhoon, 伏特台风, Trung Quốc, 203.0.113[.]7, a phrase…" className="grow" aria-controls="results" />
          <button type="submit">Search</button>
        </div>
        <fieldset className="row filters">
          <legend className="sr-only">Filters</legend>
          <label>Type <select value={draft.type} onChange={set('type')}>
            <option value="">any</option>
            {TYPES.map((t) => <option key={t} value={t}>{typeLabel(t)}</option>)}
          </select></label>
          <label>TLP <select value={draft.tlp} onChange={set('tlp')}>
            <option value="">any</option>
            {TLPS.map((t) => <option key={t} value={t}>{t.toUpperCase()}</option>)}
          </select></label>
          <label>Language <input value={draft.lang} onChange={set('lang')} size={5} placeholder="vi" pattern="[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*" /></label>
          <label>From <input type="date" value={draft.since} onChange={set('since')} /></label>
          <label>To <input type="date" value={draft.until} onChange={set('until')} /></label>
        </fieldset>
      </form>
      {found.error && <p className="error" role="alert">{found.error.message}</p>}
      {q && found.data && (
        <p className="muted" aria-live="polite">
          {flat.length} result{flat.length === 1 ? '' : 's'} for “{q}”
          {corrections.size > 0 && <> (read {[...corrections].map(([typed, read]) => `“${typed}” as “${read}”`).join(', ')})</>}.
          {' '}↓/↑ to move through them, Enter to open.
        </p>
      )}
      {q && flat.length > 0 && <SelectionExportButtons kind="search" params={query} label="Export these results" />}
      <div id="results" ref={listRef}>
        {types.map((t) => (
          <section key={t} className="result-group" aria-label={typeLabel(t)}>
            <h2>{typeLabel(t)} <span className="muted">({groups.get(t)!.length})</span></h2>
            <ul className="results" role="listbox" aria-label={typeLabel(t)}>
              {groups.get(t)!.map((hit) => {
                index++;
                const i = index;
                const w = why.get(hit.id);
                return (
                  <li key={hit.id} data-index={i} role="option" aria-selected={i === active} className={i === active ? 'active' : ''} onMouseEnter={() => setActive(i)} onFocus={() => setActive(i)}>
                    <TlpBadge object={hit} /> <Link to={objectPath(hit.id)} tabIndex={i === active ? 0 : -1}>{hit.name ?? hit.value ?? hit.id}</Link>
                    {w?.date && <span className="muted small"> · {w.date.slice(0, 10)}</span>}
                    {w && w.field !== 'name' && (
                      <div className="small match">
                        <span className="muted">{FIELD_LABEL[w.field]}{w.lang ? ` (${w.lang})` : ''}: </span>
                        <span dir="auto" lang={w.lang}>{w.text}</span>
                      </div>
                    )}
                    {(!w || w.field === 'name') && hit.description && <div className="muted small clamp" dir="auto">{hit.description}</div>}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
