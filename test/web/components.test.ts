/**
 * Component-level tests of the web UI's pure parts, in node (no browser): highlight runs over
 * overlapping spans, the article renderer (original text, direction, marks), TLP badges and the
 * TLP marking ids the bundle repeats from src/model/tlp.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { TLP_ORDER, tlpMarkingId, tlpOf } from '../../src/model/tlp.ts';
import { HighlightedText } from '../../web/src/components/highlighted-text.tsx';
import { segments } from '../../web/src/components/segments.ts';
import { TlpBadge } from '../../web/src/components/tlp-badge.tsx';
import { TLP_LEVELS, TLP_MARKINGS, tlpOfObject } from '../../web/src/tlp.ts';
import type { HighlightItem } from '../../web/src/components/highlighted-text.tsx';

const item = (id: string, kind: HighlightItem['kind'], spans: Array<[number, number]>, status: HighlightItem['status'] = 'proposed'): HighlightItem => ({
  id, kind, label: id, status, spans: spans.map(([start, end]) => ({ start, end })),
});

describe('segments', () => {
  test('cuts at every boundary; nested spans give runs covered by both', () => {
    const text = 'The US accuses Volt Typhoon.';
    const runs = segments(text, [item('claim', 'claim', [[0, 28]]), item('vt', 'intrusion-set', [[15, 27]]), item('us', 'country', [[4, 6]])]);
    assert.equal(runs.map((r) => r.text).join(''), text, 'runs rebuild the text exactly');
    assert.deepEqual(runs.find((r) => r.text === 'Volt Typhoon')?.ids.sort(), ['claim', 'vt']);
    assert.deepEqual(runs.find((r) => r.text === 'US')?.ids.sort(), ['claim', 'us']);
    assert.deepEqual(runs.find((r) => r.text === ' accuses ')?.ids, ['claim']);
  });

  test('clips spans past the end, drops empty and inverted ones', () => {
    const runs = segments('abc', [item('a', 'country', [[2, 99], [1, 1], [3, 2]])]);
    assert.deepEqual(runs.map((r) => [r.text, r.ids]), [['ab', []], ['c', ['a']]]);
  });

  test('UTF-16 offsets: astral characters and right-to-left text keep their places', () => {
    const text = '𝐀 قال الرئيس'; // 𝐀 is two UTF-16 units
    const start = text.indexOf('الرئيس');
    const runs = segments(text, [item('p', 'person', [[start, start + 6]])]);
    assert.equal(runs.find((r) => r.ids.includes('p'))?.text, 'الرئيس');
  });
});

describe('HighlightedText', () => {
  const text = 'Trung Quốc phủ nhận.\nMỹ cáo buộc Volt Typhoon.';
  const items = [
    item('cn', 'country', [[0, 10]], 'accepted'),
    item('deny', 'claim', [[0, 20]]),
    item('vt', 'intrusion-set', [[33, 45]]),
    item('gone', 'country', [[21, 23]], 'rejected'),
  ];
  const html = renderToStaticMarkup(createElement(HighlightedText, { text, lang: 'vi', items, selected: 'vt', onSelect: () => {} }));

  test('each paragraph is its own block with dir="auto", in the article language', () => {
    assert.match(html, /<div class="article" lang="vi">/);
    assert.equal(html.match(/<p dir="auto">/g)?.length, 2);
  });

  test('mentions inside a claim are marked as both; the innermost item is named first', () => {
    const cn = /<mark class="([^"]+)" data-items="([^"]+)"[^>]*>Trung Quốc<\/mark>/.exec(html);
    assert.ok(cn, html);
    assert.match(cn[1]!, /hl-claim/);
    assert.match(cn[1]!, /hl-entity/);
    assert.match(cn[1]!, /hl-accepted/);
    assert.equal(cn[2], 'cn deny');
    assert.match(html, /class="[^"]*hl-selected[^"]*"[^>]*>Volt Typhoon<\/mark>/);
  });

  test('rejected items are not highlighted', () => {
    assert.doesNotMatch(html, /data-items="gone"/);
    assert.match(html, /<span>Mỹ cáo buộc <\/span>/);
  });
});

describe('TLP', () => {
  test('the bundle\'s marking ids are the model\'s', () => {
    assert.deepEqual([...TLP_LEVELS], [...TLP_ORDER]);
    for (const level of TLP_ORDER) assert.equal(TLP_MARKINGS[tlpMarkingId(level)], level);
    for (const [id, level] of Object.entries(TLP_MARKINGS)) assert.equal(tlpOf({ object_marking_refs: [id] }), level);
  });

  test('the badge shows the strictest marking, colour-coded; unmarked says so', () => {
    const refs = [tlpMarkingId('green'), tlpMarkingId('amber+strict')];
    assert.equal(tlpOfObject({ object_marking_refs: refs }), 'amber+strict');
    const strict = renderToStaticMarkup(createElement(TlpBadge, { object: { object_marking_refs: refs } }));
    assert.match(strict, /class="tlp tlp-amber-strict"/);
    assert.match(strict, />TLP:AMBER\+STRICT</);
    assert.match(renderToStaticMarkup(createElement(TlpBadge, { level: 'red' })), /tlp-red[^>]*>TLP:RED</);
    assert.match(renderToStaticMarkup(createElement(TlpBadge, {})), /tlp-none[^>]*>TLP:UNMARKED</);
  });
});

describe('first load', () => {
  test('index.html starts exactly the dashboard\'s queries (and whoami)', async () => {
    const { readFileSync } = await import('node:fs');
    const { qs } = await import('../../web/src/api-client.ts');
    const { DASHBOARD_QUERIES } = await import('../../web/src/pages/dashboard-queries.ts');
    const html = readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
    const started = [...html.matchAll(/'(\/[^']+)'/g)].map((m) => m[1]).filter((p) => p !== '/api');
    const wanted = ['/session', ...Object.values(DASHBOARD_QUERIES).map(([path, query]) => path + qs(query))];
    assert.deepEqual(started, wanted);
  });
});
