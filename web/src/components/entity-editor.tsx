/**
 * Fixing an entity (PATCH/DELETE /api/entities/:id, .../merge, .../split): rename it and edit its
 * description and aliases, merge a duplicate into it, split names off into a new entity, delete one
 * made by mistake, and read its history. Every change is a new version; the server refuses what the
 * user's organisation may not write, and the answer is shown as it comes.
 */
import { useState, type FormEvent } from 'react';
import { api, get, type Items, type StixObject } from '../api-client.ts';
import { useApi } from '../hooks/use-api.ts';
import { clearNames } from '../hooks/use-names.ts';
import { Link, objectPath } from './link.tsx';

export const ENTITY_TYPES = new Set(['identity', 'location', 'intrusion-set', 'threat-actor', 'campaign', 'malware', 'tool', 'attack-pattern', 'incident', 'infrastructure']);

interface Alias { name: string; lang?: string; source?: string; relation?: 'same' | 'overlap' }
type Entity = StixObject & Record<string, any>;

function aliasesOf(o: Entity): Alias[] {
  return Array.isArray(o.x_opstrack_aliases) ? o.x_opstrack_aliases : (o.aliases ?? []).map((name: string) => ({ name }));
}

export function EntityEditor({ entity, onChanged }: { entity: Entity; onChanged: () => void }) {
  const [open, setOpen] = useState<'edit' | 'merge' | 'split' | 'delete' | 'history' | undefined>();
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const run = async (label: string, fn: () => Promise<string | undefined>) => {
    setMessage(undefined);
    try {
      const done = await fn();
      clearNames();
      setMessage({ text: done ?? `${label}: saved` });
      setOpen(undefined);
      onChanged();
    } catch (err) {
      setMessage({ text: `${label}: ${(err as Error).message}`, error: true });
    }
  };
  const path = `/entities/${encodeURIComponent(entity.id)}`;
  if (entity.revoked) {
    return <p className="notice" role="status">This entity was {entity.x_opstrack_merged_into ? <>merged into <Link to={objectPath(entity.x_opstrack_merged_into)}>another entity</Link></> : 'deleted'}; its history stays.</p>;
  }
  const tab = (k: NonNullable<typeof open>, text: string) => <button type="button" aria-pressed={open === k} onClick={() => setOpen(open === k ? undefined : k)}>{text}</button>;
  return (
    <section className="card entity-editor" aria-label="Fix this entity">
      <div className="row">
        <strong>Fix this entity:</strong> {tab('edit', 'Edit')} {tab('merge', 'Merge a duplicate')} {tab('split', 'Split')} {tab('delete', 'Delete')} {tab('history', 'History')}
      </div>
      {message && <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>{message.text}</p>}
      {open === 'edit' && <EditForm entity={entity} onSave={(body) => run('Edit', async () => { await api('PATCH', path, body); return undefined; })} />}
      {open === 'merge' && <MergeForm entity={entity} onMerge={(from, name) => run('Merge', async () => {
        const r = await api<{ repointed: string[]; kept: string[] }>('POST', `${path}/merge`, { from });
        return `Merged ${name}: ${r.repointed.length} object(s) now point here${r.kept.length ? `, ${r.kept.length} of other organisations unchanged` : ''}.`;
      })} />}
      {open === 'split' && <SplitForm entity={entity} onSplit={(body) => run('Split', async () => {
        const r = await api<{ created: StixObject & { name?: string }; moved: string[] }>('POST', `${path}/split`, body);
        return `Split off ${r.created.name ?? r.created.id}: ${r.moved.length} reference(s) moved to it.`;
      })} />}
      {open === 'delete' && (
        <p>Delete “{String(entity.name)}”? It is revoked (a new version), so the mistake and its correction stay on record.{' '}
          <button type="button" className="danger" onClick={() => run('Delete', async () => { await api('DELETE', path); return 'Deleted.'; })}>Confirm delete</button></p>
      )}
      {open === 'history' && <History id={entity.id} />}
    </section>
  );
}

