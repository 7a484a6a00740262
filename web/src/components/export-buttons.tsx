/**
 * Export links: the STIX bundle, the claims as CSV, the MISP event (reports) and the printable
 * brief, served by /api/export/... in the signed-in user's view (the session cookie goes with a
 * same-origin GET). Plain links, so the browser downloads or opens them.
 * - `ExportButtons`: a report's or an entity's page;
 * - `SelectionExportButtons`: a selection, exported with the filters of the API the page reads
 *   (`search`: GET /api/search's; `statements`: GET /api/statements', the matrix and timeline).
 */
type Params = Record<string, string | number | boolean | readonly string[] | undefined>;

function ExportLinks({ base, query = '', file, misp, label = 'Export' }: { base: string; query?: string; file: string; misp?: boolean; label?: string }) {
  const at = (suffix: string) => `${base}${suffix}${query ? `?${query}` : ''}`;
  return (
    <nav className="export-buttons" aria-label="Export">
      <span className="muted small">{label}</span>
      <a className="button" href={at('')} download={`opstrack-${file}.json`}>STIX</a>
      <a className="button" href={at('/claims.csv')} download={`claims-${file}.csv`}>CSV</a>
      {misp && <a className="button" href={at('/misp')} download={`misp-${file}.json`}>MISP</a>}
      <a className="button" href={at('/brief')} target="_blank" rel="noopener">Brief</a>
    </nav>
  );
}

export function ExportButtons({ id, type }: { id: string; type: string }) {
  const kind = type === 'report' ? 'report' : 'entity';
  return <ExportLinks base={`/api/export/${kind}/${encodeURIComponent(id)}`} file={id.replace(/[^a-z0-9-]/gi, '_')} misp={kind === 'report'} />;
}

/** The query string of a selection's filters (arrays repeat the parameter; empty values are left out). */
export function selectionQuery(params: Params): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '' || v === false) continue;
    for (const x of Array.isArray(v) ? v : [v]) p.append(k, String(x));
  }
  return p.toString();
}

export function SelectionExportButtons({ kind, params, label }: { kind: 'search' | 'statements'; params: Params; label?: string }) {
  return <ExportLinks base={`/api/export/${kind}`} query={selectionQuery(params)} file={kind} label={label} />;
}
