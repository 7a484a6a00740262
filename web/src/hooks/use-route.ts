/** A tiny history router: the path and query of the address bar, and navigate() to change them. */
import { useSyncExternalStore } from 'react';

const subscribers = new Set<() => void>();
const notify = () => { for (const fn of subscribers) fn(); };
window.addEventListener('popstate', notify);

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notify();
}

function snapshot(): string {
  return location.pathname + location.search;
}

export interface Route {
  path: string;
  query: URLSearchParams;
}

export function useRoute(): Route {
  const href = useSyncExternalStore((fn) => { subscribers.add(fn); return () => subscribers.delete(fn); }, snapshot);
  const url = new URL(href, location.origin);
  return { path: decodeURIComponent(url.pathname), query: url.searchParams };
}
