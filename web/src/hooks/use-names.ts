/**
 * Display names for STIX ids, fetched once per id through GET /api/objects/:id and cached for the
 * session. An id the viewer may not see stays unnamed (the API answers 404, as for an absent one).
 */
import { useEffect, useState } from 'react';
import { get, type ObjectAnswer } from '../api-client.ts';

export interface NameInfo { name: string; type: string; tlp?: string; object?: ObjectAnswer['object'] }

const cache = new Map<string, Promise<NameInfo | null>>();

export function seedName(id: string, info: NameInfo): void {
  if (!cache.has(id)) cache.set(id, Promise.resolve(info));
}

export function clearNames(): void {
  cache.clear();
}

export function lookup(id: string): Promise<NameInfo | null> {
  let p = cache.get(id);
  if (!p) {
    p = get<ObjectAnswer>(`/objects/${encodeURIComponent(id)}`).then(
      (a) => ({ name: String(a.object.name ?? a.object.value ?? id), type: a.object.type, tlp: a.tlp, object: a.object }),
      () => null,
    );
    cache.set(id, p);
  }
  return p;
}

export function useNames(ids: readonly string[]): Map<string, NameInfo> {
  const [names, setNames] = useState<Map<string, NameInfo>>(new Map());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let live = true;
    const unique = key ? key.split(',') : [];
    Promise.all(unique.map(async (id) => [id, await lookup(id)] as const)).then((pairs) => {
      if (!live) return;
      const m = new Map<string, NameInfo>();
      for (const [id, info] of pairs) if (info) m.set(id, info);
      setNames(m);
    });
    return () => { live = false; };
  }, [key]);
  return names;
}
