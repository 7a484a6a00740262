/**
 * A claim's evidence and the public statement it records. The source's own words read as a
 * quotation; words OpsTrack wrote to state what a source says (default knowledge: "Microsoft
 * attributes Volt Typhoon to China.") are labelled as a summary and never styled as a quotation.
 * A claim that names its public statement (STIX external_references: publisher, title, address)
 * shows it, with the statement's date or "date unknown".
 */
import type { Claim } from '../api-client.ts';
import { claimDateLabel } from '../claim-date.ts';

export const SUMMARY_LABEL = 'Summary by OpsTrack, not a quotation:';

export function Evidence({ evidence: ev }: { evidence: Claim['evidence'] }) {
  return ev.kind === 'summary'
    ? <p className="evidence-summary" dir="auto" lang={ev.lang} data-evidence="summary"><span className="summary-label">{SUMMARY_LABEL}</span> {ev.text}</p>
    : <blockquote dir="auto" lang={ev.lang} data-evidence="quotation">{ev.text}</blockquote>;
}

interface PublicRef { source_name?: unknown; description?: unknown; url?: unknown }

/** The public statements a claim names (publisher, title, date, and a link only when an address is known). */
export function PublicSource({ claim }: { claim: Pick<Claim, 'made_on' | 'made_on_precision' | 'made_on_source'> & { external_references?: unknown } }) {
  const refs = (Array.isArray(claim.external_references) ? claim.external_references as PublicRef[] : [])
    .filter((r) => r && typeof r.source_name === 'string' && typeof r.description === 'string');
  if (!refs.length) return null;
  const date = claimDateLabel(claim);
  return (
    <p className="public-source small" data-public-source="">
      Public statement:{' '}
      {refs.map((r, i) => (
        <span key={i}>
          {i > 0 && '; '}
          {r.source_name as string}, {typeof r.url === 'string' && /^https?:\/\//.test(r.url)
            ? <a href={r.url} rel="noreferrer noopener" target="_blank">{r.description as string}</a>
            : <cite>{r.description as string}</cite>}, {date}
        </span>
      ))}
    </p>
  );
}
