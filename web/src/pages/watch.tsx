/**
 * Watch: the user's notifications (new or changed claims and reports matching what they follow,
 * only what they may see), what they follow (entities, claimants, searches), and their webhooks
 * with each one's delivery log. The secret of a new webhook is shown once.
 */
import { useState, type FormEvent } from 'react';
import { api, get } from '../api-client.ts';
import { Link, objectPath } from '../components/link.tsx';
import { useApi } from '../hooks/use-api.ts';

interface Notification { id: string; object_id: string; version: string; change: string; summary: string; created_at: string; read_at: string | null }
interface Follow { id: string; kind: string; target: string; label: string }
interface Webhook { id: string; url: string; created_at: string }
interface Delivery { id: string; status: string; attempts: number; next_attempt_at: string; last_status: number | null; last_error: string | null; delivered_at: string | null }

function Deliveries({ id }: { id: string }) {
  const log = useApi((s) => get<{ items: Delivery[] }>(`/webhooks/${id}/deliveries`, undefined, s), [id]);
  if (!log.data) return null;
  if (log.data.items.length === 0) return <p className="muted small">No calls yet.</p>;
  return (
    <table className="small" aria-label="Delivery log">
      <thead><tr><th>Status</th><th>Attempts</th><th>Answer</th><th>When</th></tr></thead>
      <tbody>
        {log.data.items.map((d) => (
          <tr key={d.id}>
            <td>{d.status}</td><td>{d.attempts}</td><td>{d.last_status ?? d.last_error ?? ''}</td>
            <td>{d.delivered_at ?? `next ${d.next_attempt_at}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WatchPage() {
  const notifications = useApi((s) => get<{ items: Notification[] }>('/notifications', undefined, s), []);
  const follows = useApi((s) => get<{ items: Follow[] }>('/follows', undefined, s), []);
  const hooks = useApi((s) => get<{ items: Webhook[] }>('/webhooks', undefined, s), []);
  const [query, setQuery] = useState('');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<string>();
  const run = (fn: () => Promise<unknown>, then: () => void) => async (e?: FormEvent) => {
    e?.preventDefault();
    setError(undefined);
    try {
      await fn();
      then();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <>
      <h1>Watch</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <section aria-label="Notifications">
        <h2>Notifications</h2>
        <p className="muted small">New and changed claims and reports matching what you follow, among what your organisation may see.</p>
        {notifications.data?.items.length === 0 && <p className="muted">Nothing yet.</p>}
        <ul className="results">
          {notifications.data?.items.map((n) => (
            <li key={n.id} className={n.read_at ? 'muted' : ''}>
              <Link to={objectPath(n.object_id)}>{n.summary}</Link> <span className="muted small">{n.created_at.slice(0, 16).replace('T', ' ')}</span>
              {!n.read_at && <> <button type="button" className="link-button small" onClick={() => void run(() => api('POST', `/notifications/${n.id}/read`), notifications.reload)()}>mark read</button></>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Following">
        <h2>Following</h2>
        <ul className="results">
          {follows.data?.items.map((f) => (
            <li key={f.id}>
              {f.kind === 'search' ? <>search “{f.label}”</> : <><span className="muted small">{f.kind}</span> <Link to={objectPath(f.target)}>{f.label}</Link></>}
              {' '}<button type="button" className="link-button small" onClick={() => void run(() => api('DELETE', `/follows/${f.id}`), follows.reload)()}>stop</button>
            </li>
          ))}
        </ul>
        <form className="row" onSubmit={run(() => api('POST', '/follows', { kind: 'search', target: query }), () => { setQuery(''); follows.reload(); })}>
          <input aria-label="Search to follow" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="a name, an indicator, a phrase" className="grow" />
          <button type="submit" disabled={!query.trim()}>Follow this search</button>
        </form>
      </section>
      <section aria-label="Webhooks">
        <h2>Webhooks</h2>
        <p className="muted small">Each notification is POSTed as JSON, signed: <code>X-OpsTrack-Signature: sha256=HMAC(secret, X-OpsTrack-Timestamp + "." + body)</code>. Failed calls are retried with back-off.</p>
        <form className="row" onSubmit={run(async () => setSecret(((await api('POST', '/webhooks', { url })) as { secret: string }).secret), () => { setUrl(''); hooks.reload(); })}>
          <input aria-label="Webhook URL" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://example.org/opstrack" className="grow" />
          <button type="submit" disabled={!url.trim()}>Add webhook</button>
        </form>
        {secret && <p role="status">Secret (shown once): <code>{secret}</code></p>}
        {hooks.data?.items.map((h) => (
          <div key={h.id} className="card">
            <div><code>{h.url}</code> <button type="button" className="link-button small" onClick={() => void run(() => api('DELETE', `/webhooks/${h.id}`), hooks.reload)()}>remove</button></div>
            <Deliveries id={h.id} />
          </div>
        ))}
      </section>
    </>
  );
}
