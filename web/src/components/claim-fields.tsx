/**
 * Fields both claim editors share: the stance, the statement date (day, precision, where it came
 * from, or unknown) and the confidence.
 */
import { useId } from 'react';

export const DRAFT_STANCES = ['attributes', 'accuses', 'denies', 'confirms', 'warns', 'calls-for'] as const;
export const CLAIM_STANCES = [...DRAFT_STANCES, 'overlaps'] as const;
export const PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DateSource = 'text' | 'publication' | 'unknown';

export interface ClaimDate {
  made_on?: string;
  made_on_precision?: string;
  made_on_source?: string;
}

export function StanceField({ value, onChange, stances }: { value: string; onChange: (v: string) => void; stances: readonly string[] }) {
  return (
    <label>Stance <select value={value} onChange={(e) => onChange(e.target.value)}>{stances.map((s) => <option key={s} value={s}>{s}</option>)}</select></label>
  );
}

export function DateFields({ value, onChange }: { value: ClaimDate; onChange: (v: ClaimDate) => void }) {
  const id = useId();
  const source = (value.made_on_source ?? (value.made_on ? 'text' : 'unknown')) as DateSource;
  const unknown = source === 'unknown';
  return (
    <fieldset className="date-fields" aria-labelledby={`${id}-l`}>
      <legend id={`${id}-l`}>Statement date</legend>
      <label className="inline">Date <input type="date" value={unknown ? '' : value.made_on ?? ''} disabled={unknown}
        onChange={(e) => onChange({ ...value, made_on: e.target.value, made_on_source: source === 'unknown' ? 'text' : source })} /></label>
      <label className="inline">Precision <select value={value.made_on_precision ?? 'day'} disabled={unknown} onChange={(e) => onChange({ ...value, made_on_precision: e.target.value })}>
        {PRECISIONS.map((p) => <option key={p} value={p}>{p}</option>)}
      </select></label>
      <label className="inline">From <select aria-label="Date from" value={source} onChange={(e) => onChange({ ...value, made_on_source: e.target.value })}>
        <option value="text">the text</option>
        <option value="publication">the publication date</option>
        <option value="unknown">unknown (no date)</option>
      </select></label>
    </fieldset>
  );
}

/** Confidence as a percentage (claims store 0-100; drafts 0-1: the caller converts). */
export function ConfidenceField({ value, onChange }: { value: number | undefined; onChange: (v: number | undefined) => void }) {
  return (
    <label className="inline">Confidence (%) <input type="number" min={0} max={100} step={1} value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Math.max(0, Math.min(100, Math.round(Number(e.target.value)))))} /></label>
  );
}
