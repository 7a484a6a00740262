/**
 * Search: one box over names, aliases (every language) and report text, results grouped by type.
 * Keyboard: arrows move through the results, Enter opens the highlighted one.
 */
import { HiddenNotice } from '../components/hidden-notice.tsx';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { get, type Items, type StixObject } from '../api-client.ts';
import { Link, objectPath } from '../components/link.tsx';
import { typeLabel } from '../components/object-ref.tsx';
import { TlpBadge } from '../components/tlp-badge.tsx';
import { useApi } from '../hooks/use-api.ts';
import { navigate } from '../hooks/use-route.ts';

type Hit = StixObject & { name?: string; aliases?: string[]; description?: string; value?: string };

const ORDER = ['intrusion-set', 'threat-actor', 'campaign', 'location', 'identity', 'malware', 'tool', 'report', 'x-opstrack-claim'];

export function SearchPage({ q }: { q: string }) {
  const [text, setText] = useState(q);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => setText(q), [q]);
  const found = useApi(q ? (s) => get<Items<Hit>>('/search', { q, limit: 100 }, s) : null, [q]);

  const groups = new Map<string, Hit[]>();
  for (const hit of found.data?.items ?? []) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  const types = [...groups.keys()].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
  const flat = types.flatMap((t) => groups.get(t)!);
  useEffect(() => setActive(0), [q]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  // arrows move focus through the results (from the box too); Enter on a focused result opens it
  const onKey = (e: KeyboardEvent) => {
    if (!flat.length || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
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
      <form onSubmit={submit} role="search" className="row">
        <input type="search" autoFocus value={text} onChange={(e) => setText(e.target.value)} aria-label="Search text"
          placeholder="Volt Typhoon, 伏特台风, Trung Quốc, telecom…" className="grow" aria-controls="results" />
        <button type="submit">Search</button>
      </form>
      {found.error && <p className="error" role="alert">{found.error.message}</p>}
      {q && found.data && <p className="muted" aria-live="polite">{flat.length} result{flat.length === 1 ? '' : 's'} for “{q}”. ↓/↑ to move through them, Enter to open.</p>}
      <div id="results" ref={listRef}>
        {types.map((t) => (
          <section key={t} className="result-group" aria-label={typeLabel(t)}>
            <h2>{typeLabel(t)} <span className="muted">({groups.get(t)!.length})</span></h2>
            <ul className="results" role="listbox" aria-label={typeLabel(t)}>
              {groups.get(t)!.map((hit) => {
                index++;
                const i = index;
                return (
                  <li key={hit.id} data-index={i} role="option" aria-selected={i === active} className={i === active ? 'active' : ''} onMouseEnter={() => setActive(i)} onFocus={() => setActive(i)}>
                    <TlpBadge object={hit} /> <Link to={objectPath(hit.id)} tabIndex={i === active ? 0 : -1}>{hit.name ?? hit.value ?? hit.id}</Link>
                    {hit.aliases?.length ? <span className="muted small" dir="auto"> · {hit.aliases.slice(0, 6).join(', ')}</span> : null}
                    {hit.description && <div className="muted small clamp" dir="auto">{hit.description}</div>}
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
