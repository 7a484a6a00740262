/**
 * Ingest: paste text, upload a file (txt, html, pdf) or give a URL; the new draft's progress is
 * polled until extraction is done, then the review screen opens. Below: drafts awaiting review.
 * "Extraction: rules / rules + LLM" is offered only when the server has an LLM endpoint configured
 * (GET /api/drafts/options).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, get, type Draft, type DraftSummary, type Session } from '../api-client.ts';
import { Link } from '../components/link.tsx';
import { TlpBadge } from '../components/tlp-badge.tsx';
import { useApi } from '../hooks/use-api.ts';
import { navigate } from '../hooks/use-route.ts';

type Mode = 'text' | 'file' | 'url';
type Extraction = 'rules' | 'rules+llm';
interface DraftOptions { extraction: Extraction[]; llm_model?: string }
const POLL_MS = 400;

export function IngestPage({ session }: { session: Session }) {
  const [mode, setMode] = useState<Mode>('text');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // the source's publication date, when the analyst knows it: dates claims whose text names no day
  const [published, setPublished] = useState('');
  // the draft's provisional marking: the one TLP choice is made on the review screen, when publishing
  const tlp = 'amber';
  const [error, setError] = useState<string>();
  const [draft, setDraft] = useState<Pick<Draft, 'id' | 'status' | 'progress' | 'error'>>();
  const drafts = useApi((s) => get<{ items: DraftSummary[] }>('/drafts', {}, s), []);
  // "rules + LLM" is offered only when the operator configured an LLM endpoint
  const options = useApi((s) => get<DraftOptions>('/drafts/options', {}, s), []);
  const llmModel = options.data?.extraction.includes('rules+llm') ? options.data.llm_model ?? 'LLM' : undefined;
  const [extraction, setExtraction] = useState<Extraction>('rules');
  const chosen: Extraction = llmModel ? extraction : 'rules';
  const canWrite = session.user.role !== 'reader';

  useEffect(() => {
    if (!draft || draft.status !== 'processing') return;
    const timer = setTimeout(async () => {
      try {
        const d = await get<Draft>(`/drafts/${encodeURIComponent(draft.id)}`);
        setDraft(d);
        if (d.status === 'ready' || d.status === 'published') navigate(`/drafts/${encodeURIComponent(d.id)}`);
      } catch (err) {
        setError((err as Error).message);
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      let body: unknown;
      if (mode === 'file') {
        if (!file) throw new Error('Choose a file first.');
        const form = new FormData();
        form.append('tlp', tlp);
        if (title.trim()) form.append('title', title.trim());
        if (published) form.append('published', published);
        if (chosen !== 'rules') form.append('extraction', chosen);
        form.append('file', file);
        body = form;
      } else if (mode === 'url') body = { url, tlp, ...(published ? { published } : {}), ...(chosen !== 'rules' ? { extraction: chosen } : {}) };
      else body = { text, tlp, ...(title ? { title } : {}), ...(published ? { published } : {}), ...(chosen !== 'rules' ? { extraction: chosen } : {}) };
      const started = await api<Pick<Draft, 'id' | 'status' | 'progress'>>('POST', '/drafts', body);
      setDraft(started);
      if (started.status === 'ready' || started.status === 'published') navigate(`/drafts/${encodeURIComponent(started.id)}`);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <>
      <h1>Ingest &amp; review</h1>
      {!canWrite && <p className="muted">Your role ({session.user.role}) may read drafts but not ingest; ask an editor.</p>}
      <form onSubmit={submit} className="card ingest-form" aria-labelledby="new-h">
        <h2 id="new-h">New document</h2>
        <div role="tablist" aria-label="Input" className="tabs">
          {(['text', 'file', 'url'] as Mode[]).map((m) => (
            <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? 'tab on' : 'tab'} onClick={() => setMode(m)}>
              {m === 'text' ? 'Paste text' : m === 'file' ? 'Upload file' : 'From URL'}
            </button>
          ))}
        </div>
        {mode === 'text' && (
          <>
            <label>Title (optional) <input value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" /></label>
            <label>Text <textarea name="text" rows={10} value={text} onChange={(e) => setText(e.target.value)} dir="auto" required placeholder="Paste an article, statement or advisory in any language" /></label>
          </>
        )}
        {mode === 'file' && (
          <>
            <label>Title (optional) <input value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" placeholder="else the document's own title" /></label>
            <label>File (txt, html, pdf) <input name="file" type="file" accept=".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} /></label>
          </>
        )}
        {mode === 'url' && <label>URL <input name="url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://…" /></label>}
        <label>Publication date (optional) <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
          <span className="muted small"> dates the claims whose text names no day (a dateline or a date in the text comes first)</span></label>
        {llmModel && (
          <label>Extraction{' '}
            <select name="extraction" value={extraction} onChange={(e) => setExtraction(e.target.value as Extraction)}>
              <option value="rules">rules</option>
              <option value="rules+llm">rules + LLM ({llmModel})</option>
            </select>
          </label>
        )}
        <div className="row">
          <button type="submit" disabled={!canWrite || draft?.status === 'processing'}>Extract</button>
          <span className="muted small">You choose the TLP once, when you publish the reviewed draft.</span>
        </div>
        {draft && draft.status === 'processing' && (
          <div className="progress" aria-live="polite">
            <progress max={100} value={draft.progress?.percent ?? 0} aria-label="Extraction progress" />
            <span>{draft.progress?.stage ?? 'starting'} · {Math.round(draft.progress?.percent ?? 0)}%</span>
          </div>
        )}
        {draft?.status === 'failed' && <p className="error" role="alert">Extraction failed: {draft.error}</p>}
        {chosen === 'rules+llm' && <p className="muted small">The LLM reads the text in parts; its claims must quote the text. If the endpoint fails, the draft keeps the rules' claims and says so.</p>}
        {error && <p className="error" role="alert">{error}</p>}
      </form>
      <section className="card" aria-labelledby="drafts-h">
        <h2 id="drafts-h">Drafts</h2>
        {drafts.error && <p className="muted">{drafts.error.message}</p>}
        <ul className="plain">
          {(drafts.data?.items ?? []).map((d) => (
            <li key={d.id}>
              <TlpBadge level={d.tlp} /> <Link to={`/drafts/${encodeURIComponent(d.id)}`}>{d.title ?? d.id}</Link>{' '}
              <span className="muted small">{d.status} · {d.created?.slice(0, 16).replace('T', ' ')}</span>
            </li>
          ))}
          {drafts.data && drafts.data.items.length === 0 && <li className="muted">No drafts.</li>}
        </ul>
      </section>
    </>
  );
}
