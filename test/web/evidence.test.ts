/**
 * Issue 15: evidence OpsTrack generated ("Microsoft attributes Volt Typhoon to China.") is labelled as
 * a summary and never rendered as a quotation; the source's own words are; a claim that names its
 * public statement shows publisher, title and date, linked only when an address is known.
 * Rendered in node (no browser) from the components both claim cards use.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Evidence, PublicSource, SUMMARY_LABEL } from '../../web/src/components/evidence.tsx';
import { STATEMENT_SOURCES } from '../../src/knowledge/data/statement-sources.ts';

test('a summary is labelled as one and is not a quotation; a quotation is a blockquote without the label', () => {
  const summary = renderToStaticMarkup(createElement(Evidence, { evidence: { text: 'Microsoft attributes Volt Typhoon to China.', lang: 'en', kind: 'summary' } }));
  assert.ok(summary.includes(SUMMARY_LABEL), summary);
  assert.ok(!summary.includes('<blockquote'), 'a summary is not styled as a quotation');
  assert.match(summary, /data-evidence="summary"/);
  const quote = renderToStaticMarkup(createElement(Evidence, { evidence: { text: 'Trung Quốc phủ nhận.', lang: 'vi' } }));
  assert.match(quote, /^<blockquote dir="auto" lang="vi" data-evidence="quotation">Trung Quốc phủ nhận\.<\/blockquote>$/);
  assert.ok(!quote.includes(SUMMARY_LABEL));
});

test('the public statement: publisher, title and date; a link only where the claim has an address', () => {
  const s = STATEMENT_SOURCES['Volt Typhoon|Microsoft']!;
  const linked = renderToStaticMarkup(createElement(PublicSource, {
    claim: { made_on: s.date!, made_on_source: 'publication', external_references: [{ source_name: s.publisher, description: s.title, url: s.url }] },
  }));
  assert.ok(linked.includes(`Microsoft, <a href="${s.url}"`), linked);
  assert.ok(linked.includes(`>${s.title}</a>, 2023-05-24`), linked);
  const cisa = STATEMENT_SOURCES['Volt Typhoon|CISA']!;
  const unlinked = renderToStaticMarkup(createElement(PublicSource, {
    claim: { made_on: cisa.date!, made_on_source: 'publication', external_references: [{ source_name: cisa.publisher, description: cisa.title }] },
  }));
  assert.ok(!unlinked.includes('<a '), 'no address, no link');
  assert.ok(unlinked.includes(`CISA, <cite>${cisa.title.replace(/'/g, '&#x27;')}</cite>, 2023-05-24`), unlinked);
  const undated = renderToStaticMarkup(createElement(PublicSource, {
    claim: { made_on_source: 'unknown', external_references: [{ source_name: 'Microsoft', description: 'How Microsoft names threat actors' }] },
  }));
  assert.ok(undated.endsWith(', date unknown</span></p>'), undated);
  const month = renderToStaticMarkup(createElement(PublicSource, {
    claim: { made_on: '2024-11-01', made_on_precision: 'month', made_on_source: 'publication', external_references: [{ source_name: 'Trend Micro', description: 't' }] },
  }));
  assert.ok(month.includes(', 2024-11</span>'), month);
  assert.equal(renderToStaticMarkup(createElement(PublicSource, { claim: { made_on: '2024-01-01' } })), '', 'nothing when the claim names no statement');
});
