/**
 * Graph: an object's neighbourhood drawn with cytoscape (loaded only with this page). Click a node to
 * expand its neighbours, double-click to open it; filter by type and by period (the objects' first
 * seen / published / created dates). The node list beside it does the same from the keyboard.
 */
import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { get, type Claim, type GraphAnswer, type GraphEdge, type GraphNode, type Items, type StixObject } from '../api-client.ts';
import { Link, objectPath } from '../components/link.tsx';
import { typeLabel } from '../components/object-ref.tsx';
import { TlpBadge } from '../components/tlp-badge.tsx';
import { lookup } from '../hooks/use-names.ts';
import { navigate } from '../hooks/use-route.ts';

const COLOURS: Record<string, string> = {
  'intrusion-set': '#c2410c', 'threat-actor': '#b91c1c', location: '#15803d', identity: '#1d4ed8', report: '#6b7280',
  malware: '#7c3aed', tool: '#a16207', campaign: '#db2777', 'x-opstrack-claim': '#0f766e',
};

const PARTY_TYPES = new Set(['identity', 'location']);

/**
 * Claims as edges too (the knowledge base records attributions as claims, not relationships):
 * claimant -stance-> subject, subject -attributed to-> addressee, or claimant -stance-> addressee.
 */
async function claimEdges(at: string): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const [type = ''] = at.split('--');
  const queries = PARTY_TYPES.has(type) ? [{ party: at }, { addressee: at }] : [{ subject: at }];
  const pages = await Promise.all(queries.map((q) => get<Items<Claim>>('/claims', { ...q, limit: 100 }).catch(() => ({ items: [] as Claim[] }))));
  const edges: GraphEdge[] = [];
  const ids = new Set<string>();
  for (const c of pages.flatMap((p) => p.items)) {
    const subjects = c.subject_refs ?? [];
    for (const s of subjects) {
      edges.push({ id: `${c.id}|c|${s}`, source: c.claimant_ref, target: s, relationship_type: c.stance });
      ids.add(c.claimant_ref).add(s);
      for (const a of c.addressee_refs ?? []) {
        edges.push({ id: `${c.id}|a|${s}|${a}`, source: s, target: a, relationship_type: c.stance === 'denies' ? 'denied link to' : 'claimed link to' });
        ids.add(a);
      }
    }
    if (subjects.length === 0) {
      for (const a of c.addressee_refs ?? []) {
        edges.push({ id: `${c.id}|p|${a}`, source: c.speaks_for_ref ?? c.claimant_ref, target: a, relationship_type: c.stance });
        ids.add(c.speaks_for_ref ?? c.claimant_ref).add(a);
      }
    }
  }
  const nodes: GraphNode[] = [];
  await Promise.all([...ids].map(async (id) => {
    const info = await lookup(id);
    if (info) nodes.push({ id, type: info.type, name: info.name, tlp: info.tlp, depth: 1 });
  }));
  const seen = new Set(nodes.map((n) => n.id));
  // an edge to an object the viewer cannot see is dropped with it
  return { nodes, edges: edges.filter((e) => seen.has(e.source) && seen.has(e.target)) };
}

function dateOf(o: Record<string, unknown> | undefined): string | undefined {
  const v = o?.first_seen ?? o?.published ?? o?.created;
  return typeof v === 'string' ? v.slice(0, 10) : undefined;
}

