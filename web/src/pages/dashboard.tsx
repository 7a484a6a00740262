/**
 * Dashboard: latest reports, contested attributions, claims per month and the most-targeted
 * sectors (counted over the latest claims the viewer can see).
 */
import { HiddenNotice } from '../components/hidden-notice.tsx';
import { useEffect } from 'react';
import { get, type Claim, type ContestedItem, type Items, type StixObject, type TimelinePoint } from '../api-client.ts';
import { BarChart, StackedColumns, stacksOf } from '../components/charts.tsx';
import { Link, objectPath } from '../components/link.tsx';
import { TlpBadge } from '../components/tlp-badge.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useNames } from '../hooks/use-names.ts';

import { DASHBOARD_QUERIES, SECTOR_SAMPLE } from './dashboard-queries.ts';

const Q = DASHBOARD_QUERIES;

type Report = StixObject & { name?: string; published?: string; modified?: string; object_refs?: string[] };

export function DashboardPage() {
  const reports = useApi((s) => get<Items<Report>>(Q.reports[0], Q.reports[1], s), []);
  const contested = useApi((s) => get<Items<ContestedItem>>(Q.contested[0], Q.contested[1], s), []);
  const timeline = useApi((s) => get<{ points: TimelinePoint[] }>(Q.timeline[0], Q.timeline[1], s), []);
  const claims = useApi((s) => get<Items<Claim>>(Q.claims[0], Q.claims[1], s), []);

  const identityRefs = (reports.data?.items ?? []).flatMap((r) => (r.object_refs ?? []).filter((x) => x.startsWith('identity--')));
  const names = useNames(identityRefs);
  const ready = !reports.loading && !contested.loading && !timeline.loading && !claims.loading;
  useEffect(() => {
    // first-load figure for the perf test: when every panel has its data
    if (ready && performance.getEntriesByName('dashboard-ready').length === 0) performance.mark('dashboard-ready');
  }, [ready]);

  const latest = [...(reports.data?.items ?? [])]
    .sort((a, b) => String(b.published ?? b.modified).localeCompare(String(a.published ?? a.modified)))
    .slice(0, 8);
  // a sector counts once per claim naming it as targeted and once per report mentioning it
  const sectorCounts = new Map<string, number>();
  for (const c of claims.data?.items ?? []) for (const s of c.targeted_sectors ?? []) sectorCounts.set(s, (sectorCounts.get(s) ?? 0) + 1);
  for (const r of reports.data?.items ?? []) {
    for (const ref of new Set((r.object_refs ?? []).filter((x) => x.startsWith('identity--')))) {
      const info = names.get(ref);
      const sector = info?.object?.identity_class === 'class' ? String(info.object.x_opstrack_sector ?? info.name) : undefined;
      if (sector) sectorCounts.set(sector, (sectorCounts.get(sector) ?? 0) + 1);
    }
  }
  const sectors = [...sectorCounts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([label, value]) => ({ label, value }));

  return (
    <>
      <h1>Dashboard</h1>
      <HiddenNotice what="Reports and claims" />
      <div className="grid">
        <section className="card" aria-labelledby="latest-h">
          <h2 id="latest-h">Latest reports</h2>
          {reports.error && <p className="error">{reports.error.message}</p>}
          <ul className="plain">
            {latest.map((r) => (
              <li key={r.id}>
                <TlpBadge object={r} /> <Link to={objectPath(r.id)}>{r.name ?? r.id}</Link>{' '}
                <span className="muted">{String(r.published ?? r.modified ?? '').slice(0, 10)}</span>
              </li>
            ))}
            {!reports.loading && latest.length === 0 && <li className="muted">No reports yet. <Link to="/ingest">Ingest one</Link>.</li>}
          </ul>
        </section>
        <section className="card" aria-labelledby="contested-h">
          <h2 id="contested-h">Contested attributions</h2>
          <table className="table">
            <thead><tr><th scope="col">Subject</th><th scope="col">accusing</th><th scope="col">denying</th></tr></thead>
            <tbody>
              {(contested.data?.items ?? []).map((c) => (
                <tr key={c.subject_ref}>
                  <td><Link to={objectPath(c.subject_ref)}>{c.subject_name ?? c.subject_ref}</Link></td>
                  <td className="num">{c.accusing}</td><td className="num">{c.denying}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!contested.loading && !contested.data?.items.length && <p className="muted">Nothing contested yet.</p>}
        </section>
        <section className="card" aria-labelledby="months-h">
          <h2 id="months-h">Claims per month</h2>
          <StackedColumns title="Claims per month by stance" stacks={stacksOf(timeline.data?.points ?? [])} />
        </section>
        <section className="card" aria-labelledby="sectors-h">
          <h2 id="sectors-h">Most-targeted sectors</h2>
          <BarChart title="Claims and reports naming each targeted sector" bars={sectors} />
          <p className="muted small">Claims naming a targeted sector (latest {SECTOR_SAMPLE} you can see) and reports mentioning one.</p>
        </section>
      </div>
    </>
  );
}
