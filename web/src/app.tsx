/**
 * The app shell: asks the server who is signed in, shows the login page otherwise, and routes the
 * address bar to a page. The graph page (and cytoscape with it) loads only when opened.
 */
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { logout, onUnauthorized, whoami, type Session } from './api-client.ts';
import { Link } from './components/link.tsx';
import { clearNames } from './hooks/use-names.ts';
import { navigate, useRoute } from './hooks/use-route.ts';
import { AdminPage } from './pages/admin.tsx';
import { DashboardPage } from './pages/dashboard.tsx';
import { EntityPage } from './pages/entity.tsx';
import { IngestPage } from './pages/ingest.tsx';
import { LoginPage } from './pages/login.tsx';
import { MatrixPage } from './pages/matrix.tsx';
import { ReviewPage } from './pages/review.tsx';
import { SearchPage } from './pages/search.tsx';
import { SharingPage } from './pages/sharing.tsx';
import { TimelinePage } from './pages/timeline.tsx';
import { WatchPage } from './pages/watch.tsx';
import { VisibilityPage } from './pages/visibility.tsx';
import { SessionContext } from './hooks/use-session.ts';

const GraphPage = lazy(() => import('./pages/graph.tsx'));

const NAV: Array<[string, string]> = [
  ['/', 'Dashboard'], ['/search', 'Search'], ['/ingest', 'Ingest & review'], ['/graph', 'Graph'],
  ['/timeline', 'Timeline'], ['/matrix', 'Matrix'], ['/watch', 'Watch'], ['/sharing', 'Sharing'], ['/admin', 'Admin'],
];

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [error, setError] = useState<string>();
  useEffect(() => {
    whoami().then(setSession, (e: Error) => setError(e.message));
    return onUnauthorized(() => setSession(null));
  }, []);
  if (error) return <main className="page"><p role="alert" className="error">Server unreachable: {error}</p></main>;
  if (session === undefined) return <main className="page muted">Loading…</main>;
  if (session === null) return <LoginPage onLogin={(s) => { clearNames(); setSession(s); }} />;
  return <Shell session={session} onLogout={() => { clearNames(); setSession(null); }} />;
}

function Shell({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const { path, query } = useRoute();
  const searchRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState(path === '/search' ? query.get('q') ?? '' : '');

  useEffect(() => {
    // "/" focuses the search box from anywhere but a text field
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (t.closest('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  const doLogout = async () => {
    await logout().catch(() => undefined);
    onLogout();
    navigate('/');
  };

  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">OpsTrack</Link>
        <nav aria-label="Main">
          {NAV.map(([to, label]) => (
            <Link key={to} to={to} aria-current={(to === '/' ? path === '/' : path.startsWith(to)) ? 'page' : undefined}>{label}</Link>
          ))}
        </nav>
        <form role="search" onSubmit={submit} className="topsearch">
          <input ref={searchRef} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search  ( / )" aria-label="Search names, aliases and reports" />
        </form>
        <Link to="/visibility" className="who" title={`role ${session.user.role}: what your organisation can see`}>{session.user.name} · {session.user.orgName}</Link>
        <button type="button" className="link-button" onClick={doLogout}>Log out</button>
      </header>
      <main className="page" id="main">
        <SessionContext.Provider value={session}>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Page path={path} query={query} session={session} />
          </Suspense>
        </SessionContext.Provider>
      </main>
    </>
  );
}

function Page({ path, query, session }: { path: string; query: URLSearchParams; session: Session }) {
  const [, section, rest] = /^\/([^/]*)\/?(.*)$/.exec(path) ?? [];
  switch (section) {
    case '': return <DashboardPage />;
    case 'search': return <SearchPage q={query.get('q') ?? ''} filters={{
      type: query.get('type') ?? '', tlp: query.get('tlp') ?? '', lang: query.get('lang') ?? '', since: query.get('since') ?? '', until: query.get('until') ?? '',
    }} />;
    // a new version (?version=, after a correction) loads the page again
    case 'objects': return rest ? <EntityPage key={query.get('version') ?? ''} id={rest} session={session} /> : <NotFound />;
    case 'ingest': return <IngestPage session={session} />;
    case 'drafts': return rest ? <ReviewPage id={rest} session={session} /> : <NotFound />;
    case 'graph': return <GraphPage id={rest || undefined} />;
    case 'timeline': return <TimelinePage from={query.get('from') ?? ''} to={query.get('to') ?? ''} />;
    case 'matrix': return <MatrixPage />;
    case 'watch': return <WatchPage />;
    case 'sharing': return <SharingPage session={session} />;
    case 'admin': return <AdminPage session={session} />;
    case 'visibility': return <VisibilityPage session={session} />;
    default: return <NotFound />;
  }
}

function NotFound() {
  return <><h1>Not found</h1><p><Link to="/">Back to the dashboard</Link></p></>;
}
