/**
 * Timeline of operations (campaigns, incidents) and statements (claims grouped across sources): statements per month by stance, then one
 * dated list, newest first, narrowed to a period.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { get, type Items, type StatementPage, type StixObject, type TimelinePoint } from '../api-client.ts';
import { StackedColumns, stacksOf } from '../components/charts.tsx';
import { StatementCard } from '../components/statement-card.tsx';
import { Link, objectPath } from '../components/link.tsx';
import { TlpBadge } from '../components/tlp-badge.tsx';
import { useApi } from '../hooks/use-api.ts';
import { HiddenNotice } from '../components/hidden-notice.tsx';
import { SelectionExportButtons } from '../components/export-buttons.tsx';
import { navigate } from '../hooks/use-route.ts';

const PAGE = 50;

type Operation = StixObject & { name?: string; first_seen?: string; last_seen?: string; description?: string };

export function TimelinePage({ from, to }: { from: string; to: string }) {
  const [f, setF] = useState(from);
  const [t, setT] = useState(to);
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [from, to]);
  const period = { from: from || undefined, to: to || undefined };
  const points = useApi((s) => get<{ points: TimelinePoint[] }>('/claims/timeline', { interval: 'month', ...period }, s), [from, to]);
  // statements (claims grouped across sources), so one statement reported five times is one entry
  const claims = useApi((s) => get<StatementPage>('/statements', { limit: 200, ...period }, s), [from, to]);
  const ops = useApi((s) => get<Items<Operation>>('/objects', { type: ['campaign', 'incident'], limit: 500 }, s), []);

  const opDate = (o: Operation) => String(o.first_seen ?? o.created ?? '').slice(0, 10);
  const operations = (ops.data?.items ?? []).filter((o) => (!from || opDate(o) >= from) && (!to || opDate(o) <= to));
  const entries: Array<{ date: string; key: string; node: ReactNode }> = [
    ...operations.map((o) => ({
      date: opDate(o), key: o.id,
      node: <div className="op"><TlpBadge object={o} /> <span className="kind-tag">{o.type}</span> <Link to={objectPath(o.id)}>{o.name ?? o.id}</Link>
        {o.last_seen && <span className="muted small"> until {String(o.last_seen).slice(0, 10)}</span>}</div>,
    })),
    ...(claims.data?.items ?? []).map((st) => ({ date: st.made_on ?? '', key: st.id, node: <StatementCard statement={st} names={claims.data?.names} /> })),
  ].sort((a, b) => b.date.localeCompare(a.date));

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (f) q.set('from', f);
    if (t) q.set('to', t);
    navigate(`/timeline${q.size ? `?${q}` : ''}`);
  };

  return (
    <>
      <h1>Timeline</h1>
      <HiddenNotice what="Claims and operations" />
      <form className="row" onSubmit={apply}>
        <label className="inline">From <input type="date" value={f} onChange={(e) => setF(e.target.value)} /></label>
        <label className="inline">To <input type="date" value={t} onChange={(e) => setT(e.target.value)} /></label>
        <button type="submit">Apply</button>
      </form>
      <SelectionExportButtons kind="statements" params={period} label={from || to ? 'Export the period’s claims' : 'Export all claims'} />
      <section className="card" aria-labelledby="tl-chart-h">
        <h2 id="tl-chart-h">Claims per month <span className="muted small">(statements: each counted once, whatever the number of sources)</span></h2>
        <StackedColumns title="Claims per month by stance" stacks={stacksOf(points.data?.points ?? [])} />
      </section>
      <section aria-labelledby="tl-list-h">
        <h2 id="tl-list-h">Operations and statements <span className="muted">({entries.length}{claims.data && claims.data.total > claims.data.items.length ? ` of ${claims.data.total} statements shown` : ''})</span></h2>
        <ol className="timeline">
          {entries.slice(0, shown).map((e) => <li key={e.key}>{e.date ? <time dateTime={e.date}>{e.date}</time> : <span className="date-unknown">date unknown</span>}{e.node}</li>)}
        </ol>
        {entries.length > shown && <button type="button" onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, entries.length - shown)} more</button>}
      </section>
    </>
  );
}
