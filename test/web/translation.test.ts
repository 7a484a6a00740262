/**
 * Issue 15, item 3, in Chromium: with an OpenAI-compatible endpoint configured (here a local
 * stand-in that counts calls), a Vietnamese passage on the Volt Typhoon page offers "Translate" and
 * shows the translation beside the original, labelled as machine translation; after a reload it is
 * answered from the server's cache without asking the endpoint again (that the cache outlives the
 * process is test/claims/claim-translation-api.test.ts's); an English passage offers nothing to
 * translate.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { hasShared, sharedPath } from '../helpers/shared.ts';
import type { TestServer } from '../helpers/http.ts';
import { fakeEndpoint } from '../helpers/fake-llm.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';
import { publishText, WIRE_REPORT } from '../claims/wire-report.ts';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { signIn, startFixtureServer } from './fixture-server.ts';

const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : !hasShared ? '../shared is ABSENT: the reference article is needed' : false;
if (skip) process.stderr.write(`\n!!! translation UI tests NOT RUN: ${skip}\n`);

describe('machine translation beside the passage in Chromium', { skip, timeout: 240_000 }, () => {
  let srv: TestServer;
  let llm: Awaited<ReturnType<typeof fakeEndpoint>>;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const volt = defaultResolver().entities.find((e) => e.type === 'intrusion-set' && e.name === 'Volt Typhoon')!;

  before(async () => {
    await buildWebIfStale();
    llm = await fakeEndpoint();
    [srv, browser] = await Promise.all([startFixtureServer({ translation: { url: llm.url, model: 'test-model' } }), launchChromium()]);
    await publishText(srv, 'ana', { text: readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8'), published: '2024-12-20' }, 'green');
    await publishText(srv, 'ana', { text: WIRE_REPORT, published: '2024-12-21' }, 'green');
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' });
    ctx.setDefaultTimeout(20_000);
    page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, srv.url, 'ana');
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
    await llm?.close();
  });

  /** The Volt Typhoon denial's sources, opened. */
  async function denialSources() {
    await page.goto(`${srv.url}/objects/${encodeURIComponent(volt.id)}`);
    const denial = page.locator('.side-against article.statement[data-sources="2"]').first();
    await denial.waitFor();
    await denial.getByText(/Sources and passages/).click();
    return denial;
  }

  test('a Vietnamese passage is translated beside the original, marked machine; a reload answers from the cache', async () => {
    const denial = await denialSources();
    const vi = denial.locator('.statement-sources li', { has: page.locator('blockquote[lang="vi"]') }).first();
    const en = denial.locator('.statement-sources li', { has: page.locator('blockquote[lang="en"]') }).first();
    assert.equal(await en.getByRole('button', { name: 'Translate' }).count(), 0, 'English needs no translation');
    const original = await vi.locator('blockquote[lang="vi"]').innerText();
    await vi.getByRole('button', { name: 'Translate' }).click();
    const figure = vi.locator('figure.machine-translation');
    await figure.waitFor();
    assert.match(await figure.locator('figcaption').innerText(), /^Machine translation \(vi → en, test-model\), not the source’s words$/);
    assert.equal(await figure.locator('p').innerText(), `EN: ${original.slice(0, 40)}`);
    assert.equal(await figure.getAttribute('lang'), 'en');
    assert.equal(await vi.locator('blockquote[lang="vi"]').innerText(), original, 'the original stays beside it');
    assert.equal(llm.asked.length, 1);
    await screenshot(page, 'machine-translation');

    const again = await denialSources();
    const viAgain = again.locator('.statement-sources li', { has: page.locator('blockquote[lang="vi"]') }).first();
    await viAgain.getByRole('button', { name: 'Translate' }).click();
    await viAgain.locator('figure.machine-translation').waitFor();
    assert.equal(llm.asked.length, 1, 'answered from the cache');
    assert.deepEqual(errors, [], 'no uncaught page errors');
  });
});
