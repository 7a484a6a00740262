/**
 * Review a draft: the article in its own language with every extracted mention and claim highlighted
 * in place, and beside it the items (claims first) to accept, reject or edit, then publish with the
 * one TLP choice. Selecting an item scrolls the article to its passage; selecting text in the
 * article offers a new claim with that passage as evidence. Accept-all and reject-all send one
 * request. Keyboard: ↑/↓ move through items, a accepts, r rejects, e edits, n adds a claim from
 * the selected text.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { api, get, type Draft, type DraftItem, type Session } from '../api-client.ts';
import { DraftClaimEditor, type DraftClaimData } from '../components/draft-claim-editor.tsx';
import { HighlightedText, scrollToItem, selectionOffsets } from '../components/highlighted-text.tsx';
import { Legend } from '../components/report-source.tsx';
import { Link, objectPath } from '../components/link.tsx';
import { TlpBadge } from '../components/tlp-badge.tsx';
import { useApi } from '../hooks/use-api.ts';
import { navigate } from '../hooks/use-route.ts';
import { TLP_LEVELS } from '../tlp.ts';

export function ReviewPage({ id, session }: { id: string; session: Session }) {
  const loaded = useApi((s) => get<Draft>(`/drafts/${encodeURIComponent(id)}`, {}, s), [id]);
  const [draft, setDraft] = useState<Draft>();
  const [selected, setSelected] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const [tlp, setTlp] = useState('amber');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [batch, setBatch] = useState<string>();
  const [selection, setSelection] = useState<{ start: number; end: number }>();
  const [adding, setAdding] = useState<{ start: number; end: number }>();
  const listRef = useRef<HTMLOListElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (loaded.data) { setDraft(loaded.data); setTlp(loaded.data.tlp || 'amber'); }
  }, [loaded.data]);
  useEffect(() => {
    // still extracting: poll until it is done
    if (draft?.status !== 'processing') return;
    const t = setTimeout(loaded.reload, 500);
    return () => clearTimeout(t);
  }, [draft, loaded.reload]);
  useEffect(() => {
    if (!selected) return;
    listRef.current?.querySelector<HTMLElement>(`[data-item="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
    // the passage in view: the article box scrolls, the page and the focused item stay
    scrollToItem(articleRef.current, selected);
  }, [selected]);
  const focusItem = (id: string) => requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`)?.focus());

  if (loaded.error) return <><h1>Draft</h1><p className="error">{loaded.error.message}</p></>;
  if (!draft) return <p className="muted">Loading…</p>;
  const canWrite = session.user.role !== 'reader' && draft.status === 'ready';

  // claims first, each group in reading order
  const order = [...draft.items].sort((a, b) => Number(a.kind !== 'claim') - Number(b.kind !== 'claim') || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  const patch = async (item: DraftItem, status: DraftItem['status'], data?: Record<string, unknown>) => {
    setError(undefined);
    try {
      const updated = await api<DraftItem>('PATCH', `/drafts/${encodeURIComponent(draft.id)}/items/${encodeURIComponent(item.id)}`, { status, ...(data ? { data } : {}) });
      setDraft((d) => d && { ...d, items: d.items.map((i) => (i.id === updated.id ? updated : i)) });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  /** An edit saved (and accepted); errors go to the editor, which stays open. */
  const saveEdit = async (item: DraftItem, data: Record<string, unknown>) => {
    const updated = await api<DraftItem>('PATCH', `/drafts/${encodeURIComponent(draft.id)}/items/${encodeURIComponent(item.id)}`, { status: 'accepted', data });
    setDraft((d) => d && { ...d, items: d.items.map((i) => (i.id === updated.id ? updated : i)) });
  };
  /** Every proposed item of a kind accepted (or rejected) in one request. */
  const reviewAll = async (kind: 'claim' | 'entity', status: 'accepted' | 'rejected') => {
    const ids = draft.items.filter((i) => i.status === 'proposed' && (kind === 'claim') === (i.kind === 'claim')).map((i) => i.id);
    if (!ids.length) return;
    const what = `${ids.length} ${kind === 'claim' ? 'claim' : 'mention'}${ids.length === 1 ? '' : 's'}`;
    setBusy(true);
    setError(undefined);
    setBatch(`${status === 'accepted' ? 'Accepting' : 'Rejecting'} ${what}…`);
    try {
      const out = await api<{ updated: number; items: DraftItem[] }>('PATCH', `/drafts/${encodeURIComponent(draft.id)}/items`, { status, items: ids });
      const byId = new Map(out.items.map((i) => [i.id, i]));
      setDraft((d) => d && { ...d, items: d.items.map((i) => byId.get(i.id) ?? i) });
      setBatch(`${out.updated} ${kind === 'claim' ? 'claim' : 'mention'}${out.updated === 1 ? '' : 's'} ${status}.`);
    } catch (err) {
      setBatch(undefined);
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const addClaim = async (data: Record<string, unknown>) => {
    const item = await api<DraftItem>('POST', `/drafts/${encodeURIComponent(draft.id)}/items`, { kind: 'claim', data });
    setDraft((d) => d && { ...d, items: [...d.items, item] });
    setAdding(undefined);
    setSelection(undefined);
    setSelected(item.id);
    focusItem(item.id);
  };
  const startAdding = () => {
    const range = (articleRef.current && selectionOffsets(articleRef.current, draft.text)) ?? selection;
    if (range) { setAdding(range); setSelection(range); }
  };
  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const out = await api<{ report_id: string; objects: number; claims: number }>('POST', `/drafts/${encodeURIComponent(draft.id)}/publish`, { tlp });
      navigate(objectPath(out.report_id));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('input, textarea, select')) return;
    const i = order.findIndex((x) => x.id === selected);
    const item = order[i];
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = order[(i + (e.key === 'ArrowDown' ? 1 : order.length - 1) + (i < 0 && e.key === 'ArrowUp' ? 1 : 0)) % order.length];
      if (next) {
        setSelected(next.id);
        listRef.current?.querySelector<HTMLElement>(`[data-item="${CSS.escape(next.id)}"]`)?.focus();
      }
    } else if (item && canWrite && e.key === 'a') void patch(item, 'accepted');
    else if (item && canWrite && e.key === 'r') void patch(item, 'rejected');
    else if (item && canWrite && e.key === 'e') { e.preventDefault(); setEditing(item.id); }
    else if (canWrite && e.key === 'n') { e.preventDefault(); startAdding(); }
  };
  const counts = { proposed: 0, accepted: 0, rejected: 0 };
  for (const i of draft.items) counts[i.status]++;

  return (
    <div className="review" onKeyDown={onKey}>
      <header className="review-head">
        <h1 dir="auto">{draft.title ?? 'Untitled draft'} <TlpBadge level={draft.tlp} /></h1>
        <p className="muted">
          {draft.language} · {draft.source.filename ?? draft.source.url ?? 'pasted text'} · {draft.status}
          {' · '}{counts.accepted} accepted, {counts.rejected} rejected, {counts.proposed} to review
          {draft.report_id && <> · published as <Link to={objectPath(draft.report_id)}>report</Link></>}
        </p>
        {draft.status === 'processing' && <progress max={100} value={draft.progress.percent} aria-label="Extraction progress" />}
        <p className="muted small" data-extraction={draft.extraction_mode}>Extraction: {draft.extraction_mode === 'rules+llm' ? 'rules + LLM' : 'rules'}</p>
        {draft.warnings?.length > 0 && (
          <ul className="warnings" role="status" aria-label="Extraction warnings">
            {draft.warnings.map((w, i) => <li key={i} className="warning">{w}</li>)}
          </ul>
        )}
        <p className="shortcuts muted small" aria-label="Keyboard shortcuts">
          Keys: <kbd>↑</kbd>/<kbd>↓</kbd> move · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>e</kbd> edit · <kbd>n</kbd> new claim from the selected text
        </p>
      </header>
      <div className="review-body">
        <section aria-label="Article" className="card" ref={articleRef}
          onMouseUp={() => setSelection(articleRef.current ? selectionOffsets(articleRef.current, draft.text) : undefined)}>
          <Legend review />
          <HighlightedText text={draft.text} lang={draft.language ?? undefined} items={draft.items} selected={selected} onSelect={setSelected} />
        </section>
        <section aria-labelledby="items-h" className="card items-panel">
          <h2 id="items-h">Extracted items <span className="muted small">claims first</span></h2>
          {canWrite && (
            <div className="row batch">
              <button type="button" onClick={() => reviewAll('claim', 'accepted')} disabled={busy}>Accept all claims</button>
              <button type="button" onClick={() => reviewAll('entity', 'accepted')} disabled={busy}>Accept all mentions</button>
              <button type="button" onClick={() => reviewAll('claim', 'rejected')} disabled={busy}>Reject remaining claims</button>
              <button type="button" onClick={startAdding} disabled={!selection || !!adding}
                title={selection ? undefined : 'Select a passage in the article first'}>New claim from the selected text</button>
            </div>
          )}
          {batch && (
            <p className="batch-progress" role="status" aria-live="polite">
              {busy && <progress aria-label="Batch progress" />} {batch}
            </p>
          )}
          {adding && (
            <DraftClaimEditor data={{ evidence: adding, made_on_source: 'unknown' }} passage={draft.text.slice(adding.start, adding.end)} saveLabel="Add claim"
              onSave={addClaim} onCancel={() => setAdding(undefined)} />
          )}
          <ol className="items" ref={listRef}>
            {order.map((item) => (
              <li key={item.id} data-item={item.id} data-kind={item.kind} data-status={item.status} tabIndex={0}
                className={`item status-${item.status}${item.id === selected ? ' selected' : ''}`}
                onFocus={() => setSelected(item.id)} onClick={() => setSelected(item.id)}>
                <div className="item-head">
                  <span className={`kind-tag kind-${item.kind}`}>{item.kind}</span> <b dir="auto">{item.label}</b>
                  <span className="muted small"> {Math.round(item.confidence * 100)}%</span>
                  {item.entity_id && <> · <Link to={objectPath(item.entity_id)} className="small">known</Link></>}
                  {item.kind === 'claim' && item.data.method === 'llm' && <> <span className="kind-tag kind-llm" title="Proposed by the LLM; its passage is in the text">LLM</span></>}
                </div>
                {item.kind === 'claim' && item.data.unresolved?.length
                  ? <p className="muted small">Not in the knowledge base: {item.data.unresolved.join(', ')}</p>
                  : null}
                {item.kind === 'claim' && <ClaimSummary item={item} />}
                {editing === item.id
                  ? item.kind === 'claim'
                    ? <DraftClaimEditor data={item.data as unknown as DraftClaimData} passage={draft.text.slice(item.spans[0]?.start ?? 0, item.spans[0]?.end ?? 0)}
                      onCancel={() => { setEditing(undefined); focusItem(item.id); }}
                      onSave={async (data) => { await saveEdit(item, data); setEditing(undefined); focusItem(item.id); }} />
                    : <ItemEditor item={item} onCancel={() => { setEditing(undefined); focusItem(item.id); }}
                      onSave={async (data) => { await saveEdit(item, data); setEditing(undefined); focusItem(item.id); }} />
                  : canWrite && (
                    <div className="row item-actions">
                      <button type="button" aria-pressed={item.status === 'accepted'} onClick={() => patch(item, item.status === 'accepted' ? 'proposed' : 'accepted')}>Accept</button>
                      <button type="button" aria-pressed={item.status === 'rejected'} onClick={() => patch(item, item.status === 'rejected' ? 'proposed' : 'rejected')}>Reject</button>
                      <button type="button" onClick={() => setEditing(item.id)}>Edit</button>
                    </div>
                  )}
              </li>
            ))}
          </ol>
        </section>
      </div>
      {canWrite && (
        <footer className="publish-bar card">
          <label className="inline">Publish as <select aria-label="TLP of the published report" value={tlp} onChange={(e) => setTlp(e.target.value)}>
            {TLP_LEVELS.map((l) => <option key={l} value={l}>TLP:{l.toUpperCase()}</option>)}
          </select></label>
          <button type="button" className="primary" onClick={publish} disabled={busy || counts.accepted === 0}>Publish {counts.accepted} accepted item{counts.accepted === 1 ? '' : 's'}</button>
          {error && <span className="error" role="alert">{error}</span>}
        </footer>
      )}
    </div>
  );
}

