/**
 * Issue 15, real dates, in Chromium (set-up as ui.test.ts: the built UI against a real server with
 * the default knowledge): a pasted article whose dateline says "14 March 2025" and whose denial
 * happened "on Monday" gives, on the review screen and after publishing, claims dated 2025-03-14
 * and 2025-03-10 (the Monday before, resolved against the dateline), read from the text; an
 * undated article given a publication date on the paste form gets that date for its claims, said
 * to come from the publication, and the report page shows it; nothing is dated the day of loading.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../helpers/http.ts';
import { hasChromium, launchChromium } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { signIn, startFixtureServer } from './fixture-server.ts';

const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : false;
if (skip) process.stderr.write(`\n!!! date UI tests NOT RUN: ${skip}\n`);

/** Our own short wire report (written for this test). 14 March 2025 is a Friday: "on Monday" is 10 March. */
const DATED = [
  'China rejects US hacking claims',
  'BEIJING, 14 March 2025 (Reuters) - China on Monday denied accusations by the United States that it is behind Volt Typhoon, calling them groundless.',
  'The United States accused China of sponsoring Volt Typhoon, which breached telecommunications networks.',
].join('\n');

const UNDATED = [
  'Beijing rejects espionage claims',
  'The United States accused China of sponsoring Salt Typhoon, which breached telecommunications networks.',
].join('\n');

interface ClaimOut { stance: string; made_on?: string; made_on_precision?: string; made_on_source?: string; evidence: { text: string } }

describe('statement dates in Chromium', { skip, timeout: 240_000 }, () => {
  let srv: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const today = new Date().toISOString().slice(0, 10);

  before(async () => {
    await buildWebIfStale();
    [srv, browser] = await Promise.all([startFixtureServer(), launchChromium()]);
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' });
    ctx.setDefaultTimeout(20_000);
    page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, srv.url, 'ana');
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  /** Pastes `text` (with a publication date when given) and waits for the review screen. */
  async function paste(text: string, published?: string): Promise<void> {
    await page.goto(`${srv.url}/ingest`);
    await page.getByRole('tab', { name: 'Paste text' }).click();
    await page.getByLabel('Text', { exact: true }).fill(text);
    if (published) await page.getByLabel(/^Publication date/).fill(published);
    await page.getByRole('button', { name: 'Extract' }).click();
    await page.waitForURL(/\/drafts\//);
    await page.locator('li.item[data-kind="claim"]').first().waitFor();
  }

  /** The review screen's claims: the stance and statement date each shows. */
  async function reviewDates(): Promise<Array<{ stance: string; made_on: string; source: string }>> {
    const out = [];
    for (const item of await page.locator('li.item[data-kind="claim"]').all()) {
      const field = async (k: string) => {
        const dd = item.locator('.claim-summary dl > div', { has: page.locator('dt', { hasText: new RegExp(`^${k}$`) }) }).locator('dd');
        return (await dd.count()) ? dd.innerText() : '';
      };
      out.push({ stance: await field('stance'), made_on: await field('made_on'), source: await field('made_on_source') });
    }
    return out;
  }

  /** Publishes every item at TLP:GREEN; the report page opens. Returns the stored claims of the report. */
  async function publish(): Promise<ClaimOut[]> {
    await page.getByRole('button', { name: 'Accept all claims' }).click();
    await page.getByRole('status').filter({ hasText: /claims? accepted/ }).waitFor();
    await page.getByLabel('TLP of the published report').selectOption('green');
    await page.getByRole('button', { name: /^Publish/ }).click();
    await page.waitForURL(/\/objects\/report--/);
    const reportId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const list = await (await page.request.get(`${srv.url}/api/claims?source=${encodeURIComponent(reportId)}&limit=100`)).json();
    return list.items as ClaimOut[];
  }

  test('a dateline "14 March 2025" and "on Monday": claims dated 2025-03-14 and 2025-03-10 on review and after publishing', async () => {
    await paste(DATED);
    const review = await reviewDates();
    const denial = review.find((c) => c.stance === 'denies');
    const accusation = review.find((c) => c.stance === 'accuses');
    assert.ok(denial && accusation, JSON.stringify(review));
    assert.deepEqual([denial.made_on, denial.source], ['2025-03-10', 'text'], '"on Monday" before Friday 14 March 2025');
    assert.deepEqual([accusation.made_on, accusation.source], ['2025-03-14', 'text'], 'the dateline');
    assert.ok(review.every((c) => c.made_on !== today), 'never the day of loading');

    const stored = await publish();
    assert.deepEqual(stored.filter((c) => c.stance === 'denies').map((c) => [c.made_on, c.made_on_precision, c.made_on_source]), [['2025-03-10', 'day', 'text']]);
    assert.deepEqual(stored.filter((c) => c.stance === 'accuses').map((c) => [c.made_on, c.made_on_precision, c.made_on_source]), [['2025-03-14', 'day', 'text']]);
    // the report page's statement cards read the same dates
    await page.locator('.side .sentence').first().waitFor();
    const sentences = await page.locator('.side .sentence').allInnerTexts();
    assert.ok(sentences.some((t) => /^China denies .*, 10 March 2025, 1 source$/.test(t)), sentences.join('\n'));
    assert.ok(sentences.some((t) => /^United States accuses China .*, 14 March 2025, 1 source$/.test(t)), sentences.join('\n'));
  });

  test('an undated article with a publication date given on the paste form: its claims take it, from the publication', async () => {
    await paste(UNDATED, '2025-02-03');
    assert.ok((await reviewDates()).every((c) => c.made_on !== today), 'never the day of loading');
    const stored = await publish();
    assert.ok(stored.length > 0);
    for (const c of stored) assert.deepEqual([c.made_on, c.made_on_source], ['2025-02-03', 'publication'], c.evidence.text);
    const source = page.getByRole('region', { name: 'Source' });
    await source.locator('time[datetime^="2025-02-03"]').first().waitFor();
    assert.deepEqual(errors, [], 'no uncaught page errors');
  });
});
