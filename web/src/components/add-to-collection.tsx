/**
 * "Add to collection" on an object's page: the collections the caller may write (not the default,
 * which holds everything), and a button that puts this object in the chosen one
 * (POST /api/collections/:cid/objects; the server decides, its refusal is shown).
 */
import { useState } from 'react';
import { api, get, type Items } from '../api-client.ts';
import { useApi } from '../hooks/use-api.ts';

interface Writable { id: string; title: string; is_default: boolean; can_write: boolean }

export function AddToCollection({ id }: { id: string }) {
  const collections = useApi((s) => get<Items<Writable>>('/collections', {}, s), []);
  const writable = (collections.data?.items ?? []).filter((c) => c.can_write && !c.is_default);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  if (writable.length === 0) return null;
  const add = async () => {
    const target = writable.find((c) => c.id === chosen);
    if (!target) return;
    try {
      await api('POST', `/collections/${target.id}/objects`, { ids: [id] });
      setMessage({ ok: true, text: `Added to ${target.title}.` });
    } catch (err) { setMessage({ ok: false, text: (err as Error).message }); }
  };
  return (
    <span className="row add-to-collection">
      <select aria-label="Collection to add this object to" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">collection…</option>
        {writable.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
      </select>
      <button type="button" className="small" disabled={!chosen} onClick={() => void add()}>Add to collection</button>
      {message && <span className={message.ok ? 'muted small' : 'error small'} role={message.ok ? 'status' : 'alert'}>{message.text}</span>}
    </span>
  );
}
