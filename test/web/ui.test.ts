/**
 * End-to-end: the built UI in Debian's Chromium against a real server on loopback with the default
 * knowledge loaded. An analyst logs in, ingests the reference Vietnamese article through the UI,
 * sees the groups and states highlighted in place, accepts the claims and publishes at
 * TLP:AMBER+STRICT; the Volt Typhoon page shows the US accusation and China's denial side by side
 * with their passages; the matrix shows US->CN and CN->US; a user of another organisation sees
 * none of it. Every page is screenshotted to test-output/screenshots/, and the dashboard's first
 * load is timed (fresh cache) and written to test-output/perf.json.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasShared, repoRoot, sharedPath } from '../helpers/shared.ts';
import type { TestServer } from '../helpers/http.ts';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { fixturePassword, signIn, startFixtureServer } from './fixture-server.ts';

const VIEWPORT = { width: 1366, height: 860 };
const skip = !hasChromium ? `no Chromium at /usr/bin/chromium (scripts/test.sh installs it)` : !hasShared ? '../shared is ABSENT: the reference article is needed' : false;
if (skip) process.stderr.write(`\n!!! web UI tests NOT RUN: ${skip}\n`);


describe('web UI in Chromium', { skip, timeout: 180_000 }, () => {
  let srv: TestServer;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let reportUrl = '';
  const errors: string[] = [];

  before(async () => {
    await buildWebIfStale();
    [srv, browser] = await Promise.all([startFixtureServer(), launchChromium()]);
    ctx = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
    ctx.setDefaultTimeout(15_000);
    page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  async function loginAs(p: Page, name: string): Promise<void> {
    await signIn(p, srv.url, name);
    // the dashboard's data arrives under the new session (nothing asked for before login is reused)
    await p.getByRole('region', { name: 'Latest reports' }).getByRole('link').first().waitFor();
    assert.equal(await p.getByRole('button', { name: 'Sign in' }).count(), 0, 'still signed in once the data arrived');
  }

  test('login page refuses a wrong password, then signs in by cookie', async () => {
    await page.goto(`${srv.url}/`);
    await page.getByRole('heading', { name: 'OpsTrack' }).waitFor();
    await page.getByLabel('User').fill('ana');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await screenshot(page, 'login');
    await loginAs(page, 'ana');
    // the session survives a reload (HttpOnly cookie; the CSRF token is asked for again)
    await page.reload();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    const cookies = await ctx.cookies();
    assert.ok(cookies.find((c) => c.name === 'opstrack_session')?.httpOnly, 'session cookie is HttpOnly');
  });

  test('dashboard lists reports and charts claims per month', async () => {
    await page.goto(`${srv.url}/`);
    const latest = page.getByRole('region', { name: 'Latest reports' });
    await latest.getByRole('link').first().waitFor();
    assert.ok(await latest.locator('.tlp').count() > 0, 'every report carries a TLP badge');
    await page.getByRole('img', { name: 'Claims per month by stance' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'dashboard');
  });

  test('"/" focuses search; an alias in Chinese finds Volt Typhoon; arrows and Enter open it', async () => {
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search names, aliases and reports' });
    assert.equal(await box.evaluate((el) => el === document.activeElement), true);
    await box.fill('伏特台风');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const group = page.getByRole('region', { name: 'intrusion set' });
    await group.getByRole('link', { name: 'Volt Typhoon' }).waitFor();
    await screenshot(page, 'search');
    await page.getByRole('searchbox', { name: 'Search text' }).press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Volt Typhoon/ }).waitFor();
  });

  test('ingest the reference article: progress, then every mention and claim highlighted in place', async () => {
    const text = readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8');
    await page.goto(`${srv.url}/ingest`);
    await page.getByRole('tab', { name: 'Paste text' }).click();
    await page.getByLabel('Text', { exact: true }).fill(text);
    // the TLP is chosen once, when publishing (issue 15 item 8)
    await screenshot(page, 'ingest');
    await page.getByRole('button', { name: 'Extract' }).click();
    await page.waitForURL(/\/drafts\//);
    await page.locator('mark.hl').first().waitFor();

    const marks = await page.locator('mark.hl').evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', labels: e.getAttribute('title') ?? '', cls: e.className })));
    const labelled = (re: RegExp) => marks.filter((m) => re.test(m.labels));
    for (const [name, re] of [['Volt Typhoon', /Volt Typhoon/], ['Salt Typhoon', /Salt Typhoon/], ['China', /China/], ['the US', /United States/]] as const) {
      assert.ok(labelled(re).some((m) => m.cls.includes('hl-entity')), `${name} highlighted as a mention`);
    }
    // highlights sit on the original Vietnamese words, not on a translation
    assert.ok(labelled(/China/).some((m) => m.text.includes('Trung Quốc')), 'China highlighted where the text says Trung Quốc');
    assert.ok(labelled(/Volt Typhoon/).some((m) => m.text === 'Volt Typhoon'));
    assert.ok(marks.some((m) => m.cls.includes('hl-claim')), 'claims highlighted');
    assert.equal(await page.locator('.article p').first().getAttribute('dir'), 'auto');
    await screenshot(page, 'review');
  });

  test('accept the claims and mentions, publish at TLP:AMBER+STRICT', async () => {
    await page.getByRole('button', { name: 'Accept all claims' }).click();
    await page.getByRole('button', { name: 'Accept all mentions' }).click();
    await page.waitForFunction(() => document.querySelectorAll('li.item[data-status="proposed"]').length === 0);
    assert.ok(await page.locator('li.item[data-kind="claim"][data-status="accepted"]').count() >= 2);
    await page.getByLabel('TLP of the published report').selectOption('amber+strict');
    await page.getByRole('button', { name: /^Publish/ }).click();
    await page.waitForURL(/\/objects\/report--/);
    reportUrl = page.url();
    await page.getByRole('heading', { level: 1 }).locator('.tlp[data-tlp="amber+strict"]').waitFor();
    await page.getByRole('heading', { name: /Claims read from this report/ }).waitFor();
    await screenshot(page, 'report');
  });

  test('the Volt Typhoon page shows the US accusation and China\'s denial side by side', async () => {
    await page.goto(`${srv.url}/search?q=Volt%20Typhoon`);
    await page.getByRole('region', { name: 'intrusion set' }).getByRole('link', { name: 'Volt Typhoon', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Volt Typhoon/ }).waitFor();
    const forSide = page.locator('.side-for').first();
    const against = page.locator('.side-against').first();
    const us = forSide.locator('article.claim', { hasText: 'Washington cũng cáo buộc' });
    const cn = against.locator('article.claim', { hasText: 'bác bỏ' });
    await us.waitFor();
    await cn.waitFor();
    assert.match(await us.locator('header').innerText(), /United States/);
    assert.match(await cn.locator('header').innerText(), /China/);
    assert.equal(await us.locator('blockquote').getAttribute('lang'), 'vi');
    const [a, b] = [await forSide.boundingBox(), await against.boundingBox()];
    assert.ok(a && b && a.x + a.width <= b.x + 1 && Math.abs(a.y - b.y) < 5, 'for and against columns stand side by side');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'entity');
  });

  test('the matrix shows US->CN and CN->US, and a cell opens its claims', async () => {
    await page.goto(`${srv.url}/matrix`);
    const usCn = page.getByRole('button', { name: /^United States → China: \d+ claim/ });
    const cnUs = page.getByRole('button', { name: /^China → United States: \d+ claim/ });
    await usCn.waitFor();
    await cnUs.waitFor();
    await usCn.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /United States → China/ });
    await panel.locator('article.claim', { hasText: 'Washington' }).waitFor();
    await screenshot(page, 'matrix');
  });

  test('timeline, graph and admin pages render', async () => {
    await page.goto(`${srv.url}/timeline`);
    await page.locator('ol.timeline li').first().waitFor();
    await screenshot(page, 'timeline', { fullPage: false });

    await page.goto(`${srv.url}/graph`);
    // the graph page is its own chunk (cytoscape): allow for parsing it on a busy machine
    await page.getByRole('heading', { name: 'Graph' }).waitFor({ timeout: 45_000 }).catch((err) => { throw new Error(`${err.message}; page errors: ${errors.join(' | ')}`); });
    await page.getByLabel('Start the graph from').fill('Volt Typhoon');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/\/graph\/intrusion-set--/);
    await page.locator('.node-list').getByRole('link', { name: 'China', exact: true }).waitFor();
    assert.ok(await page.locator('.graph-box canvas').count() > 0, 'cytoscape drew the graph');
    await page.getByRole('button', { name: 'Expand China', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('.node-list li').length > 6);
    await page.waitForTimeout(300);
    await screenshot(page, 'graph');

    await page.goto(`${srv.url}/admin`);
    await page.getByRole('region', { name: 'Organisations' }).getByRole('cell', { name: 'Red-Lab' }).waitFor();
    await page.getByRole('region', { name: 'Users' }).getByRole('cell', { name: 'cy', exact: true }).waitFor();
    await page.getByLabel('Token name').fill('e2e');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.locator('code.secret').waitFor();
    await screenshot(page, 'admin');
    assert.deepEqual(errors, [], 'no uncaught page errors');
  });

  test('a user of another organisation does not see the AMBER+STRICT report', async () => {
    const other = await browser.newContext({ viewport: VIEWPORT });
    try {
      const p = await other.newPage();
      await loginAs(p, 'cy');
      await p.goto(reportUrl);
      await p.getByRole('heading', { name: 'Not found' }).waitFor();
      await p.goto(`${srv.url}/matrix`);
      await p.getByRole('button', { name: /^Microsoft → China/ }).waitFor();
      assert.equal(await p.getByRole('button', { name: /^United States → China/ }).count(), 0, 'the report\'s claims stay hidden');
      assert.equal(await p.getByRole('button', { name: /^China → United States/ }).count(), 0);
      await p.goto(`${srv.url}/search?q=Volt%20Typhoon`);
      await p.getByRole('region', { name: 'intrusion set' }).getByRole('link', { name: 'Volt Typhoon', exact: true }).click();
      await p.getByRole('heading', { level: 1, name: /Volt Typhoon/ }).waitFor();
      await p.locator('.side-for article.claim').first().waitFor();
      assert.equal(await p.locator('article.claim', { hasText: 'Washington' }).count(), 0);
      assert.equal(await p.locator('article.claim', { hasText: 'bác bỏ' }).count(), 0);
      await screenshot(p, 'other-org-entity');
    } finally {
      await other.close();
    }
  });

  test('first load of the dashboard (fresh cache) is timed', async () => {
    const fresh = await browser.newContext({ viewport: VIEWPORT });
    try {
      const login = await fresh.request.post(`${srv.url}/api/session`, { data: { user: 'ana', password: fixturePassword('ana') } });
      assert.equal(login.status(), 200);
      const p = await fresh.newPage();
      await p.goto(`${srv.url}/`, { waitUntil: 'load' });
      await p.getByRole('region', { name: 'Latest reports' }).getByRole('link').first().waitFor();
      await p.getByRole('img', { name: 'Claims per month by stance' }).waitFor();
      await p.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0);
      const timing = await p.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const ready = performance.getEntriesByName('dashboard-ready')[0];
        return { loadEventEnd: Math.round(nav.loadEventEnd), domContentLoaded: Math.round(nav.domContentLoadedEventEnd), dataShown: Math.round(ready?.startTime ?? -1) };
      });
      const bytes = await p.evaluate(() => performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
        .reduce((n, e) => n + ((e as PerformanceResourceTiming).transferSize || 0), 0));
      // the published article mentions telecommunications: the sectors chart counts it
      await p.getByRole('img', { name: 'Claims and reports naming each targeted sector' }).getByText('telecommunications').waitFor();
      await screenshot(p, 'dashboard-populated');
      mkdirSync(join(repoRoot, 'test-output'), { recursive: true });
      writeFileSync(join(repoRoot, 'test-output', 'perf.json'), `${JSON.stringify({ ...timing, transferBytes: bytes }, null, 2)}\n`);
      process.stderr.write(`dashboard first load: load event end ${timing.loadEventEnd} ms, data shown at ${timing.dataShown} ms, ${bytes} bytes\n`);
      // loose bound (shared 2-core CI): a regression of several times trips it; the target is < 1 s
      assert.ok(timing.loadEventEnd < 5000, `load event end ${timing.loadEventEnd} ms`);
    } finally {
      await fresh.close();
    }
  });
});
