/**
 * Search-as-you-type over the knowledge base (names and aliases in every language and script:
 * GET /api/resolve over the built-in knowledge, GET /api/search over stored objects), for the claim editors: claimant, speaker, target, subject. Picked entities show
 * as removable chips; ↑/↓ move through the suggestions, Enter picks, Escape closes. With
 * `allowText`, Enter on typed text with no suggestion chosen keeps it as a plain name.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { get, type Items, type StixObject } from '../api-client.ts';
import { typeLabel } from './object-ref.tsx';

export interface Picked {
  /** STIX id ('' for a plain name). */
  id: string;
  name: string;
  type: string;
  /** ISO 3166-1 alpha-2 of a country. */
  code?: string;
}

type Found = StixObject & { name?: string; country?: string; x_opstrack_country?: string; aliases?: string[]; x_opstrack_aliases?: Array<{ name: string; lang?: string }> };

/** GET /api/resolve's answer: a built-in entity and the name of it that matched. */
interface Resolved { id: string; type: string; name: string; code?: string; matched: string }
const fromResolved = (r: Resolved): Found => ({ id: r.id, type: r.type, name: r.name, ...(r.code ? { country: r.code } : {}), aliases: [r.matched] } as Found);

export function pickedOf(o: Found): Picked {
  return { id: o.id, name: String(o.name ?? o.id), type: o.type, ...(typeof o.country === 'string' ? { code: o.country } : typeof o.x_opstrack_country === 'string' ? { code: o.x_opstrack_country } : {}) };
}

/** The alias that matched the query when it is not the name ("伏特台风" for Volt Typhoon). */
function matchedAlias(o: Found, q: string): string | undefined {
  const needle = q.trim().toLowerCase();
  if (!needle || String(o.name ?? '').toLowerCase().includes(needle)) return undefined;
  const aliases = [...(o.x_opstrack_aliases ?? []).map((a) => a.name), ...(o.aliases ?? [])];
  return aliases.find((a) => a.toLowerCase().includes(needle));
}

export function EntityPicker({ label, types, value, onChange, multiple = false, allowText = false, placeholder, textHint }: {
  label: string; types: readonly string[]; value: Picked[]; onChange: (value: Picked[]) => void;
  multiple?: boolean; allowText?: boolean; placeholder?: string;
  /** What Enter on typed text does, said under the box (with `allowText`). */
  textHint?: string;
}) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Found[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const text = q.trim();
    if (!text) { setOptions([]); return; }
    const ctl = new AbortController();
    const t = setTimeout(() => {
      // a name in any language resolves against the built-in knowledge; the search adds stored objects
      Promise.all([
        get<Items<Resolved>>('/resolve', { q: text, type: [...types] }, ctl.signal).catch(() => ({ items: [] as Resolved[] })),
        get<Items<Found>>('/search', { q: text, type: [...types], limit: 10 }, ctl.signal).catch(() => ({ items: [] as Found[] })),
      ]).then(([resolved, found]) => {
        if (ctl.signal.aborted) return;
        const seen = new Set<string>();
        const items = [...resolved.items.map(fromResolved), ...found.items].filter((o) => !seen.has(o.id) && !!seen.add(o.id)).slice(0, 12);
        setOptions(items);
        setActive(items.length ? 0 : -1);
        setOpen(true);
      });
    }, 150);
    return () => { clearTimeout(t); ctl.abort(); };
  }, [q, types.join(',')]);

  const pick = (p: Picked) => {
    onChange(multiple ? [...value.filter((v) => (v.id || v.name) !== (p.id || p.name)), p] : [p]);
    setQ('');
    setOptions([]);
    setOpen(false);
    inputRef.current?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      if (!options.length) return;
      setOpen(true);
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      const o = open ? options[active] : undefined;
      if (o) pick(pickedOf(o));
      else if (allowText && q.trim()) pick({ id: '', name: q.trim(), type: 'text' });
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="picker">
      <span className="picker-label">{label}</span>
      <ul className="chips picked" aria-label={`${label}: chosen`}>
        {value.map((v) => (
          <li key={v.id || v.name} data-picked={v.id || v.name}>
            <span dir="auto">{v.name}</span>{v.code && v.code !== v.name && <span className="muted small"> {v.code}</span>}
            <button type="button" className="link-button" aria-label={`Remove ${v.name} from ${label}`} onClick={() => onChange(value.filter((x) => x !== v))}>×</button>
          </li>
        ))}
      </ul>
      <input ref={inputRef} role="combobox" aria-label={label} aria-expanded={open && options.length > 0} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined} dir="auto" value={q} placeholder={placeholder ?? 'Type a name in any language…'}
        onChange={(e) => setQ(e.target.value)} onKeyDown={onKey} onBlur={() => setTimeout(() => setOpen(false), 150)} onFocus={() => options.length && setOpen(true)} />
      {open && options.length > 0 && (
        <ul className="picker-options" role="listbox" id={listId} aria-label={`${label} suggestions`}>
          {options.map((o, i) => {
            const alias = matchedAlias(o, q);
            return (
              <li key={o.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''}
                onMouseDown={(e) => { e.preventDefault(); pick(pickedOf(o)); }}>
                <span dir="auto">{String(o.name ?? o.id)}</span> <span className="muted small">{typeLabel(o.type)}{o.country ? ` · ${o.country}` : ''}{alias ? ` · “${alias}”` : ''}</span>
              </li>
            );
          })}
        </ul>
      )}
      {allowText && <span className="muted small">{textHint ?? 'Enter keeps a name that is not in the knowledge base.'}</span>}
    </div>
  );
}
