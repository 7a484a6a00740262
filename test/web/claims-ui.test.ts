/**
 * Issue 15 in Chromium (items 1, 3, 6, 8): the review screen puts claims first with a legend and
 * its shortcuts, scrolls the article to the selected passage and keeps focus after a save; every
 * field of a drafted claim is edited with the pickers (names typed in Vietnamese and Chinese) and
 * stored; a claim is added from selected text; accept-all is one request; the report page shows
 * the source with its passages highlighted, and a claim's "Open passage" opens it there, in view;
 * a published claim is corrected and retracted and its history shown; a reader of another
 * organisation is told, in general terms, that marked items are not shown, and what they can see.
 * Set-up as test/web/ui.test.ts: the built UI against a real server with the default knowledge.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasShared, sharedPath } from '../helpers/shared.ts';
import type { TestServer } from '../helpers/http.ts';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { fixturePassword, signIn, startFixtureServer } from './fixture-server.ts';

const VIEWPORT = { width: 1366, height: 860 };
const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : !hasShared ? '../shared is ABSENT: the reference article is needed' : false;
if (skip) process.stderr.write(`\n!!! claim UI tests NOT RUN: ${skip}\n`);

const NOTICE = /marked for other organisations are not shown here/;

describe('claim editing, sources and hidden items in Chromium', { skip, timeout: 300_000 }, () => {
  let srv: TestServer;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let text = '';
  let draftId = '';
  let reportPath = '';
  const errors: string[] = [];

  before(async () => {
    await buildWebIfStale();
    [srv, browser] = await Promise.all([startFixtureServer(), launchChromium()]);
    // a reader of another organisation
    await srv.repo.addUser({ name: 'dee', org: 'Red-Lab', role: 'reader', password: fixturePassword('dee'), installationAdmin: false });
    ctx = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
    ctx.setDefaultTimeout(20_000);
    page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    text = readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8');
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  async function loginAs(p: Page, name: string): Promise<void> {
    await signIn(p, srv.url, name);
  }

  const draft = async () => (await page.request.get(`${srv.url}/api/drafts/${draftId}`)).json() as Promise<{ text: string; items: Array<{ id: string; kind: string; status: string; spans: Array<{ start: number; end: number }>; data: Record<string, any> }> }>;

  /** Picks the first suggestion for `typed` in the picker labelled `label` (within `scope`). */
  async function pick(scope: ReturnType<Page['locator']>, label: string, typed: string, expect: RegExp): Promise<void> {
    const box = scope.getByRole('combobox', { name: label, exact: true });
    await box.fill(typed);
    await scope.getByRole('listbox', { name: `${label} suggestions` }).getByRole('option', { name: expect }).first().waitFor();
    await box.press('Enter');
    await scope.getByRole('list', { name: `${label}: chosen` }).getByText(expect).first().waitFor();
  }

  /** Whether the element's box lies inside the visible part of the article box. */
  async function inArticleView(p: Page, selector: string): Promise<boolean> {
    return p.locator(selector).first().evaluate((el) => {
      const box = el.closest('.article')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.top >= 0 && r.bottom <= window.innerHeight;
    });
  }

  test('review screen: claims first, legend, shortcuts, one TLP choice, the passage scrolled into view', async () => {
    await loginAs(page, 'ana');
    await page.goto(`${srv.url}/ingest`);
    assert.equal(await page.getByLabel('TLP').count(), 0, 'no TLP asked at ingest: it is chosen once, when publishing');
    await page.getByRole('tab', { name: 'Upload file' }).click();
    await page.getByLabel('Title (optional)').waitFor();
    await page.getByRole('tab', { name: 'Paste text' }).click();
    await page.getByLabel('Text', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Extract' }).click();
    await page.waitForURL(/\/drafts\//);
    draftId = decodeURIComponent(page.url().split('/drafts/')[1]!);
    await page.locator('li.item').first().waitFor();
    assert.equal(await page.locator('li.item').first().getAttribute('data-kind'), 'claim', 'claims first');
    await page.getByLabel('Highlight colours').first().waitFor();
    assert.match(await page.getByLabel('Keyboard shortcuts').innerText(), /a accept.*r reject.*e edit/);
    assert.equal(await page.getByLabel('TLP of the published report').count(), 1);

    // the last claim's passage is far down: selecting it scrolls the article box, not the list
    const claims = page.locator('li.item[data-kind="claim"]');
    const last = claims.last();
    const id = await last.getAttribute('data-item');
    await last.click();
    await page.waitForFunction((i) => document.querySelector(`mark[data-items~="${i}"]`)?.classList.contains('hl-selected'), id);
    assert.ok(await inArticleView(page, `mark[data-items~="${id}"]`), 'the selected passage is in view');
    await screenshot(page, 'claims-review');
  });

  test('edit every field of a drafted claim with the pickers; it is stored, and focus stays on the item', async () => {
    const item = page.locator('li.item[data-kind="claim"]').first();
    const id = (await item.getAttribute('data-item'))!;
    await item.focus();
    await page.keyboard.press('e');
    const editor = item.getByRole('form', { name: 'Claim editor' });
    await editor.waitFor();
    // names typed in the article's language and in Chinese find the knowledge base's entities
    await editor.getByRole('button', { name: /^Remove .* from Claimant$/ }).click();
    await pick(editor, 'Claimant', 'Trung Quốc', /^China/);
    const speaker = editor.getByRole('combobox', { name: 'Speaker', exact: true });
    await speaker.fill('Lin Jian Spokesperson');
    await speaker.press('Enter');
    await editor.getByRole('list', { name: 'Speaker: chosen' }).getByText('Lin Jian Spokesperson').waitFor();
    await editor.getByLabel('Stance').selectOption('denies');
    // each removal re-renders the list: take the first remaining button until none is left
    const clear = async (field: string) => {
      const remove = editor.getByRole('button', { name: new RegExp(`from ${field}$`) });
      while ((await remove.count()) > 0) await remove.first().click();
    };
    await clear('Target');
    await pick(editor, 'Target', 'United States', /^United States/);
    await clear('About');
    await pick(editor, 'About', '伏特台风', /^Volt Typhoon/);
    await pick(editor, 'About', 'Salt Typhoon', /^Salt Typhoon/);
    await editor.getByLabel('Date from').selectOption('text');
    await editor.getByLabel('Date', { exact: true }).fill('2025-03-14');
    await editor.getByLabel('Precision').selectOption('month');
    await editor.getByLabel('Confidence (%)').fill('55');
    await screenshot(page, 'claim-editor');
    await editor.getByRole('button', { name: 'Save & accept' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.waitForFunction((i) => document.activeElement?.getAttribute('data-item') === i, id);

    const stored = (await draft()).items.find((i) => i.id === id)!;
    assert.equal(stored.status, 'accepted');
    assert.equal(stored.data.claimant, 'CN');
    assert.equal(stored.data.claimant_kind, 'state');
    assert.equal(stored.data.speaker, 'Lin Jian Spokesperson');
    assert.equal(stored.data.stance, 'denies');
    assert.equal(stored.data.target, 'US');
    assert.deepEqual(stored.data.about, ['Volt Typhoon', 'Salt Typhoon']);
    assert.equal(stored.data.made_on, '2025-03-14');
    assert.equal(stored.data.made_on_precision, 'month');
    assert.equal(stored.data.made_on_source, 'text');
    assert.equal(stored.data.confidence, 0.55);
    assert.match(await item.innerText(), /Lin Jian Spokesperson/);
  });

  test('a new claim from the selected text, with the passage as evidence and its offsets', async () => {
    const phrase = 'hai bên có thể thảo luận thẳng thắn về các mối quan tâm của mỗi bên';
    const start = text.indexOf(phrase);
    assert.ok(start > 0);
    // the paragraphs joined by newlines are the text: select [start, end) by walking their text nodes
    // (a string: no transpiler helpers in the page)
    await page.evaluate(`(() => {
      const paragraphs = [...document.querySelectorAll('section[aria-label="Article"] .article > p')];
      const at = (off) => {
        let before = 0;
        for (const [i, p] of paragraphs.entries()) {
          const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let t = w.nextNode(); t; t = w.nextNode()) {
            const from = before + i;
            if (off >= from && off <= from + t.textContent.length) return [t, off - from];
            before += t.textContent.length;
          }
        }
        throw new Error('no text at ' + off);
      };
      const range = document.createRange();
      range.setStart(...at(${start}));
      range.setEnd(...at(${start + phrase.length}));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    })()`);
    await page.locator('section[aria-label="Article"]').dispatchEvent('mouseup');
    await page.getByRole('button', { name: 'New claim from the selected text' }).click();
    const editor = page.getByRole('form', { name: 'Claim editor' });
    assert.equal(await editor.locator('.passage').innerText(), phrase);
    await pick(editor, 'Claimant', 'Trung Quốc', /^China/);
    await editor.getByLabel('Stance').selectOption('calls-for');
    await pick(editor, 'Target', 'United States', /^United States/);
    await editor.getByRole('button', { name: 'Add claim' }).click();
    await editor.waitFor({ state: 'detached' });
    const added = (await draft()).items.find((i) => i.kind === 'claim' && i.data.method === 'analyst')!;
    assert.ok(added, 'the claim is in the draft');
    assert.equal(added.status, 'accepted');
    assert.deepEqual(added.spans, [{ start, end: start + phrase.length }]);
    assert.equal(added.data.evidence.text, phrase);
    assert.equal(added.data.stance, 'calls-for');
    assert.equal(added.data.target, 'US');
    await page.locator(`li.item[data-item="${added.id}"].selected`).waitFor();
  });

  test('accept all in one request with progress, publish at TLP:AMBER; the report page shows the source', async () => {
    const batches: string[] = [];
    page.on('request', (r) => { if (r.method() === 'PATCH' && /\/api\/drafts\/[^/]+\/items$/.test(r.url())) batches.push(r.url()); });
    await page.getByRole('button', { name: 'Accept all claims' }).click();
    await page.getByRole('status').filter({ hasText: /claims? accepted/ }).waitFor();
    await page.getByRole('button', { name: 'Accept all mentions' }).click();
    await page.getByRole('status').filter({ hasText: /mentions? accepted/ }).waitFor();
    assert.equal(batches.length, 2, 'one request per batch');
    assert.equal(await page.locator('li.item[data-status="proposed"]').count(), 0);
    await page.getByLabel('TLP of the published report').selectOption('amber');
    await page.getByRole('button', { name: /^Publish/ }).click();
    await page.waitForURL(/\/objects\/report--/);
    reportPath = new URL(page.url()).pathname;
    const source = page.getByRole('region', { name: 'Source' });
    await source.locator('mark.hl-claim').first().waitFor();
    await source.locator('mark.hl-entity').first().waitFor();
    assert.match(await source.innerText(), /Language\s*vi/);
    assert.match(await source.innerText(), /Ingested\s*\d{4}-\d{2}-\d{2}/);
    assert.match(await source.getByRole('note').innerText(), NOTICE);
    await screenshot(page, 'claims-report');
  });

  test('"Open passage" on a claim card opens the report page with the passage selected and in view', async () => {
    await page.goto(`${srv.url}/search?q=Volt%20Typhoon`);
    await page.getByRole('region', { name: 'intrusion set' }).getByRole('link', { name: 'Volt Typhoon', exact: true }).click();
    // a denial statement (the one edited above is among them): its first source's passage
    const statement = page.locator('.side-against article.claim').first();
    await statement.waitFor();
    await statement.locator('summary').click();
    const source = statement.locator('li[data-claim]').first();
    const claimId = (await source.getAttribute('data-claim'))!;
    const sourcePath = new URL(await source.locator('a', { hasText: 'Open passage' }).getAttribute('href') ?? '', srv.url).pathname;
    await source.getByRole('link', { name: 'Open passage' }).click();
    await page.waitForURL((u) => u.pathname === sourcePath && u.searchParams.get('claim') === claimId);
    const mark = `mark.hl-selected[data-items~="${claimId}"]`;
    await page.locator(mark).first().waitFor();
    await page.waitForFunction((sel) => {
      const el = document.querySelector(sel);
      const box = el?.closest('.article')?.getBoundingClientRect();
      const r = el?.getBoundingClientRect();
      return !!(box && r && r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.bottom <= window.innerHeight);
    }, mark);
    await page.getByRole('complementary', { name: 'Selected passage' }).locator(`article.claim[data-claim="${claimId}"]`).waitFor();
  });

  test('correct a published claim, then retract it, and see its history', async () => {
    await page.goto(`${srv.url}${reportPath}`);
    // the report's statements list every source claim under "Sources and passages"
    await page.locator('.side details > summary').first().waitFor();
    for (const summary of await page.locator('.side details > summary').all()) await summary.click();
    const card = page.locator('.side li[data-claim]', { hasText: 'hai bên có thể thảo luận' }).first();
    await card.waitFor();
    const claimId = (await card.getAttribute('data-claim'))!;
    await card.getByRole('button', { name: 'Correct' }).click();
    const editor = card.getByRole('form', { name: 'Correct this claim' });
    await editor.getByRole('list', { name: 'Claimant: chosen' }).getByText(/Government of China/).waitFor();
    await editor.getByLabel('Stance').selectOption('warns');
    await editor.getByLabel('Confidence (%)').fill('35');
    await editor.getByLabel('Activity in words').fill('cyber talks between the two sides');
    await editor.getByLabel('Date from').selectOption('unknown');
    await editor.getByRole('button', { name: 'Save correction' }).click();
    await page.waitForURL((u) => u.pathname.endsWith(encodeURIComponent(claimId)) || u.pathname.endsWith(claimId));
    const history = page.getByRole('table', { name: 'Claim history' }).first();
    await history.locator('tbody tr').nth(1).waitFor();
    assert.match(await history.locator('tbody tr').nth(1).innerText(), /corrected: .*confidence.*stance/);
    assert.match(await history.locator('tbody tr').nth(1).innerText(), /Blue-CERT/);
    const stored = await (await page.request.get(`${srv.url}/api/claims/${claimId}`)).json();
    assert.equal(stored.claim.stance, 'warns');
    assert.equal(stored.claim.confidence, 35);
    assert.equal(stored.claim.subject_description, 'cyber talks between the two sides');
    assert.equal(stored.claim.made_on_source, 'unknown');
    assert.equal(stored.claim.made_on, undefined);

    const claimCard = page.locator(`article.claim[data-claim="${claimId}"]`).first();
    await claimCard.getByRole('button', { name: 'Retract' }).click();
    await claimCard.getByRole('button', { name: 'Retract claim' }).click();
    await page.locator('table[aria-label="Claim history"] tbody tr').nth(2).waitFor();
    assert.match(await page.locator('table[aria-label="Claim history"] tbody tr').nth(2).innerText(), /retracted/);
    await page.locator(`article.claim[data-claim="${claimId}"] .retracted`).waitFor();
    assert.equal(await page.locator(`article.claim[data-claim="${claimId}"]`).getByRole('button', { name: 'Correct' }).count(), 0, 'a retraction is final');
    const list = await (await page.request.get(`${srv.url}/api/claims/by-source/${decodeURIComponent(reportPath.split('/').pop()!)}`)).json();
    assert.ok(!list.items.some((c: { id: string }) => c.id === claimId), 'the retracted claim leaves the lists');
    await screenshot(page, 'claim-history');
  });

  test('a reader of another organisation is told marked items are not shown, never which; and what they can see', async () => {
    const other = await browser.newContext({ viewport: VIEWPORT });
    try {
      const p = await other.newPage();
      await loginAs(p, 'dee');
      await p.goto(`${srv.url}/search?q=Volt%20Typhoon`);
      await p.getByRole('region', { name: 'intrusion set' }).getByRole('link', { name: 'Volt Typhoon', exact: true }).click();
      await p.getByRole('heading', { level: 1, name: /Volt Typhoon/ }).waitFor();
      await p.locator('.side-for article.claim').first().waitFor();
      assert.equal(await p.locator('article.claim', { hasText: 'Lin Jian' }).count(), 0, 'the AMBER claims stay hidden');
      const notice = p.getByRole('note').filter({ hasText: NOTICE }).first();
      assert.match(await notice.innerText(), /^Claims marked for other organisations are not shown here\./);
      assert.doesNotMatch(await notice.innerText(), /\d/, 'no count');
      assert.equal(await p.getByRole('button', { name: 'Correct' }).count(), 0, 'a reader is offered no corrections');
      await p.goto(`${srv.url}/matrix`);
      await p.getByRole('note').filter({ hasText: NOTICE }).waitFor();
      await p.goto(`${srv.url}${reportPath}`);
      await p.getByRole('heading', { name: 'Not found' }).waitFor();
      assert.match(await p.getByRole('note').innerText(), /either no such object exists, or it is marked for other organisations/);
      await p.getByRole('link', { name: 'What your organisation can see' }).click();
      await p.getByRole('heading', { name: 'What Red-Lab can see' }).waitFor();
      assert.match(await p.getByRole('table', { name: 'Who sees each marking' }).innerText(), /AMBER/i);
      await screenshot(p, 'visibility');
    } finally {
      await other.close();
    }
    assert.deepEqual(errors, [], 'no uncaught page errors');
  });
});
