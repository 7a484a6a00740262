/**
 * The README's pictures, from the demo data: `npm run screenshots` (scripts/build-web.sh first) loads
 * the demo dataset into a throwaway SQLite database, serves it on loopback, and photographs in
 * Debian's Chromium (playwright-core, OPSTRACK_CHROMIUM or /usr/bin/chromium):
 *  - docs/screenshots/review.png: a demo article drafted again and under review, a claim selected;
 *  - docs/screenshots/entity.png: Volt Typhoon's page, claims for and against side by side;
 *  - docs/screenshots/report.png: a demo report with its source, opened at a claim's passage.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildApp } from '../src/app.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import { SAMPLE_REPORTS } from '../src/demo/sample-reports.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'screenshots');
const chromiumPath = process.env.OPSTRACK_CHROMIUM ?? '/usr/bin/chromium';
const PASSWORD = 'opstrack-demo';
const VIEWPORT = { width: 1366, height: 860 };

process.env.OPSTRACK_BCRYPT_ROUNDS ??= '4';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-screenshots-'));
  const store = await openOpsTrackStore({ sqliteFile: join(dir, 'demo.db') });
  const creds = { admin: { user: 'admin', password: PASSWORD }, analyst: { user: 'analyst', password: PASSWORD }, partner: { user: 'partner', password: PASSWORD } };
  await seedDemo(store, creds);
  const app = await buildApp({ store, config: {} });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const ctx = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
    ctx.setDefaultTimeout(30_000);
    const page = await ctx.newPage();
    await login(page, url);
    mkdirSync(out, { recursive: true });
    await review(page, url);
    await entity(page, url);
    await report(page);
    process.stdout.write(`screenshots written to ${out}\n`);
  } finally {
    await browser.close();
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function login(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('User').fill('analyst');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

/** The first demo article drafted again (its published draft removed first), one claim selected. */
async function review(page: Page, url: string): Promise<void> {
  const sample = SAMPLE_REPORTS[0]!;
  const drafts = await (await page.request.get(`${url}/api/drafts`)).json() as { items: Array<{ id: string; title: string | null }> };
  const csrf = (await (await page.request.get(`${url}/api/session`)).json() as { csrf: string }).csrf;
  for (const d of drafts.items.filter((x) => x.title === sample.title)) {
    await page.request.delete(`${url}/api/drafts/${d.id}`, { headers: { 'x-opstrack-csrf': csrf } });
  }
  const created = await page.request.post(`${url}/api/drafts`, { headers: { 'x-opstrack-csrf': csrf }, data: { text: sample.text, title: sample.title, published: sample.published, tlp: 'green' } });
  const draft = await created.json() as { id: string };
  await page.goto(`${url}/drafts/${encodeURIComponent(draft.id)}`);
  const claim = page.locator('li.item[data-kind="claim"]').nth(1);
  await claim.click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'review.png') });
}

async function entity(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/search?q=Volt%20Typhoon`);
  await page.getByRole('region', { name: 'intrusion set' }).getByRole('link', { name: 'Volt Typhoon', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Volt Typhoon/ }).waitFor();
  await page.locator('.side-against article.claim').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(out, 'entity.png') });
}

/** China's denial in the first demo article, opened from Volt Typhoon's page at its passage. */
async function report(page: Page): Promise<void> {
  const statement = page.locator('.side-against article.claim', { hasText: 'China denied the accusations' }).first();
  await statement.locator('summary').click();
  await statement.locator('li[data-claim]', { hasText: 'China denied the accusations' }).first().getByRole('link', { name: 'Open passage' }).click();
  await page.locator('mark.hl-selected').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(out, 'report.png') });
}

await main();