function ClaimSummary({ item }: { item: DraftItem }) {
  const d = item.data as Record<string, any>;
  const ev = d.evidence as { text?: string; lang?: string } | undefined;
  const fields = ['claimant', 'speaker', 'stance', 'target', 'about', 'made_on', 'made_on_precision', 'made_on_source'].filter((k) => d[k] !== undefined && !(Array.isArray(d[k]) && !d[k].length));
  return (
    <div className="claim-summary">
      <dl>{fields.map((k) => <div key={k}><dt>{k}</dt><dd dir="auto">{show(d[k])}</dd></div>)}</dl>
      {ev?.text && <blockquote dir="auto" lang={ev.lang}>{ev.text}</blockquote>}
    </div>
  );
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.label === 'string') return o.label;
    if (Array.isArray(v)) return v.map(show).join(', ');
    return JSON.stringify(v);
  }
  return String(v);
}

/** Edits a mention's plain fields (names, codes); claims have their own editor. */
function ItemEditor({ item, onSave, onCancel }: { item: DraftItem; onSave: (data: Record<string, unknown>) => Promise<void>; onCancel: () => void }) {
  const editable = Object.entries(item.data).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  const [values, setValues] = useState<Record<string, unknown>>(Object.fromEntries(editable));
  const [error, setError] = useState<string>();
  return (
    <form className="editor" onSubmit={(e) => { e.preventDefault(); onSave(values).catch((err: Error) => setError(err.message)); }}>
      {editable.length === 0 && <p className="muted small">No plain fields to edit.</p>}
      {editable.map(([k, v]) => (
        <label key={k}>{k}{' '}
          <input dir="auto" value={String(values[k] ?? '')} onChange={(e) => setValues({ ...values, [k]: typeof v === 'number' ? Number(e.target.value) : e.target.value })} />
        </label>
      ))}
      {error && <p className="error" role="alert">{error}</p>}
      <div className="row"><button type="submit">Save &amp; accept</button><button type="button" onClick={onCancel}>Cancel</button></div>
    </form>
  );
}
