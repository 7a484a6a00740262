/**
 * The source beside every passage: a report's article text with every claim and mention
 * highlighted in place, its URL, publisher, publication and ingestion dates and language. Opened
 * with `?claim=ID` (from any claim card), the claim's passage is selected and scrolled into view.
 * Mentions are the report's objects found in the text by their names and aliases (any script).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { get, type Claim, type ObjectAnswer } from '../api-client.ts';
import type { NameInfo } from '../hooks/use-names.ts';
import { ClaimCard } from './claim-card.tsx';
import { HiddenNotice } from './hidden-notice.tsx';
import { HighlightedText, scrollToItem, type HighlightItem } from './highlighted-text.tsx';
import { ObjectRef } from './object-ref.tsx';

type Report = ObjectAnswer['object'];
const MAX_MENTIONED = 80;
const WORD = /[\p{L}\p{N}]/u;
/** Scripts written without spaces between words: a name there matches anywhere. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function kindOf(info: NameInfo): HighlightItem['kind'] {
  const o = info.object;
  switch (o?.type ?? info.type) {
    case 'location': return 'country';
    case 'intrusion-set': return 'intrusion-set';
    case 'malware': case 'tool': return 'malware';
    case 'identity': return o?.identity_class === 'individual' ? 'person' : o?.identity_class === 'class' ? 'sector' : 'organization';
    default: return 'organization';
  }
}

/** Every place a name or alias of `info` stands in the text (case-insensitive, names of 3+ characters). */
function spansOf(text: string, lower: string, info: NameInfo): Array<{ start: number; end: number }> {
  const o: Record<string, any> = info.object ?? {};
  const names = new Set([info.name, ...(Array.isArray(o.aliases) ? o.aliases : []), ...(Array.isArray(o.x_opstrack_aliases) ? o.x_opstrack_aliases.map((a: { name: string }) => a.name) : [])]
    .filter((n): n is string => typeof n === 'string' && n.length >= 3 && n.length <= 200));
  const spans: Array<{ start: number; end: number }> = [];
  for (const name of names) {
    const needle = name.toLowerCase();
    if (needle.length !== name.length) continue; // case folding changed the length: offsets would drift
    // whole words where the script separates words ("USA" never inside "accusations")
    const edges = !NO_SPACES.test(name);
    for (let at = lower.indexOf(needle); at >= 0 && spans.length < 500; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (edges && (WORD.test(text[at - 1] ?? '') || WORD.test(text[end] ?? ''))) continue;
      spans.push({ start: at, end });
    }
  }
  return spans;
}

function sourceUrl(report: Report): string | undefined {
  const refs = Array.isArray(report.external_references) ? report.external_references as Array<{ source_name?: string; url?: string }> : [];
  return refs.find((r) => typeof r.url === 'string')?.url;
}

