/**
 * Cuts a text into runs at every span boundary, each run knowing which items cover it, so nested
 * and overlapping highlights (a claim sentence containing entity mentions) render as flat, ordered
 * <mark> runs over the original string. Offsets are UTF-16 indices (JavaScript string indices), as
 * the drafts API gives them; spans outside the text are clipped, empty ones dropped.
 */
export interface Span { start: number; end: number }
export interface Run { start: number; end: number; text: string; ids: string[] }

export function segments(text: string, items: ReadonlyArray<{ id: string; spans: readonly Span[] }>): Run[] {
  const cuts = new Set<number>([0, text.length]);
  const clipped: Array<{ id: string; start: number; end: number }> = [];
  for (const item of items) {
    for (const s of item.spans) {
      const start = Math.max(0, Math.min(text.length, s.start));
      const end = Math.max(0, Math.min(text.length, s.end));
      if (end <= start) continue;
      clipped.push({ id: item.id, start, end });
      cuts.add(start);
      cuts.add(end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (const [i, start] of points.entries()) {
    const end = points[i + 1];
    if (end === undefined || end <= start) continue;
    const ids = [...new Set(clipped.filter((c) => c.start <= start && c.end >= end).map((c) => c.id))];
    runs.push({ start, end, text: text.slice(start, end), ids });
  }
  return runs;
}
