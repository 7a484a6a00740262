/**
 * Export links for a report or an entity page: the STIX bundle, the claims as CSV, the MISP event
 * (reports) and the printable brief, served by /api/export/... in the signed-in user's view (the
 * session cookie goes with a same-origin GET). Plain links, so the browser downloads or opens them.
 */
export function ExportButtons({ id, type }: { id: string; type: string }) {
  const kind = type === 'report' ? 'report' : 'entity';
  const base = `/api/export/${kind}/${encodeURIComponent(id)}`;
  const file = id.replace(/[^a-z0-9-]/gi, '_');
  return (
    <nav className="export-buttons" aria-label="Export">
      <span className="muted small">Export</span>
      <a className="button" href={base} download={`opstrack-${file}.json`}>STIX</a>
      <a className="button" href={`${base}/claims.csv`} download={`claims-${file}.csv`}>CSV</a>
      {kind === 'report' && <a className="button" href={`${base}/misp`} download={`misp-${file}.json`}>MISP</a>}
      <a className="button" href={`${base}/brief`} target="_blank" rel="noopener">Brief</a>
    </nav>
  );
}
