/**
 * Administration: organisations, users and API tokens (TAXII collections are on the Sharing page).
 * Admin-only actions are offered to admins; the server decides anyway (a 403 is shown as such).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, get, type Items, type Session } from '../api-client.ts';
import { Link } from '../components/link.tsx';
import { useApi } from '../hooks/use-api.ts';

interface Org { id: string; name: string; created: string }
interface User { id: string; name: string; orgId: string; orgName: string; role: string; disabled: boolean; created: string }
interface Token { id: string; userName?: string; name: string; prefix: string; created: string; lastUsed: string | null; revoked: string | null }

export function AdminPage({ session }: { session: Session }) {
  const isAdmin = session.user.role === 'admin';
  const orgs = useApi((s) => get<Items<Org>>('/orgs', {}, s), []);
  const users = useApi(isAdmin ? (s) => get<Items<User>>('/users', {}, s) : null, []);
  const tokens = useApi((s) => get<Items<Token>>('/tokens', {}, s), []);
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<string>();

  const run = (fn: () => Promise<unknown>, then: () => void) => async (e?: FormEvent) => {
    e?.preventDefault();
    setError(undefined);
    try { await fn(); then(); } catch (err) { setError((err as Error).message); }
  };

  const [orgName, setOrgName] = useState('');
  const [nu, setNu] = useState({ name: '', org: '', role: 'reader', password: '' });
  const [tokenName, setTokenName] = useState('');

  return (
    <>
      <h1>Admin</h1>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="grid">
        <Panel title="Organisations">
          <table className="table"><tbody>{(orgs.data?.items ?? []).map((o) => <tr key={o.id}><td>{o.name}</td><td className="muted small">{o.created?.slice(0, 10)}</td></tr>)}</tbody></table>
          {isAdmin && (
            <form className="row" onSubmit={run(() => api('POST', '/orgs', { name: orgName }), () => { setOrgName(''); orgs.reload(); })}>
              <input aria-label="New organisation name" placeholder="new organisation" value={orgName} onChange={(e) => setOrgName(e.target.value)} required />
              <button type="submit">Add</button>
            </form>
          )}
        </Panel>
        <Panel title="Users">
          {!isAdmin && <p className="muted">Only admins manage users.</p>}
          {users.data && (
            <table className="table">
              <thead><tr><th>name</th><th>organisation</th><th>role</th><th /></tr></thead>
              <tbody>{users.data.items.map((u) => (
                <tr key={u.id} className={u.disabled ? 'muted' : ''}>
                  <td>{u.name}</td><td>{u.orgName}</td>
                  <td><select aria-label={`Role of ${u.name}`} value={u.role} onChange={(e) => void run(() => api('PATCH', `/users/${u.id}`, { role: e.target.value }), users.reload)()}>
                    {['reader', 'editor', 'admin'].map((r) => <option key={r}>{r}</option>)}</select></td>
                  <td><button type="button" className="link-button small" onClick={() => void run(() => api('PATCH', `/users/${u.id}`, { disabled: !u.disabled }), users.reload)()}>{u.disabled ? 'enable' : 'disable'}</button></td>
                </tr>
              ))}</tbody>
            </table>
          )}
          {isAdmin && (
            <form className="stack" onSubmit={run(() => api('POST', '/users', { ...nu, password: nu.password || undefined }), () => { setNu({ name: '', org: '', role: 'reader', password: '' }); users.reload(); })}>
              <div className="row">
                <input aria-label="User name" placeholder="name" value={nu.name} onChange={(e) => setNu({ ...nu, name: e.target.value })} required />
                <select aria-label="Organisation" value={nu.org} onChange={(e) => setNu({ ...nu, org: e.target.value })} required>
                  <option value="">organisation…</option>{(orgs.data?.items ?? []).map((o) => <option key={o.id} value={o.name}>{o.name}</option>)}
                </select>
                <select aria-label="Role" value={nu.role} onChange={(e) => setNu({ ...nu, role: e.target.value })}>{['reader', 'editor', 'admin'].map((r) => <option key={r}>{r}</option>)}</select>
              </div>
              <div className="row">
                <input aria-label="Password" type="password" placeholder="password (8+)" minLength={8} value={nu.password} onChange={(e) => setNu({ ...nu, password: e.target.value })} />
                <button type="submit">Add user</button>
              </div>
            </form>
          )}
        </Panel>
        <Panel title="Your API tokens">
          <table className="table">
            <thead><tr><th>name</th><th>prefix</th><th>last used</th><th /></tr></thead>
            <tbody>{(tokens.data?.items ?? []).map((t) => (
              <tr key={t.id} className={t.revoked ? 'muted' : ''}>
                <td>{t.name || '—'}</td><td><code>{t.prefix}</code></td><td className="small">{t.lastUsed?.slice(0, 16).replace('T', ' ') ?? 'never'}</td>
                <td>{t.revoked ? 'revoked' : <button type="button" className="link-button small" onClick={() => void run(() => api('DELETE', `/tokens/${t.id}`), tokens.reload)()}>revoke</button>}</td>
              </tr>
            ))}</tbody>
          </table>
          <form className="row" onSubmit={run(async () => setSecret((await api<{ token: string }>('POST', '/tokens', { name: tokenName })).token), () => { setTokenName(''); tokens.reload(); })}>
            <input aria-label="Token name" placeholder="token name" value={tokenName} onChange={(e) => setTokenName(e.target.value)} />
            <button type="submit">Create token</button>
          </form>
          {secret && <p className="notice">New token (shown once): <code className="secret">{secret}</code></p>}
        </Panel>
        <Panel title="TAXII collections">
          <p>The TAXII addresses, collections with their readers, writers and objects, and sharing with organisations are on the <Link to="/sharing">Sharing page</Link>.</p>
        </Panel>
      </div>
    </>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const id = `p-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return <section className="card" aria-labelledby={id}><h2 id={id}>{title}</h2>{children}</section>;
}
