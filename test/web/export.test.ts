/**
 * Issue 16 in Chromium: the export buttons on a report's page and an entity's page. An analyst of
 * Blue-CERT opens a report (the reference article's claims, and a MISP event imported through the
 * API) and clicks STIX, CSV, MISP and Brief: the STIX file passes the OASIS schemas and OpenCTI's
 * conventions, the CSV's header is the documented columns and its rows parse back, the MISP file is
 * the event, the brief shows the passages; a user of another organisation downloads no AMBER claim.
 * The same buttons on the search page (what the search found) and the matrix page (the claims
 * behind the open cell): the files validate and hold what the page shows the reader, no more.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLAIM_CSV_COLUMNS } from '../../src/export/claims-csv.ts';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { hasShared } from '../helpers/shared.ts';
import type { TestServer } from '../helpers/http.ts';
import { assertClean } from '../helpers/stix-clean.ts';
import { assertOpenCtiConventions } from '../helpers/opencti-conventions.ts';
import type { ArticleWorld } from '../claims/article-claims.ts';
import { postArticle } from '../helpers/article-http.ts';
import { parseCsv } from '../helpers/csv.ts';
import { MISP_EVENTS } from '../fixtures/misp-events.ts';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { signIn, startFixtureServer } from './fixture-server.ts';

const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : !hasShared ? '../shared is ABSENT: the reference article is needed' : false;
if (skip) process.stderr.write(`\n!!! export UI tests NOT RUN: ${skip}\n`);


describe('export buttons in Chromium', { skip, timeout: 180_000 }, () => {
  let srv: TestServer;
  let browser: Browser;
  let world: ArticleWorld;
  let denial = '';
  let attribution = '';

  before(async () => {
    await buildWebIfStale();
    [srv, browser] = await Promise.all([startFixtureServer(), launchChromium()]);
    let claims: Array<{ id: string }>;
    ({ world, claims } = await postArticle(srv, 'ana', { amber: [1] }));
    [attribution, denial] = claims.map((c) => c.id) as [string, string];
    assert.equal((await srv.json('/api/import', { method: 'POST', as: 'ana', json: MISP_EVENTS.network })).status, 200);
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  async function signedIn(name: string): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB', acceptDownloads: true });
    ctx.setDefaultTimeout(15_000);
    const page = await ctx.newPage();
    await signIn(page, srv.url, name);
    return { ctx, page };
  }

  async function download(page: Page, label: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('navigation', { name: 'Export' }).getByRole('link', { name: label, exact: true }).click()]);
    return readFileSync((await file.path())!, 'utf8');
  }

  test('a report page: STIX (OASIS schemas, OpenCTI conventions), CSV (documented columns), brief with the passages', async () => {
    const { ctx, page } = await signedIn('ana');
    try {
      await page.goto(`${srv.url}/objects/${encodeURIComponent(world.ids.report)}`);
      await page.getByRole('navigation', { name: 'Export' }).waitFor();
      await screenshot(page, 'report-export-buttons', { fullPage: false });
      const bundle = JSON.parse(await download(page, 'STIX')) as { type: string; objects: StixObject[] };
      assert.equal(bundle.type, 'bundle');
      assertClean(bundle.objects);
      assertOpenCtiConventions(bundle.objects);
      assert.ok(bundle.objects.some((o) => o.id === denial), 'its own organisation exports the AMBER denial');
      const rows = parseCsv(await download(page, 'CSV'));
      assert.deepEqual(rows[0], [...CLAIM_CSV_COLUMNS]);
      assert.equal(rows.length, 5);
      const [brief] = await Promise.all([ctx.waitForEvent('page'), page.getByRole('navigation', { name: 'Export' }).getByRole('link', { name: 'Brief' }).click()]);
      await brief.getByRole('heading', { level: 1 }).waitFor();
      const text = await brief.locator('body').innerText();
      assert.ok(text.includes('Washington cũng cáo buộc'), 'the attribution passage');
      assert.ok(text.includes('TLP:AMBER'), 'the brief carries the strictest TLP it holds');
    } finally {
      await ctx.close();
    }
  });

  test('a MISP event report exports as the MISP event; an entity page exports its neighbourhood', async () => {
    const { ctx, page } = await signedIn('ana');
    try {
      const reports = (await srv.json('/api/objects?type=report', { as: 'ana' })).body.items as StixObject[];
      const misp = reports.find((r) => r.name === MISP_EVENTS.network.Event.info)!;
      await page.goto(`${srv.url}/objects/${encodeURIComponent(misp.id)}`);
      const event = JSON.parse(await download(page, 'MISP')) as { Event: { uuid: string; Attribute: Array<{ uuid: string }> } };
      assert.equal(event.Event.uuid, MISP_EVENTS.network.Event.uuid);
      assert.equal(event.Event.Attribute.length, MISP_EVENTS.network.Event.Attribute.length);
      await page.goto(`${srv.url}/objects/${encodeURIComponent(world.ids.volt)}`);
      await page.getByRole('heading', { level: 1, name: /Volt Typhoon/ }).waitFor();
      assert.equal(await page.getByRole('navigation', { name: 'Export' }).getByRole('link', { name: 'MISP' }).count(), 0, 'MISP is for reports');
      const bundle = JSON.parse(await download(page, 'STIX')) as { objects: StixObject[] };
      assertClean(bundle.objects);
      assertOpenCtiConventions(bundle.objects);
      assert.ok(bundle.objects.some((o) => o.id === attribution));
    } finally {
      await ctx.close();
    }
  });

  test('the search page exports what it found: STIX (OASIS schemas, OpenCTI conventions), CSV (documented columns)', async () => {
    const { ctx, page } = await signedIn('ana');
    try {
      await page.goto(`${srv.url}/search?q=${encodeURIComponent('bác bỏ')}`);
      await page.getByRole('navigation', { name: 'Export' }).waitFor();
      const shown = await page.locator('#results a').evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href') ?? '').split('/').pop()));
      assert.ok(shown.includes(denial), 'the search finds the AMBER denial for its organisation');
      const bundle = JSON.parse(await download(page, 'STIX')) as { type: string; objects: StixObject[] };
      assert.equal(bundle.type, 'bundle');
      assertClean(bundle.objects);
      assertOpenCtiConventions(bundle.objects);
      const ids = new Set(bundle.objects.map((o) => o.id));
      for (const id of shown) assert.ok(ids.has(id!), `${id} shown and exported`);
      const rows = parseCsv(await download(page, 'CSV'));
      assert.deepEqual(rows[0], [...CLAIM_CSV_COLUMNS]);
      const claimIds = rows.slice(1).map((r) => r[CLAIM_CSV_COLUMNS.indexOf('claim_id')]);
      assert.deepEqual(claimIds.sort(), shown.filter((id) => id!.startsWith(`${CLAIM_TYPE}--`)).sort(), 'the CSV holds the claims found');
    } finally {
      await ctx.close();
    }
  });

  test('the matrix page exports the claims behind the open cell', async () => {
    const { ctx, page } = await signedIn('ana');
    try {
      await page.goto(`${srv.url}/matrix`);
      await page.locator('[data-cell="United States→China"]').click();
      await page.getByRole('navigation', { name: 'Export' }).getByText('Export United States → China').waitFor();
      await page.getByRole('heading', { level: 2, name: /United States → China/ }).waitFor();
      await screenshot(page, 'matrix-export-buttons', { fullPage: false });
      const bundle = JSON.parse(await download(page, 'STIX')) as { objects: StixObject[] };
      assertClean(bundle.objects);
      assertOpenCtiConventions(bundle.objects);
      const claimsIn = bundle.objects.filter((o) => o.type === CLAIM_TYPE).map((o) => o.id);
      assert.deepEqual(claimsIn, [attribution], 'the cell’s one attribution, not China’s counter-accusation');
      const rows = parseCsv(await download(page, 'CSV'));
      assert.deepEqual(rows[0], [...CLAIM_CSV_COLUMNS]);
      assert.deepEqual(rows.slice(1).map((r) => r[CLAIM_CSV_COLUMNS.indexOf('claim_id')]), [attribution]);
      assert.equal(rows[1]![CLAIM_CSV_COLUMNS.indexOf('target')], 'China');
      // closing the cell: the whole matrix, every cell's accusing claims (the knowledge's too)
      await page.locator('[data-cell="United States→China"]').click();
      await page.getByRole('navigation', { name: 'Export' }).getByText('Export the matrix').waitFor();
      const whole = parseCsv(await download(page, 'CSV')).slice(1);
      const statements = await srv.json('/api/statements?stance=attributes&stance=accuses&limit=500', { as: 'ana' });
      assert.ok(statements.body.total <= 500);
      const behind = (statements.body.items as Array<{ claims: Array<{ id: string }> }>).flatMap((st) => st.claims.map((c) => c.id));
      assert.deepEqual(whole.map((r) => r[CLAIM_CSV_COLUMNS.indexOf('claim_id')]).sort(), behind.sort(), 'the claims of every statement the matrix counts');
      assert.ok(whole.every((r) => ['attributes', 'accuses'].includes(r[CLAIM_CSV_COLUMNS.indexOf('stance')]!)), 'accusing stances only');
      assert.ok(whole.some((r) => r.includes(attribution)) && !whole.some((r) => r.includes(denial)), 'the attribution, not the denial');
    } finally {
      await ctx.close();
    }
  });

  test('the timeline page exports the claims of its period', async () => {
    const { ctx, page } = await signedIn('ana');
    try {
      await page.goto(`${srv.url}/timeline?from=2025-01-01&to=2025-01-31`);
      await page.getByRole('navigation', { name: 'Export' }).getByText('Export the period’s claims').waitFor();
      const rows = parseCsv(await download(page, 'CSV'));
      assert.deepEqual(rows[0], [...CLAIM_CSV_COLUMNS]);
      const statements = await srv.json('/api/statements?from=2025-01-01&to=2025-01-31&limit=500', { as: 'ana' });
      const behind = (statements.body.items as Array<{ claims: Array<{ id: string }> }>).flatMap((st) => st.claims.map((c) => c.id));
      assert.deepEqual(rows.slice(1).map((r) => r[CLAIM_CSV_COLUMNS.indexOf('claim_id')]).sort(), behind.sort(), 'the claims of the statements the timeline lists');
      assert.ok(behind.includes(attribution) && behind.includes(denial), 'every stance, the AMBER denial for its organisation');
      const bundle = JSON.parse(await download(page, 'STIX')) as { objects: StixObject[] };
      assertClean(bundle.objects);
      assertOpenCtiConventions(bundle.objects);
    } finally {
      await ctx.close();
    }
  });

  test('another organisation downloads no AMBER claim', async () => {
    const { ctx, page } = await signedIn('cy');
    try {
      await page.goto(`${srv.url}/objects/${encodeURIComponent(world.ids.report)}`);
      const bundle = await download(page, 'STIX');
      assert.ok(!bundle.includes(denial));
      const rows = parseCsv(await download(page, 'CSV'));
      assert.equal(rows.length, 4, 'header and the three claims they may see');
      // nor from the search page
      await page.goto(`${srv.url}/search?q=${encodeURIComponent('Trung Quốc')}`);
      await page.getByRole('navigation', { name: 'Export' }).waitFor();
      const found = await download(page, 'STIX');
      assert.ok(found.includes(attribution) || found.includes(world.ids.cn), 'the search found what they may see');
      assert.ok(!found.includes(denial));
      assert.ok(!parseCsv(await download(page, 'CSV')).some((r) => r.includes(denial)));
    } finally {
      await ctx.close();
    }
  });
});
