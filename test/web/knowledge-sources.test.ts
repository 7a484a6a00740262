/**
 * Issue 15, end to end in Debian's Chromium (the built UI against a real server with the default
 * knowledge): on Volt Typhoon's page, Microsoft's and CISA's default-knowledge attributions read
 * with the date of their public statement (24 May 2023, not the knowledge build date), their
 * evidence labelled as a summary by OpsTrack (never a quotation), and the public statement named:
 * publisher, title, date, linked only where the reference data gave an address. An attribution
 * whose statement date is not recorded reads "date unknown".
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../helpers/http.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';
import { KNOWLEDGE_TIMESTAMP } from '../../src/knowledge/to-stix.ts';
import { STATEMENT_SOURCES } from '../../src/knowledge/data/statement-sources.ts';
import { SUMMARY_LABEL } from '../../web/src/components/evidence.tsx';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { signIn, startFixtureServer } from './fixture-server.ts';

const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : false;
if (skip) process.stderr.write(`\n!!! default-knowledge source UI tests NOT RUN: ${skip}\n`);

describe('default-knowledge claims show their public statement in Chromium', { skip, timeout: 180_000 }, () => {
  let srv: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const entity = (name: string) => defaultResolver().entities.find((e) => e.type === 'intrusion-set' && e.name === name)!;

  before(async () => {
    await buildWebIfStale();
    [srv, browser] = await Promise.all([startFixtureServer(), launchChromium()]);
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' });
    ctx.setDefaultTimeout(15_000);
    page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, srv.url, 'bo');
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  test('Microsoft and CISA on Volt Typhoon: the statement date, a labelled summary, the public statement', async () => {
    await page.goto(`${srv.url}/objects/${encodeURIComponent(entity('Volt Typhoon').id)}`);
    await page.getByRole('heading', { level: 1, name: /Volt Typhoon/ }).waitFor();
    for (const source of ['Microsoft', 'CISA'] as const) {
      const s = STATEMENT_SOURCES[`Volt Typhoon|${source}`]!;
      const card = page.locator('article.statement', { has: page.locator('.sentence', { hasText: new RegExp(`^${source} attributes`) }) });
      await card.waitFor();
      const sentence = await card.locator('.sentence').innerText();
      assert.match(sentence, /24 May 2023/, sentence);
      assert.ok(!sentence.includes('2026'), `${sentence}: not the knowledge build date (${KNOWLEDGE_TIMESTAMP})`);
      await card.getByText(/Sources and passages/).click();
      const item = card.locator('.statement-sources li').first();
      // generated text: labelled, and no quotation anywhere in the card
      assert.equal(await item.locator('.evidence-summary .summary-label').textContent(), SUMMARY_LABEL);
      assert.match(await item.locator('.evidence-summary').innerText(), new RegExp(`${source} attributes Volt Typhoon to China\\.`));
      assert.equal(await card.locator('blockquote').count(), 0, 'a summary is not styled as a quotation');
      const named = item.locator('.public-source');
      const text = await named.innerText();
      assert.ok(text.includes(`${s.publisher}, ${s.title}, 2023-05-24`), text);
      if (s.url) assert.equal(await named.getByRole('link', { name: s.title }).getAttribute('href'), s.url);
      else assert.equal(await named.getByRole('link').count(), 0, `${source}: no address in the reference data, no link`);
    }
    await screenshot(page, 'knowledge-sources-volt-typhoon');
  });

  test('an attribution whose statement date is not recorded reads "date unknown"', async () => {
    const s = STATEMENT_SOURCES['Salt Typhoon|Microsoft']!;
    assert.equal(s.date, undefined, 'the fixture: Microsoft on Salt Typhoon is undated');
    await page.goto(`${srv.url}/objects/${encodeURIComponent(entity('Salt Typhoon').id)}`);
    await page.getByRole('heading', { level: 1, name: /Salt Typhoon/ }).waitFor();
    const card = page.locator('article.statement', { has: page.locator('.sentence', { hasText: /^Microsoft attributes/ }) });
    await card.waitFor();
    await card.getByText(/Sources and passages/).click();
    const text = await card.locator('.public-source').innerText();
    assert.ok(text.endsWith(`${s.publisher}, ${s.title}, date unknown`), text);
    assert.ok(!(await card.innerText()).includes(KNOWLEDGE_TIMESTAMP.slice(0, 10)));
    assert.deepEqual(errors, []);
  });
});
