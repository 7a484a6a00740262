/**
 * Measures the dashboard's first load (not a test: prints figures). A real server on loopback with
 * the demo dataset (`opstrack demo`: default knowledge, sample reports) plus the reference article
 * published through the drafts API; each run is a fresh browser context
 * (empty cache), already signed in by cookie; figures are Chromium's navigation timing
 * (loadEventEnd) and the moment every dashboard panel has its data (performance mark).
 * Run: node --import tsx test/web/measure-dashboard.ts [runs=7]
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { sharedPath } from '../helpers/shared.ts';
import { launchChromium } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { FIXTURE_USERS, startFixtureServer } from './fixture-server.ts';

const runs = Number(process.argv[2] ?? 7);
await buildWebIfStale();
const srv = await startFixtureServer();
const demoPassword = 'demo-password-1';
await seedDemo(srv.store, { admin: { user: 'admin', password: demoPassword }, analyst: { user: 'analyst', password: demoPassword }, partner: { user: 'partner', password: demoPassword } });
const browser = await launchChromium();
try {
  const ana = FIXTURE_USERS[0];
  assert.ok(ana);
  const { cookie, csrf } = await srv.login(ana.name, ana.password);
  const headers = { cookie, 'x-opstrack-csrf': csrf };
  const draft = await srv.json('/api/drafts', { method: 'POST', headers, json: { text: readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8'), tlp: 'amber' } });
  for (const item of draft.body.items ?? []) await srv.fetch(`/api/drafts/${draft.body.id}/items/${item.id}`, { method: 'PATCH', headers, json: { status: 'accepted' } });
  const published = await srv.json(`/api/drafts/${draft.body.id}/publish`, { method: 'POST', headers, json: { tlp: 'amber' } });
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);

  const results: Array<{ load: number; data: number }> = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext();
    await ctx.request.post(`${srv.url}/api/session`, { data: { user: ana.name, password: ana.password } });
    const page = await ctx.newPage();
    await page.goto(`${srv.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0, undefined, { timeout: 30_000 });
    if (i === runs - 1) process.stdout.write(`${JSON.stringify(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round((e as PerformanceResourceTiming).responseEnd)])))}\n`);
    results.push(await page.evaluate(() => ({
      load: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd),
      data: Math.round(performance.getEntriesByName('dashboard-ready')[0]!.startTime),
    })));
    await ctx.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  process.stdout.write(`${JSON.stringify(results)}\n`);
  process.stdout.write(`dashboard first load over ${runs} fresh-cache runs: loadEventEnd median ${median(results.map((r) => r.load))} ms (min ${Math.min(...results.map((r) => r.load))}), all panels filled median ${median(results.map((r) => r.data))} ms (min ${Math.min(...results.map((r) => r.data))}); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
} finally {
  await browser.close();
  await srv.close();
}
