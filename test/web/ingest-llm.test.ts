/**
 * The per-draft extraction choice in the browser: without an LLM endpoint the ingest page offers no
 * choice; with one (a local server playing a recorded answer) it offers "rules + LLM (model)", the
 * draft is made with it, and the review screen says how it was extracted and shows the draft's
 * warnings (here: the model's claims whose quotes are not in the text, dropped).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { signIn, startFixtureServer } from './fixture-server.ts';
import { article, playRecorded, type Player } from '../extract/llm-server.ts';

const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : false;
if (skip) process.stderr.write(`\n!!! web LLM ingest tests NOT RUN: ${skip}\n`);

describe('ingest page: extraction rules / rules + LLM', { skip, timeout: 180_000 }, () => {
  let browser: Browser;
  let player: Player;

  before(async () => {
    await buildWebIfStale();
    [browser, player] = await Promise.all([launchChromium(), playRecorded(['hallucinated'])]);
  });

  after(async () => {
    await browser?.close();
    await player?.close();
  });

  test('no endpoint configured: no choice offered', async () => {
    const srv = await startFixtureServer();
    const page = await browser.newPage();
    try {
      await signIn(page, srv.url, 'cy');
      await page.goto(`${srv.url}/ingest`);
      await page.getByRole('button', { name: 'Extract' }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.equal(await page.getByLabel('Extraction').count(), 0);
    } finally {
      await page.close();
      await srv.close();
    }
  });

  test('an endpoint configured: rules + LLM chosen, the review says so and shows the warnings', async () => {
    const srv = await startFixtureServer({ ingest: { workers: 1, llm: { url: player.url, model: 'qwen2.5:7b-instruct' } } });
    const page = await browser.newPage();
    try {
      await signIn(page, srv.url, 'cy');
      await page.goto(`${srv.url}/ingest`);
      const choice = page.getByLabel('Extraction');
      await choice.waitFor();
      assert.deepEqual(await choice.locator('option').allTextContents(), ['rules', 'rules + LLM (qwen2.5:7b-instruct)']);
      await choice.selectOption('rules+llm');
      await page.getByLabel('Text', { exact: true }).fill(article('en'));
      await screenshot(page, 'ingest-llm');
      await page.getByRole('button', { name: 'Extract' }).click();
      await page.getByText('Extraction: rules + LLM').waitFor();
      const warnings = page.getByRole('status', { name: 'Extraction warnings' });
      await warnings.getByText('2 LLM claim(s) dropped: their quoted passage is not in the text').waitFor();
      assert.equal(player.requests.length, 1);
      await screenshot(page, 'review-llm-warnings');
    } finally {
      await page.close();
      await srv.close();
    }
  });
});
