/**
 * Follow or stop following an entity (or a claimant): new and changed claims and reports naming
 * it then appear under Watch, and go to the user's webhooks.
 */
import { useState } from 'react';
import { api, get } from '../api-client.ts';
import { useApi } from '../hooks/use-api.ts';

interface Follow { id: string; kind: 'entity' | 'claimant' | 'search'; target: string; label: string }

export function FollowButton({ id, kind = 'entity' }: { id: string; kind?: 'entity' | 'claimant' }) {
  const follows = useApi((s) => get<{ items: Follow[] }>('/follows', undefined, s), [id]);
  const [error, setError] = useState<string>();
  const mine = follows.data?.items.find((f) => f.kind === kind && f.target === id);
  const toggle = async () => {
    setError(undefined);
    try {
      if (mine) await api('DELETE', `/follows/${mine.id}`);
      else await api('POST', '/follows', { kind, target: id });
      follows.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!follows.data) return null;
  return (
    <span>
      <button type="button" aria-pressed={Boolean(mine)} onClick={() => void toggle()}>{mine ? 'Following' : 'Follow'}</button>
      {error && <span role="alert" className="error small"> {error}</span>}
    </span>
  );
}
