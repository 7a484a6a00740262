/**
 * Entity page for any object (intrusion set, threat actor, country, sector, person/organisation,
 * report, claim): names and aliases, the claims about it FOR and AGAINST side by side (claimant,
 * date, source passage), what it is said to target, related objects and the reports that mention it.
 */
import { get, type AboutAnswer, type Claim, type GraphAnswer, type Items, type ObjectAnswer, type Session } from '../api-client.ts';
import { ClaimCard } from '../components/claim-card.tsx';
import { ENTITY_TYPES, EntityEditor } from '../components/entity-editor.tsx';
import { PartyStatements, SourceStatements, SubjectStatements } from '../components/statement-sections.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { FollowButton } from '../components/follow-button.tsx';
import { AddToCollection } from '../components/add-to-collection.tsx';
import { Link, objectPath } from '../components/link.tsx';
import { ObjectRef, typeLabel } from '../components/object-ref.tsx';
import { TlpBadge } from '../components/tlp-badge.tsx';
import { useApi } from '../hooks/use-api.ts';
import { seedName } from '../hooks/use-names.ts';
import { useRoute } from '../hooks/use-route.ts';
import { ClaimHistory } from '../components/claim-tools.tsx';
import { ReportSource } from '../components/report-source.tsx';

const PARTY_TYPES = new Set(['identity', 'location']);
const SUBJECT_TYPES = new Set(['intrusion-set', 'campaign', 'incident', 'threat-actor', 'malware', 'attack-pattern', 'tool']);

interface Alias { name: string; lang?: string; source?: string }

