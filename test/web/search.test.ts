/**
 * Search in the browser (Debian's Chromium): names in four other languages, an IP address from a
 * report published through drafts, a phrase of that article, a misspelt name; each result says why
 * it matched; filters narrow by type and language.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../helpers/http.ts';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { signIn, startFixtureServer } from './fixture-server.ts';

const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : false;

/** An advisory of the kind analysts paste, with a defanged address. */
const ADVISORY =
  'Power grid operator reports intrusion\n\n' +
  'The national grid operator said on Friday that attackers reached its engineering workstations. ' +
  'Responders found the operators of the intrusion set Volt Typhoon controlling the implant from 198.51.100[.]23 over several weeks. ' +
  'The operator restored its systems from offline backups.';

/** A press-conference note of the kind analysts paste, in Chinese, naming the spokesperson. */
const BRIEFING = '外交部发言人林剑在例行记者会上表示，中方坚决反对美方有关“伏特台风”的无端指控。';

describe('search in Chromium', { skip, timeout: 180_000 }, () => {
  let srv: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    await buildWebIfStale();
    [srv, browser] = await Promise.all([startFixtureServer(), launchChromium()]);
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' });
    ctx.setDefaultTimeout(15_000);
    page = await ctx.newPage();
    // publish the advisory and the briefing through drafts, as an editor would, with every proposed item accepted
    for (const text of [ADVISORY, BRIEFING]) {
      const created = await srv.json('/api/drafts', { method: 'POST', as: 'ana', json: { text, tlp: 'green' } });
      assert.equal(created.status, 202, JSON.stringify(created.body));
      const id = created.body.id as string;
      for (const item of created.body.items as Array<{ id: string }>) {
        assert.equal((await srv.json(`/api/drafts/${id}/items/${item.id}`, { method: 'PATCH', as: 'ana', json: { status: 'accepted' } })).status, 200);
      }
      const published = await srv.json(`/api/drafts/${id}/publish`, { method: 'POST', as: 'ana', json: {} });
      assert.equal(published.status, 200, JSON.stringify(published.body));
    }
    await signIn(page, srv.url, 'bo');
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  async function searchFor(q: string, filters: Record<string, string> = {}): Promise<Page> {
    const params = new URLSearchParams({ q, ...filters });
    await page.goto(`${srv.url}/search?${params.toString()}`);
    await page.getByText(/results? for/).waitFor();
    return page;
  }

  test('names in Vietnamese, Russian, Chinese and German find their country or group, saying which name matched', async () => {
    for (const [q, region, name, why] of [
      ['Trung Quốc', 'country / place', 'China', /also known as \(vi\): Trung Quốc/],
      ['Россия', 'country / place', 'Russia', /also known as \(ru\): Россия/],
      ['沙虫', 'intrusion set', 'Sandworm Team', /also known as \(zh\): 沙虫/],
      ['Russland', 'country / place', 'Russia', /also known as \(de\): Russland/],
    ] as const) {
      await searchFor(q);
      const item = page.getByRole('region', { name: region }).getByRole('option').filter({ has: page.getByRole('link', { name, exact: true }) });
      await item.waitFor();
      assert.match(await item.innerText(), why, q);
    }
  });

  test('the names the issue gives: Bắc Kinh, 中国 and Pékin find China; 林剑 finds the briefing that names him', async () => {
    for (const [q, lang] of [['Bắc Kinh', 'vi'], ['中国', 'zh'], ['Pékin', 'fr']] as const) {
      await searchFor(q);
      const item = page.getByRole('region', { name: 'country / place' }).getByRole('option').filter({ has: page.getByRole('link', { name: 'China', exact: true }) });
      await item.waitFor();
      assert.match(await item.innerText(), new RegExp(`also known as \\(${lang}\\): ${q}`), q);
    }
    await searchFor('林剑');
    const hits = await page.getByRole('option').allInnerTexts();
    assert.ok(hits.some((t) => t.includes('林剑')), `林剑 finds the passage naming him: ${JSON.stringify(hits)}`);
  });

  test('an IP address from the published report, typed plain or defanged, finds the indicator value and the sentence of the report', async () => {
    for (const q of ['198.51.100.23', '198.51.100[.]23']) {
      await searchFor(q);
      const report = page.getByRole('region', { name: 'report' }).getByRole('option').first();
      await report.waitFor();
      assert.match(await report.innerText(), /in the article \(en\): Responders found the operators of the intrusion set Volt Typhoon controlling the implant from 198\.51\.100\[\.\]23/);
    }
    await screenshot(page, 'search-indicator');
  });

  test('a phrase of the article finds its report; a misspelt name is read as the name it is nearest to', async () => {
    await searchFor('restored its systems from offline backups');
    assert.match(await page.getByRole('region', { name: 'report' }).getByRole('option').first().innerText(), /The operator restored its systems from offline backups\./);
    await searchFor('Volt Tyhpoon');
    await page.getByRole('region', { name: 'intrusion set' }).getByRole('link', { name: 'Volt Typhoon', exact: true }).waitFor();
    await page.getByText('(read “tyhpoon” as “typhoon”)').waitFor();
    await searchFor('Volt Typhon');
    await page.getByRole('region', { name: 'intrusion set' }).getByRole('link', { name: 'Volt Typhoon', exact: true }).waitFor();
    await page.getByText('(read “typhon” as “typhoon”)').waitFor();
    await screenshot(page, 'search-typo');
  });

  test('filters narrow by type and by the language of the matched text', async () => {
    await searchFor('Volt Typhoon', { type: 'report' });
    assert.equal(await page.getByRole('region', { name: 'intrusion set' }).count(), 0);
    await page.getByRole('region', { name: 'report' }).waitFor();
    await searchFor('Россия');
    await page.getByRole('region', { name: 'country / place' }).waitFor();
    await searchFor('Россия', { lang: 'vi' });
    assert.equal(await page.locator('#results').getByRole('option').count(), 0, 'no Vietnamese name matched a Russian query');
    // the filter form shows what is applied and applies what is chosen
    await page.getByLabel('Type').selectOption('location');
    await page.getByLabel('Language').fill('ru');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/lang=ru/);
    await page.getByRole('region', { name: 'country / place' }).getByRole('link', { name: 'Russia', exact: true }).waitFor();
  });
});