function EditForm({ entity, onSave }: { entity: Entity; onSave: (body: Record<string, unknown>) => void }) {
  const [name, setName] = useState(String(entity.name ?? ''));
  const [description, setDescription] = useState(String(entity.description ?? ''));
  const [aliases, setAliases] = useState(aliasesOf(entity).map((a) => (a.lang ? `${a.name} [${a.lang}]` : a.name)).join('\n'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const known = new Map(aliasesOf(entity).map((a) => [a.name, a]));
    const list = aliases.split('\n').map((l) => l.trim()).filter(Boolean).map((line) => {
      const m = /^(.*?)\s*\[([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\]$/.exec(line);
      const alias: Alias = m ? { name: m[1]!, lang: m[2] } : { name: line };
      const before = known.get(alias.name);
      return before ? { ...before, ...alias } : alias;
    });
    onSave({ name, description: description.trim() ? description : null, aliases: list });
  };
  return (
    <form onSubmit={submit} className="stack">
      <label>Name <input value={name} onChange={(e) => setName(e.target.value)} required /></label>
      <label>Description <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} /></label>
      <label>Aliases, one per line (language in brackets: “Vương Lỗi [vi]”) <textarea value={aliases} onChange={(e) => setAliases(e.target.value)} rows={4} /></label>
      <button type="submit" className="primary">Save</button>
    </form>
  );
}

function MergeForm({ entity, onMerge }: { entity: Entity; onMerge: (from: string, name: string) => void }) {
  const [q, setQ] = useState('');
  const found = useApi(q.trim().length >= 2 ? (s) => get<Items<Entity>>('/search', { q: q.trim(), type: [entity.type], limit: 20 }, s) : null, [q]);
  const others = (found.data?.items ?? []).filter((o) => o.id !== entity.id && !o.revoked);
  return (
    <div>
      <label>Find the duplicate (same type) <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="name or alias" /></label>
      <p className="muted small">The duplicate is revoked; its names become aliases here and what your organisation wrote about it points here.</p>
      <ul className="plain">
        {others.map((o) => (
          <li key={o.id}><Link to={objectPath(o.id)}>{String(o.name ?? o.id)}</Link> <span className="muted small">{o.id}</span>{' '}
            <button type="button" onClick={() => onMerge(o.id, String(o.name ?? o.id))}>Merge into this</button></li>
        ))}
      </ul>
    </div>
  );
}

interface Reference { id: string; type: string; label: string; names: string[]; writable: boolean }

/**
 * Split: the new entity's name, the aliases it takes, and which references move to it. A reference
 * is proposed (ticked) when its text uses a moving name and none of the names that stay; the user
 * ticks or unticks any; another organisation's cannot move and is shown so.
 */
function SplitForm({ entity, onSplit }: { entity: Entity; onSplit: (body: Record<string, unknown>) => void }) {
  const all = aliasesOf(entity);
  const [moving, setMoving] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<Record<string, boolean>>({});
  const refs = useApi((s) => get<{ items: Reference[] }>(`/entities/${encodeURIComponent(entity.id)}/references`, {}, s), [entity.id]);
  const key = (n: string) => n.normalize('NFKC').trim().toLowerCase();
  const goes = new Set([...moving, name].filter((n) => n.trim()).map(key));
  const stays = [String(entity.name ?? ''), ...all.map((a) => a.name)].filter((n) => n && !goes.has(key(n))).map(key);
  const proposed = (r: Reference) => r.writable && r.names.some((n) => goes.has(key(n))) && !r.names.some((n) => stays.includes(key(n)));
  const checked = (r: Reference) => r.writable && (picked[r.id] ?? proposed(r));
  const items = refs.data?.items ?? [];
  return (
    <form className="stack" onSubmit={(e) => { e.preventDefault(); onSplit({ name, aliases: moving, move: items.filter(checked).map((r) => r.id) }); }}>
      <label>Name of the new entity <input value={name} onChange={(e) => setName(e.target.value)} required /></label>
      <fieldset><legend>Aliases that move to it</legend>
        {all.length === 0 && <p className="muted">No aliases.</p>}
        {all.map((a) => (
          <label key={a.name} className="inline"><input type="checkbox" checked={moving.includes(a.name)} onChange={() => setMoving(moving.includes(a.name) ? moving.filter((x) => x !== a.name) : [...moving, a.name])} /> {a.name}</label>
        ))}
      </fieldset>
      <fieldset aria-label="References that move to it"><legend>References that move to it</legend>
        <p className="muted small">Ticked: those whose text names only what moves. Each one ticked gets a new version pointing at the new entity; the rest stay here.</p>
        {refs.loading && !refs.data && <p className="muted">Loading…</p>}
        {refs.data && items.length === 0 && <p className="muted">Nothing you can see refers to this entity.</p>}
        <ul className="plain">
          {items.map((r) => (
            <li key={r.id} data-ref={r.id}>
              <label className="inline">
                <input type="checkbox" disabled={!r.writable} checked={checked(r)} onChange={() => setPicked({ ...picked, [r.id]: !checked(r) })} />{' '}
                <span className="muted small">{r.type === 'x-opstrack-claim' ? 'claim' : r.type}</span> <span dir="auto">{r.label}</span>
                {r.names.length > 0 && <span className="muted small"> · names {r.names.join(', ')}</span>}
                {!r.writable && <span className="muted small"> · another organisation's: stays</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="primary">Split</button>
    </form>
  );
}

function History({ id }: { id: string }) {
  const h = useApi((s) => get<{ versions: Entity[] }>(`/entities/${encodeURIComponent(id)}/history`, {}, s), [id]);
  return (
    <ol className="plain history">
      {(h.data?.versions ?? []).map((v) => (
        <li key={String(v.modified)}><time dateTime={String(v.modified)}>{String(v.modified).slice(0, 19).replace('T', ' ')}</time> · {String(v.name ?? '')}
          {v.revoked ? <b> · revoked{v.x_opstrack_merged_into ? ' (merged)' : ''}</b> : ''}
          {aliasesOf(v).length > 0 && <span className="muted small"> · aliases: {aliasesOf(v).map((a) => a.name).join(', ')}</span>}</li>
      ))}
    </ol>
  );
}