export function EntityPage({ id, session }: { id: string; session?: Session }) {
  const obj = useApi((s) => get<ObjectAnswer>(`/objects/${encodeURIComponent(id)}`, {}, s), [id]);
  const [type = ''] = id.split('--');
  const about = useApi(SUBJECT_TYPES.has(type) ? (s) => get<AboutAnswer>(`/claims/about/${encodeURIComponent(id)}`, {}, s) : null, [id]);
  const made = useApi(PARTY_TYPES.has(type) ? (s) => get<Items<Claim>>('/claims', { party: id, limit: 200 }, s) : null, [id]);
  const against = useApi(PARTY_TYPES.has(type) ? (s) => get<Items<Claim>>('/claims', { addressee: id, limit: 200 }, s) : null, [id]);
  const bySource = useApi(type === 'report' ? (s) => get<Items<Claim>>(`/claims/by-source/${encodeURIComponent(id)}`, { limit: 1000 }, s) : null, [id]);
  const claimId = useRoute().query.get('claim') ?? undefined;
  const graph = useApi((s) => get<GraphAnswer>(`/objects/${encodeURIComponent(id)}/graph`, { depth: 1, limit: 200 }, s), [id]);

  if (obj.error) {
    return (
      <>
        <h1>Not found</h1>
        <p className="muted">{obj.error.message}</p>
        <p role="note">Nothing here: either no such object exists, or it is marked for other organisations and not shared with yours (OpsTrack does not say which). <Link to="/visibility">What your organisation can see</Link></p>
      </>
    );
  }
  if (!obj.data) return <p className="muted">Loading…</p>;
  const o = obj.data.object;
  for (const n of graph.data?.nodes ?? []) if (n.name) seedName(n.id, { name: n.name, type: n.type, tlp: n.tlp });

  const aliases: Alias[] = Array.isArray(o.x_opstrack_aliases) ? o.x_opstrack_aliases : (o.aliases ?? []).map((name: string) => ({ name }));
  const claimsAbout: Claim[] = about.data ? [...about.data.for, ...about.data.against, ...about.data.other].flatMap((g) => g.claims) : [];
  const allClaims = [...claimsAbout, ...(made.data?.items ?? []), ...(against.data?.items ?? [])];
  const sectors = count(claimsAbout.flatMap((c) => c.targeted_sectors ?? []));
  const countries = count(claimsAbout.flatMap((c) => c.targeted_countries ?? []));
  const related = (graph.data?.nodes ?? []).filter((n) => n.id !== id);
  const relOf = new Map<string, string[]>();
  for (const e of graph.data?.edges ?? []) {
    const other = e.source === id ? e.target : e.source;
    const label = e.source === id ? e.relationship_type : `${e.relationship_type} (from)`;
    relOf.set(other, [...(relOf.get(other) ?? []), label]);
  }
  const targets = related.filter((n) => relOf.get(n.id)?.includes('targets'));
  const reports = [...new Set([...allClaims.map((c) => c.source_ref), ...related.filter((n) => n.type === 'report').map((n) => n.id)])].filter((r) => r !== id);

  return (
    <article className="entity">
      <header className="entity-head">
        <p className="muted kind">{typeLabel(o.type)}{o.identity_class ? ` · ${o.identity_class}` : ''}{o.country ? ` · ${o.country}` : ''}</p>
        <h1 dir="auto">{String(o.name ?? o.value ?? o.id)} <TlpBadge level={obj.data.tlp} object={o} /></h1>
        <p className="actions"><Link to={`/graph/${encodeURIComponent(id)}`}>Open in graph</Link> · <span className="muted small">{o.id}</span></p>
        <ExportButtons id={id} type={o.type} />
        <FollowButton id={id} />
        {session && session.user.role !== 'reader' && <AddToCollection id={id} />}
      </header>
      {aliases.length > 0 && (
        <section aria-labelledby="aliases-h">
          <h2 id="aliases-h">Aliases</h2>
          <ul className="chips">
            {aliases.map((a) => <li key={`${a.name}|${a.lang ?? ''}`} dir="auto" lang={a.lang} title={[a.source, a.lang].filter(Boolean).join(' · ')}>{a.name}{a.lang && <span className="muted small"> {a.lang}</span>}</li>)}
          </ul>
        </section>
      )}
      {typeof o.description === 'string' && <p className="description" dir="auto">{o.description}</p>}
      {o.type === 'x-opstrack-claim' && <ClaimCard claim={o as unknown as Claim} />}
      {o.type === 'x-opstrack-claim' && (
        <section aria-labelledby="history-h">
          <h2 id="history-h">History</h2>
          <ClaimHistory id={o.id} />
        </section>
      )}
      {o.type === 'report' && bySource.data && <ReportSource report={o} claims={bySource.data.items} claimId={claimId} dateAdded={obj.data.versions[0]?.dateAdded} />}

      {session && session.user.role !== 'reader' && ENTITY_TYPES.has(o.type) && <EntityEditor entity={o} onChanged={() => { obj.reload(); }} />}
      {SUBJECT_TYPES.has(type) && <SubjectStatements id={id} name={String(o.name ?? 'it')} />}
      {PARTY_TYPES.has(type) && <PartyStatements id={id} name={String(o.name ?? 'it')} />}
      {type === 'report' && <SourceStatements id={id} />}

      {(sectors.length > 0 || countries.length > 0 || targets.length > 0) && (
        <section aria-labelledby="targets-h">
          <h2 id="targets-h">Targets</h2>
          {sectors.length > 0 && <p>Sectors: {sectors.map(([s, n]) => <span className="chip" key={s}>{s} <b>{n}</b></span>)}</p>}
          {countries.length > 0 && <p>Countries: {countries.map(([s, n]) => <span className="chip" key={s}>{s} <b>{n}</b></span>)}</p>}
          {targets.length > 0 && <p>Related by “targets”: {targets.map((t) => <span className="chip" key={t.id}><ObjectRef id={t.id} name={t.name} /></span>)}</p>}
        </section>
      )}
      <div className="grid">
        <section className="card" aria-labelledby="related-h">
          <h2 id="related-h">Related objects</h2>
          {related.length === 0 && <p className="muted">None.</p>}
          <ul className="plain">
            {related.slice(0, 100).map((n) => (
              <li key={n.id}><TlpBadge level={n.tlp} /> <Link to={objectPath(n.id)}>{n.name ?? n.id}</Link> <span className="muted small">{typeLabel(n.type)} · {relOf.get(n.id)?.join(', ')}</span></li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="reports-h">
          <h2 id="reports-h">Reports that mention it</h2>
          {reports.length === 0 && <p className="muted">None.</p>}
          <ul className="plain">{reports.slice(0, 50).map((r) => <li key={r}><ObjectRef id={r} badge /></li>)}</ul>
        </section>
      </div>
      {o.type === 'report' && Array.isArray(o.object_refs) && (
        <section aria-labelledby="refs-h">
          <h2 id="refs-h">Objects in this report <span className="muted">({o.object_refs.length})</span></h2>
          <ul className="chips">{(o.object_refs as string[]).filter((r) => !r.startsWith('x-opstrack-claim--')).slice(0, 100).map((r) => <li key={r}><ObjectRef id={r} /></li>)}</ul>
        </section>
      )}
    </article>
  );
}

function count(values: string[]): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
}