export default function GraphPage({ id }: { id?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const [nodes, setNodes] = useState<Map<string, GraphNode>>(new Map());
  const [edges, setEdges] = useState<Map<string, GraphEdge>>(new Map());
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [dates, setDates] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string>();
  const [pick, setPick] = useState('');
  const [truncated, setTruncated] = useState(false);

  const expand = async (at: string) => {
    try {
      const [g, fromClaims] = await Promise.all([get<GraphAnswer>(`/objects/${encodeURIComponent(at)}/graph`, { depth: 1, limit: 150 }), claimEdges(at)]);
      g.nodes.push(...fromClaims.nodes);
      g.edges.push(...fromClaims.edges);
      setTruncated((t) => t || g.truncated);
      setNodes((m) => { const n = new Map(m); for (const x of g.nodes) if (!n.has(x.id)) n.set(x.id, x); return n; });
      setEdges((m) => { const n = new Map(m); for (const e of g.edges) n.set(e.id, e); return n; });
    } catch (err) {
      setError((err as Error).message);
    }
  };

  useEffect(() => {
    setNodes(new Map()); setEdges(new Map()); setError(undefined); setTruncated(false);
    if (id) void expand(id);
  }, [id]);

  // period filter needs each node's date: fetched once per node, only when a period is set
  useEffect(() => {
    if (!from && !to) return;
    let live = true;
    const missing = [...nodes.keys()].filter((n) => !dates.has(n));
    Promise.all(missing.map(async (n) => [n, dateOf((await lookup(n))?.object) ?? ''] as const)).then((pairs) => {
      if (live && pairs.length) setDates((d) => new Map([...d, ...pairs]));
    });
    return () => { live = false; };
  }, [nodes, from, to]);

  const types = useMemo(() => [...new Set([...nodes.values()].map((n) => n.type))].sort(), [nodes]);
  const visible = useMemo(() => [...nodes.values()].filter((n) => {
    if (n.id === id) return true;
    if (hidden.has(n.type)) return false;
    const d = dates.get(n.id);
    if (d && from && d < from) return false;
    if (d && to && d > to) return false;
    return true;
  }), [nodes, hidden, dates, from, to, id]);

  useEffect(() => {
    if (!box.current) return;
    const c = cytoscape({
      container: box.current,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', color: '#111827', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18 } },
        { selector: 'node.root', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#111827' } },
        { selector: 'edge', style: { width: 1.2, 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#6b7280' } },
      ],
      maxZoom: 1.8,
      minZoom: 0.2,
    });
    c.on('tap', 'node', (e) => void expand(e.target.id()));
    c.on('dbltap', 'node', (e) => navigate(objectPath(e.target.id())));
    cy.current = c;
    return () => { c.destroy(); cy.current = null; };
  }, []);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    const keep = new Set(visible.map((n) => n.id));
    c.batch(() => {
      c.elements().remove();
      c.add(visible.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.name ?? n.type, colour: COLOURS[n.type] ?? '#64748b' }, classes: n.id === id ? 'root' : '' })));
      c.add([...edges.values()].filter((e) => keep.has(e.source) && keep.has(e.target))
        .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, label: e.relationship_type } })));
    });
    c.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, padding: 30 } as cytoscape.LayoutOptions).run();
  }, [visible, edges, id]);

  const choose = async (e: FormEvent) => {
    e.preventDefault();
    if (!pick.trim()) return;
    const found = await get<Items<StixObject & { name?: string }>>('/search', { q: pick.trim(), limit: 1 });
    if (found.items[0]) navigate(`/graph/${encodeURIComponent(found.items[0].id)}`);
    else setError(`Nothing found for “${pick}”.`);
  };

  return (
    <>
      <h1>Graph</h1>
      <form className="row" onSubmit={choose} role="search">
        <input value={pick} onChange={(e) => setPick(e.target.value)} placeholder="Start from… (name or alias)" aria-label="Start the graph from" className="grow" />
        <button type="submit">Show</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="graph-layout">
        <div className="graph-box" ref={box} aria-label="Relationship graph (click a node to expand, double-click to open)" role="img" />
        <aside className="card graph-side">
          <fieldset>
            <legend>Types</legend>
            {types.map((t) => (
              <label key={t} className="inline"><input type="checkbox" checked={!hidden.has(t)} onChange={() => setHidden((h) => { const n = new Set(h); if (n.has(t)) n.delete(t); else n.add(t); return n; })} />
                <i className="swatch" style={{ background: COLOURS[t] ?? '#64748b' }} /> {typeLabel(t)}</label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Period</legend>
            <label className="inline">from <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
            <label className="inline">to <input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
          </fieldset>
          {truncated && <p className="muted small">Some neighbourhoods were cut at 150 nodes.</p>}
          <h2>Nodes ({visible.length})</h2>
          <ul className="plain node-list">
            {visible.map((n) => (
              <li key={n.id}><TlpBadge level={n.tlp} /> <Link to={objectPath(n.id)}>{n.name ?? n.id}</Link>{' '}
                <button type="button" className="link-button small" onClick={() => void expand(n.id)} aria-label={`Expand ${n.name ?? n.id}`}>expand</button></li>
            ))}
          </ul>
          {!id && <p className="muted">Pick an object to start from.</p>}
        </aside>
      </div>
    </>
  );
}
