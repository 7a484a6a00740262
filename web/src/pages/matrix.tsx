/**
 * The accuser-by-accused matrix as a heat map: rows are the parties making attributions or
 * accusations, columns those addressed; a cell's shade is its count, and opening it lists the
 * claims behind it. The export buttons give the claims behind the open cell, else behind the whole
 * matrix, with the same filters (GET /api/export/statements).
 */
import { useState } from 'react';
import { get, type MatrixCell, type StatementPage } from '../api-client.ts';
import { StatementCard } from '../components/statement-card.tsx';
import { Link, objectPath } from '../components/link.tsx';
import { useApi } from '../hooks/use-api.ts';
import { HiddenNotice } from '../components/hidden-notice.tsx';
import { SelectionExportButtons } from '../components/export-buttons.tsx';

const ACCUSING = ['attributes', 'accuses'];

export function MatrixPage() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [rollup, setRollup] = useState(false);
  const [sector, setSector] = useState('');
  const filters = { from: from || undefined, to: to || undefined, sector: sector.trim() || undefined, rollup };
  const matrix = useApi((s) => get<{ cells: MatrixCell[] }>('/claims/matrix', filters, s), [from, to, sector, rollup]);
  const [open, setOpen] = useState<MatrixCell>();
  // the selection: the open cell's statements, else the whole matrix's (what the export buttons give)
  const selection = { stance: ACCUSING, ...(open ? { party: open.party_ref, addressee: open.addressee_ref } : {}), ...filters };
  const claims = useApi(open ? (s) => get<StatementPage>('/statements', { ...selection, limit: 200 }, s) : null, [open?.party_ref, open?.addressee_ref, from, to, sector, rollup]);

  const cells = matrix.data?.cells ?? [];
  const rows = order(cells.map((c) => [c.party_ref, c.party_name ?? c.party_ref] as const), cells, 'party_ref');
  const cols = order(cells.map((c) => [c.addressee_ref, c.addressee_name ?? c.addressee_ref] as const), cells, 'addressee_ref');
  const at = new Map(cells.map((c) => [`${c.party_ref}|${c.addressee_ref}`, c]));
  const max = Math.max(1, ...cells.map((c) => c.count));

  return (
    <>
      <h1>Accuser × accused</h1>
      <p className="muted">Attributing and accusing statements (one statement reported by several sources counts once), by the party making them (rows) and the party addressed (columns). Open a cell to read the statements behind it.</p>
      <HiddenNotice what="Claims" />
      <div className="row">
        <label className="inline">From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label className="inline">To <input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
        <label className="inline">Sector <input value={sector} onChange={(e) => { setSector(e.target.value); setOpen(undefined); }} placeholder="telecommunications" size={16} /></label>
        <label className="inline"><input type="checkbox" checked={rollup} onChange={(e) => { setRollup(e.target.checked); setOpen(undefined); }} /> Agencies under their state</label>
      </div>
      {cells.length > 0 && !open && <SelectionExportButtons kind="statements" params={selection} label="Export the matrix" />}
      {matrix.error && <p className="error">{matrix.error.message}</p>}
      {!matrix.loading && cells.length === 0 && <p className="muted">No attributions recorded.</p>}
      {cells.length > 0 && (
        <div className="matrix-wrap">
          <table className="matrix">
            <thead>
              <tr><th scope="col" className="corner">accuser ↓ / accused →</th>{cols.map(([id, name]) => <th key={id} scope="col" className="col-head"><span><Link to={objectPath(id)}>{name}</Link></span></th>)}</tr>
            </thead>
            <tbody>
              {rows.map(([rid, rname]) => (
                <tr key={rid}>
                  <th scope="row"><Link to={objectPath(rid)}>{rname}</Link></th>
                  {cols.map(([cid, cname]) => {
                    const c = at.get(`${rid}|${cid}`);
                    if (!c) return <td key={cid} className="empty" />;
                    const shade = 0.12 + 0.88 * Math.sqrt(c.count / max); // sqrt: single claims stay visible beside big cells
                    const isOpen = open?.party_ref === rid && open?.addressee_ref === cid;
                    return (
                      <td key={cid}>
                        <button type="button" className={`cell${isOpen ? ' open' : ''}`} style={{ background: `rgba(185, 28, 28, ${shade})`, color: shade > 0.55 ? '#fff' : '#111827' }}
                          aria-label={`${rname} → ${cname}: ${c.count} claim statement${c.count === 1 ? '' : 's'}`} data-cell={`${rname}→${cname}`}
                          onClick={() => setOpen(isOpen ? undefined : c)}>{c.count}</button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <section className="card" aria-labelledby="cell-h" aria-live="polite">
          <h2 id="cell-h">{open.party_name} → {open.addressee_name} <span className="muted">({open.count})</span></h2>
          <SelectionExportButtons kind="statements" params={selection} label={`Export ${open.party_name ?? open.party_ref} → ${open.addressee_name ?? open.addressee_ref}`} />
          {claims.loading && <p className="muted">Loading…</p>}
          {(claims.data?.items ?? []).map((st) => <StatementCard key={st.id} statement={st} names={claims.data?.names} />)}
        </section>
      )}
    </>
  );
}

/** Distinct ids, busiest first. */
function order(pairs: ReadonlyArray<readonly [string, string]>, cells: MatrixCell[], key: 'party_ref' | 'addressee_ref'): Array<[string, string]> {
  const total = new Map<string, number>();
  for (const c of cells) total.set(c[key], (total.get(c[key]) ?? 0) + c.count);
  const names = new Map(pairs);
  return [...names].sort((a, b) => (total.get(b[0]) ?? 0) - (total.get(a[0]) ?? 0) || a[1].localeCompare(b[1]));
}
