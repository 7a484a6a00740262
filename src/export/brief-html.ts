/**
 * A printable brief: one self-contained HTML page (no script, inline print styles) for the
 * browser's Print, holding a report's or an entity's claims with their passages (and translations)
 * and sources, its TLP at the top of every printed page as TLP 2.0 asks, and the entities and
 * observables it names. Everything is escaped; the page is served with a CSP allowing only its own
 * inline style.
 * @module
 */
import type { Claim } from '../model/claim.ts';
import type { StixObject } from '../model/stix/core.ts';
import { TLP_ORDER, tlpOf, type TlpLevel } from '../model/tlp.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]!);

const TLP_COLOURS: Record<TlpLevel, string> = { clear: '#fff;color:#000;border:1px solid #000', green: '#33ff00;color:#000', amber: '#ffc000;color:#000', 'amber+strict': '#ffc000;color:#000', red: '#ff2b2b;color:#000' };

export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
body{font:11pt/1.45 Georgia,serif;max-width:48rem;margin:2rem auto;color:#111}
h1{font-size:18pt;margin:.2rem 0} h2{font-size:13pt;border-bottom:1px solid #999;margin-top:1.6rem}
.tlp{display:inline-block;padding:.1rem .5rem;font:bold 10pt sans-serif}
.meta{color:#444;font-size:10pt} .claim{break-inside:avoid;margin:1rem 0;padding-left:.8rem;border-left:3px solid #999}
.claim h3{font-size:11pt;margin:0} blockquote{margin:.4rem 0 .2rem 1rem;font-style:italic}
.src{font-size:9.5pt;color:#333;word-break:break-all} ul.names{columns:2;font-size:10pt}
@page{margin:18mm 15mm}
@media print{body{margin:0;max-width:none} .tlp-top{position:fixed;top:0;right:0} a{color:#000}}
`;

export interface BriefInput {
  /**
   * The report or entity the brief is about; for a selection (a search, the matrix), its heading
   * as an unmarked object (`type` says what it is, `name` the title, `description` the filters).
   */
  subject: StixObject;
  /** Further objects to list by name or value with their type and TLP (a search's results). */
  listed?: readonly StixObject[];
  claims: readonly Claim[];
  /** Objects the claims and the subject name (the viewer's view). */
  objects: readonly StixObject[];
  /** When the brief was made (ISO). */
  now: string;
}

/** Types the brief lists by name under "Named". */
const NAMED_TYPES = new Set(['intrusion-set', 'threat-actor', 'campaign', 'malware', 'tool', 'attack-pattern', 'location', 'identity', 'vulnerability', 'indicator']);

function nameOf(byId: ReadonlyMap<string, StixObject>, id: string): string {
  const o = byId.get(id);
  return o && typeof o.name === 'string' ? o.name : o && typeof o.value === 'string' ? o.value : id;
}

function strictest(levels: Array<TlpLevel | undefined>): TlpLevel | undefined {
  let out: TlpLevel | undefined;
  for (const l of levels) if (l && (!out || TLP_ORDER.indexOf(l) > TLP_ORDER.indexOf(out))) out = l;
  return out;
}

/** The brief's HTML. Its TLP is the strictest of the subject's and the claims' markings. */
export function briefHtml({ subject, claims, objects, now, listed = [] }: BriefInput): string {
  const byId = new Map(objects.map((o) => [o.id, o]));
  const found = new Set(listed.map((o) => o.id));
  const named = objects.filter((o) => o.id !== subject.id && NAMED_TYPES.has(o.type) && typeof o.name === 'string' && !found.has(o.id));
  const tlp = strictest([tlpOf(subject), ...claims.map((c) => tlpOf(c)), ...listed.map((o) => tlpOf(o)), ...named.map((o) => tlpOf(o))]) ?? 'clear';
  const badge = `<span class="tlp" style="background:${TLP_COLOURS[tlp]}">TLP:${esc(tlp.toUpperCase())}</span>`;
  const title = String(subject.name ?? subject.value ?? subject.id);
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} · OpsTrack brief</title><style>${STYLE}</style></head><body>`);
  parts.push(`<div class="tlp-top">${badge}</div><header><p class="meta">${esc(subject.type)} · brief made ${esc(now.slice(0, 10))} by OpsTrack</p><h1 dir="auto">${esc(title)}</h1>`);
  const facts: string[] = [];
  if (subject.published) facts.push(`published ${esc(String(subject.published).slice(0, 10))}`);
  if (subject.created_by_ref) facts.push(`by ${esc(nameOf(byId, subject.created_by_ref as string))}`);
  for (const r of (subject.external_references as Array<{ source_name?: string; url?: string }> | undefined) ?? []) {
    if (r.url) facts.push(`<a href="${esc(r.url)}">${esc(r.url)}</a>`);
  }
  if (facts.length) parts.push(`<p class="meta">${facts.join(' · ')}</p>`);
  if (subject.description) parts.push(`<p dir="auto">${esc(subject.description)}</p>`);
  parts.push('</header>');

  parts.push(`<section><h2>Claims (${claims.length})</h2>`);
  if (claims.length === 0) parts.push('<p class="meta">No claims the reader may see.</p>');
  const sorted = [...claims].sort((a, b) => (b.made_on ?? '').localeCompare(a.made_on ?? '') || a.id.localeCompare(b.id));
  for (const c of sorted) {
    const party = c.speaks_for_ref ? `${nameOf(byId, c.claimant_ref)} (for ${nameOf(byId, c.speaks_for_ref)})` : nameOf(byId, c.claimant_ref);
    const about = [...(c.subject_refs ?? []).map((r) => nameOf(byId, r)), ...(c.subject_description ? [c.subject_description] : [])].join(', ');
    const to = (c.addressee_refs ?? []).map((r) => nameOf(byId, r)).join(', ');
    const source = byId.get(c.source_ref);
    const url = ((source?.external_references as Array<{ url?: string }> | undefined) ?? []).find((r) => r.url)?.url;
    const e = c.evidence;
    parts.push(`<article class="claim"><h3>${esc(party)} <em>${esc(c.stance)}</em>${about ? ` · ${esc(about)}` : ''}${to ? ` → ${esc(to)}` : ''}</h3>`);
    parts.push(`<p class="meta">${esc(c.made_on ?? 'date unknown')}${tlpOf(c) ? ` · TLP:${esc(tlpOf(c)!.toUpperCase())}` : ''}${c.basis ? ` · basis: ${esc(c.basis)}` : ''}</p>`);
    parts.push(e.kind === 'summary'
      ? `<p lang="${esc(e.lang)}" dir="auto">Summary by OpsTrack: ${esc(e.text)}</p>`
      : `<blockquote lang="${esc(e.lang)}" dir="auto">“${esc(e.text)}”</blockquote>`);
    if (e.translation) parts.push(`<blockquote lang="${esc(e.translation.lang)}">${esc(e.translation.lang)}: “${esc(e.translation.text)}”</blockquote>`);
    parts.push(`<p class="src">Source: ${esc(source ? nameOf(byId, c.source_ref) : c.source_ref)}${url ? ` · <a href="${esc(url)}">${esc(url)}</a>` : ''}</p></article>`);
  }
  parts.push('</section>');

  if (listed.length) {
    parts.push(`<section><h2>Found (${listed.length})</h2><ul class="found">`);
    for (const o of listed) {
      const level = tlpOf(o);
      parts.push(`<li dir="auto">${esc(nameOf(new Map([[o.id, o]]), o.id))} <span class="meta">${esc(o.type)}${level ? ` · TLP:${esc(level.toUpperCase())}` : ''}</span></li>`);
    }
    parts.push('</ul></section>');
  }
  if (named.length) {
    parts.push(`<section><h2>Named (${named.length})</h2><ul class="names">`);
    for (const o of named.sort((a, b) => a.type.localeCompare(b.type) || String(a.name).localeCompare(String(b.name)))) parts.push(`<li dir="auto">${esc(o.name)} <span class="meta">${esc(o.type)}</span></li>`);
    parts.push('</ul></section>');
  }
  parts.push(`<footer><p class="meta">${badge} Sharing follows TLP 2.0 (first.org/tlp).</p></footer></body></html>\n`);
  return parts.join('\n');
}
