/**
 * How a claim's statement date reads: the day, "week of" its Monday, the month or the year its
 * precision allows, or "date unknown" for a claim whose source gives none (never a load date).
 */
import type { Claim } from './api-client.ts';

type Dated = Pick<Claim, 'made_on' | 'made_on_precision' | 'made_on_source'>;

export function claimDateLabel(c: Dated): string {
  if (!c.made_on || c.made_on_source === 'unknown') return 'date unknown';
  switch (c.made_on_precision) {
    case 'week': return `week of ${c.made_on}`;
    case 'month': return c.made_on.slice(0, 7);
    case 'year': return c.made_on.slice(0, 4);
    default: return c.made_on;
  }
}

/** Where the date came from, for a tooltip. */
export function claimDateSource(c: Dated): string {
  if (!c.made_on || c.made_on_source === 'unknown') return 'The source gives no date for this statement';
  if (c.made_on_source === 'publication') return "The source's publication date (the text names no date)";
  if (c.made_on_source === 'text') return 'Date read from the text';
  return 'Statement date';
}

/** The key a list sorts by: undated claims last. */
export function claimSortDate(c: Dated): string {
  return c.made_on ?? '';
}