function publisherOf(report: Report, url: string | undefined): string | undefined {
  if (typeof report.x_opstrack_publisher === 'string') return report.x_opstrack_publisher;
  const refs = Array.isArray(report.external_references) ? report.external_references as Array<{ source_name?: string }> : [];
  const named = refs.find((r) => r.source_name && !['source', 'url'].includes(r.source_name))?.source_name;
  if (named) return named;
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

export function ReportSource({ report, claims, claimId, dateAdded }: { report: Report; claims: Claim[]; claimId?: string; dateAdded?: string }) {
  const text = typeof report.x_opstrack_text === 'string' ? report.x_opstrack_text : '';
  const [selected, setSelected] = useState<string | undefined>(claimId);
  const [mentioned, setMentioned] = useState<Array<[string, NameInfo]>>([]);
  const box = useRef<HTMLDivElement>(null);
  const refs = useMemo(() => (Array.isArray(report.object_refs) ? (report.object_refs as string[]) : [])
    .filter((r) => !r.startsWith('x-opstrack-claim--') && !r.startsWith('marking-definition--')).slice(0, MAX_MENTIONED), [report.id]);

  useEffect(() => {
    let live = true;
    // the objects themselves (their aliases in every language), not the names cache, which may hold a name only
    const one = (id: string) => get<ObjectAnswer>(`/objects/${encodeURIComponent(id)}`).then(
      (a): NameInfo => ({ name: String(a.object.name ?? a.object.value ?? id), type: a.object.type, tlp: a.tlp, object: a.object }),
      () => null,
    );
    Promise.all(refs.map(async (id) => [id, await one(id)] as const)).then((pairs) => {
      if (live) setMentioned(pairs.filter((p): p is [string, NameInfo] => !!p[1]));
    });
    return () => { live = false; };
  }, [refs]);
  useEffect(() => setSelected(claimId), [claimId]);

  const items = useMemo<HighlightItem[]>(() => {
    const lower = text.toLowerCase();
    const out: HighlightItem[] = claims
      .filter((c) => c.evidence.start !== undefined && c.evidence.end !== undefined && c.evidence.kind !== 'summary')
      .map((c) => ({ id: c.id, kind: 'claim', label: `${c.stance}: ${c.evidence.text.slice(0, 80)}`, status: 'accepted', spans: [{ start: c.evidence.start!, end: c.evidence.end! }] }));
    for (const [id, info] of mentioned) {
      const spans = spansOf(text, lower, info);
      if (spans.length) out.push({ id, kind: kindOf(info), label: info.name, status: 'proposed', spans });
    }
    return out;
  }, [text, claims, mentioned]);

  // opened for one claim: its passage in the middle of the article box, the box on screen
  const [scrolled, setScrolled] = useState<string>();
  useEffect(() => {
    if (!claimId || scrolled === claimId || !items.some((i) => i.id === claimId)) return;
    box.current?.scrollIntoView({ block: 'start' });
    if (scrollToItem(box.current, claimId)) setScrolled(claimId);
  }, [claimId, items, scrolled]);

  const url = sourceUrl(report);
  const publisher = publisherOf(report, url);
  const publishedKnown = report.x_opstrack_published_known !== false && typeof report.published === 'string';
  const selectedClaim = claims.find((c) => c.id === selected);
  return (
    <section aria-labelledby="source-h" className="report-source">
      <h2 id="source-h">Source</h2>
      <dl className="source-meta">
        <div><dt>URL</dt><dd>{url ? <a href={url} rel="noreferrer noopener" target="_blank">{url}</a> : <span className="muted">none recorded</span>}</dd></div>
        <div><dt>Publisher</dt><dd>{publisher ?? <span className="muted">unknown</span>}</dd></div>
        <div><dt>Published</dt><dd>{publishedKnown ? <time dateTime={String(report.published)}>{String(report.published).slice(0, 10)}</time> : <span className="date-unknown">unknown</span>}</dd></div>
        <div><dt>Ingested</dt><dd><time dateTime={String(report.created)}>{String(dateAdded ?? report.created).slice(0, 10)}</time></dd></div>
        <div><dt>Language</dt><dd>{typeof report.lang === 'string' ? report.lang : <span className="muted">undetermined</span>}</dd></div>
        {typeof report.created_by_ref === 'string' && <div><dt>Recorded by</dt><dd><ObjectRef id={report.created_by_ref} /></dd></div>}
      </dl>
      <HiddenNotice what="Claims and mentions" />
      {text
        ? (
          <div className="review-body source-body">
            <div className="card" ref={box}>
              <Legend />
              <HighlightedText text={text} lang={typeof report.lang === 'string' ? report.lang : undefined} items={items} selected={selected} onSelect={setSelected} />
            </div>
            <aside className="card" aria-label="Selected passage">
              {selectedClaim ? <ClaimCard claim={selectedClaim} /> : <p className="muted">Select a highlighted passage to see its claim.</p>}
            </aside>
          </div>
        )
        : <p className="muted">This report keeps no article text.</p>}
    </section>
  );
}

export function Legend({ review = false }: { review?: boolean }) {
  return (
    <p className="legend" aria-label="Highlight colours">
      <span><i className="swatch sw-claim" /> claim</span>
      <span><i className="swatch sw-group" /> group, organisation</span>
      <span><i className="swatch sw-country" /> country</span>
      <span><i className="swatch sw-sector" /> sector</span>
      <span><i className="swatch sw-person" /> person</span>
      {review && <span><b>bold</b>: accepted</span>}
      {review && <span><span className="sw-selected">outlined</span>: selected</span>}
    </p>
  );
}
