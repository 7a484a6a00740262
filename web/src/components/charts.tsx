/** Small SVG charts (no chart library): horizontal bars and stacked columns, labelled for screen readers. */

export interface Bar { label: string; value: number; href?: string }

export function BarChart({ bars, title, unit = '' }: { bars: Bar[]; title: string; unit?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 22;
  const width = 420;
  const labelW = 150;
  if (bars.length === 0) return <p className="muted">No data yet.</p>;
  return (
    <svg className="chart" role="img" aria-label={title} viewBox={`0 0 ${width} ${bars.length * row + 4}`} width={width}>
      <title>{title}</title>
      {bars.map((b, i) => {
        const w = ((width - labelW - 40) * b.value) / max;
        return (
          <g key={b.label} transform={`translate(0 ${i * row + 2})`}>
            <text x={labelW - 6} y={14} textAnchor="end" className="chart-label">{b.label}</text>
            <rect x={labelW} y={3} width={Math.max(w, 1)} height={row - 8} className="bar" rx={2} />
            <text x={labelW + w + 4} y={14} className="chart-value">{b.value}{unit}</text>
          </g>
        );
      })}
    </svg>
  );
}

export interface Stack { period: string; parts: Record<string, number> }

export const STANCE_COLOURS: Record<string, string> = {
  attributes: '#c2410c', accuses: '#b91c1c', denies: '#1d4ed8', confirms: '#7c3aed', warns: '#a16207', 'calls-for': '#0f766e', overlaps: '#6b7280',
};

export function StackedColumns({ stacks, title }: { stacks: Stack[]; title: string }) {
  if (stacks.length === 0) return <p className="muted">No data yet.</p>;
  const keys = [...new Set(stacks.flatMap((s) => Object.keys(s.parts)))];
  const max = Math.max(1, ...stacks.map((s) => Object.values(s.parts).reduce((a, b) => a + b, 0)));
  const h = 160;
  const colW = Math.max(14, Math.min(48, 560 / stacks.length));
  const width = Math.max(260, stacks.length * colW + 40);
  return (
    <figure className="chart-figure">
      <svg className="chart" role="img" aria-label={title} viewBox={`0 0 ${width} ${h + 36}`} width={width} height={h + 36}>
        <title>{title}</title>
        <text x={0} y={10} className="chart-value">{max}</text>
        <line x1={30} x2={width} y1={h + 4} y2={h + 4} className="axis" />
        {stacks.map((s, i) => {
          let y = h + 4;
          const total = Object.values(s.parts).reduce((a, b) => a + b, 0);
          return (
            <g key={s.period} transform={`translate(${34 + i * colW} 0)`}>
              <title>{`${s.period}: ${total}`}</title>
              {keys.map((k) => {
                const v = s.parts[k] ?? 0;
                const bh = (h * v) / max;
                y -= bh;
                return v ? <rect key={k} x={0} y={y} width={colW - 3} height={bh} fill={STANCE_COLOURS[k] ?? '#64748b'}><title>{`${s.period} ${k}: ${v}`}</title></rect> : null;
              })}
              {(stacks.length <= 12 || i % Math.ceil(stacks.length / 12) === 0) && (
                <text x={(colW - 3) / 2} y={h + 20} textAnchor="middle" className="chart-label">{s.period}</text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {keys.map((k) => <span key={k}><i style={{ background: STANCE_COLOURS[k] ?? '#64748b' }} /> {k}</span>)}
      </figcaption>
    </figure>
  );
}

/** Timeline points (period, stance, count) as stacks, in period order. */
export function stacksOf(points: Array<{ period: string; stance: string; count: number }>): Stack[] {
  const by = new Map<string, Stack>();
  for (const p of points) {
    const s = by.get(p.period) ?? { period: p.period, parts: {} };
    s.parts[p.stance] = (s.parts[p.stance] ?? 0) + p.count;
    by.set(p.period, s);
  }
  return [...by.values()].sort((a, b) => a.period.localeCompare(b.period));
}
