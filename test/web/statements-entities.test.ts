/**
 * End-to-end in Debian's Chromium (same set-up as ui.test.ts: the built UI against a real server
 * with the default knowledge): the seed article and an English wire report of the same remarks,
 * both published, show on the Volt Typhoon page as statements with two sources whose cards read as
 * sentences; the matrix counts statements with agencies rolled up; an entity is renamed, a
 * duplicate merged into it and a mistaken one deleted from its page, with history, while another
 * organisation's editor is refused; an entity split with the references the form proposes (those
 * whose text names only the moving alias) moved to the new entity.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasShared, sharedPath } from '../helpers/shared.ts';
import { buildReport, buildSdo } from '../helpers/factories.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import type { TestServer } from '../helpers/http.ts';
import { defaultResolver, knowledgeId } from '../../src/knowledge/index.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import { publishText, WIRE_REPORT } from '../claims/wire-report.ts';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { signIn, startFixtureServer } from './fixture-server.ts';

const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : !hasShared ? '../shared is ABSENT: the reference article is needed' : false;
if (skip) process.stderr.write(`\n!!! statement and entity UI tests NOT RUN: ${skip}\n`);


describe('statements and entity fixing in Chromium', { skip, timeout: 240_000 }, () => {
  let srv: TestServer;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const volt = defaultResolver().entities.find((e) => e.type === 'intrusion-set' && e.name === 'Volt Typhoon')!;
  const wang = buildSdo('identity', { name: 'Wang Lei', identity_class: 'individual', created: new Date(Date.now() - 60_000).toISOString() });
  const dup = buildSdo('identity', { name: 'Vuong Loi', identity_class: 'individual', created: new Date(Date.now() - 60_000).toISOString(), x_opstrack_aliases: [{ name: 'Vương Lỗi', lang: 'vi' }] });
  const mistake = buildSdo('identity', { name: 'the spokesperson', identity_class: 'individual', created: new Date(Date.now() - 60_000).toISOString() });
  const cluster = buildSdo('intrusion-set', { name: 'Typhoon Cluster', aliases: ['Volt Typhoon', 'Salt Typhoon'], created: new Date(Date.now() - 60_000).toISOString() });
  const saltReport = buildReport([cluster.id], { name: 'Telecoms breached', published: '2024-10-01T00:00:00.000Z', x_opstrack_text: 'Salt Typhoon breached US telecoms.' });
  const voltReport = buildReport([cluster.id], { name: 'Utilities', published: '2024-02-01T00:00:00.000Z', x_opstrack_text: 'Volt Typhoon sat in US utilities.' });
  const claimIds: Record<'salt' | 'volt', string> = { salt: '', volt: '' };

  before(async () => {
    await buildWebIfStale();
    [srv, browser] = await Promise.all([startFixtureServer(), launchChromium()]);
    // ana (Blue-CERT) publishes both articles; the entities to fix are Blue-CERT's
    await publishText(srv, 'ana', { text: readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8'), published: '2024-12-20' }, 'green');
    await publishText(srv, 'ana', { text: WIRE_REPORT, published: '2024-12-21' }, 'green');
    const ana: UserViewer = { kind: 'user', userId: srv.users.ana!.id, orgId: srv.orgs['Blue-CERT']!, role: 'admin', installationAdmin: false };
    const put = await srv.store.put([wang, dup, mistake, cluster, saltReport, voltReport], { actor: ana });
    assert.equal(put.conflicts.length, 0);
    const us = defaultResolver().entities.find((e) => e.kind === 'country' && e.code === 'US')!;
    const cn = defaultResolver().entities.find((e) => e.kind === 'country' && e.code === 'CN')!;
    const claim = (report: typeof saltReport, text: string) => ({
      claimant_ref: knowledgeId('identity', 'state-government', 'US'), speaks_for_ref: us.id, stance: 'accuses' as const, subject_refs: [cluster.id],
      addressee_refs: [cn.id], made_on: String(report.published).slice(0, 10), source_ref: report.id, evidence: { text, lang: 'en' },
    });
    const claims = new ClaimService(srv.store, srv.store.db);
    claimIds.salt = (await claims.put(ana, [claim(saltReport, 'Salt Typhoon breached US telecoms.')]))[0]!.id;
    claimIds.volt = (await claims.put(ana, [claim(voltReport, 'Volt Typhoon sat in US utilities.')]))[0]!.id;
    ctx = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' });
    ctx.setDefaultTimeout(15_000);
    page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await loginAs(page, 'ana');
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  async function loginAs(p: Page, name: string): Promise<void> {
    await signIn(p, srv.url, name);
  }

  test('the seed\'s claims and the wire report\'s are statements with two sources, read as sentences', async () => {
    await page.goto(`${srv.url}/objects/${encodeURIComponent(volt.id)}`);
    await page.getByRole('heading', { level: 1, name: /Volt Typhoon/ }).waitFor();
    const denial = page.locator('.side-against article.statement', { hasText: 'bác bỏ' });
    await denial.waitFor();
    assert.equal(await denial.getAttribute('data-sources'), '2');
    assert.equal(await denial.locator('.sentence').innerText(), 'China (Wang Lei) denies that it is behind Volt Typhoon and Salt Typhoon, 20 December 2024, 2 sources');
    const accusation = page.locator('.side-for article.statement', { hasText: 'Washington cũng cáo buộc' });
    assert.equal(await accusation.locator('.sentence').innerText(), 'United States accuses China over Volt Typhoon and Salt Typhoon, 20 December 2024, 2 sources');
    assert.match(await accusation.locator('.statement-meta').innerText(), /2 independent sources · first reported 2024-12-20 in .+ · latest 2024-12-21 in /);
    // every source and passage, in its own language
    await accusation.getByText(/Sources and passages/).click();
    const langs = await accusation.locator('.statement-sources blockquote').evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    assert.deepEqual(langs.sort(), ['en', 'vi']);
    // the claimant-kind filter: only vendors leaves the state's statements out
    await page.getByRole('group', { name: 'Claimant' }).getByRole('button', { name: 'vendors' }).click();
    await page.waitForFunction(() => !document.querySelector('.side-against article.statement'));
    assert.equal(await page.locator('article.statement', { hasText: 'bác bỏ' }).count(), 0);
    await page.locator('.side-for article.statement[data-statement]').first().waitFor();
    await screenshot(page, 'statements-volt-typhoon');
  });

  test('the matrix counts statements; agencies roll up to their state with the toggle', async () => {
    await page.goto(`${srv.url}/matrix`);
    const cell = page.getByRole('button', { name: /^United States → China: \d+ claim statement/ });
    await cell.waitFor();
    const count = async () => Number(/: (\d+) claim/.exec((await cell.getAttribute('aria-label')) ?? '')?.[1]);
    const toggle = page.getByLabel('Agencies under their state');
    assert.equal(await toggle.isChecked(), false);
    const flat = await count();
    // the default knowledge's FBI, CISA and Justice Department attributions to China join the United States' row
    assert.ok(await page.getByRole('button', { name: /^FBI → China/ }).count() > 0);
    await toggle.check();
    await page.waitForFunction(() => !document.querySelector('button[data-cell^="FBI→"]'));
    assert.ok((await count()) > flat, 'agencies counted under their state');
    await cell.click();
    const panel = page.getByRole('region', { name: /United States → China/ });
    await panel.locator('article.statement[data-sources="2"]', { hasText: 'Washington' }).waitFor();
    await panel.locator('article.statement .kind-tag[data-kind="agency"]').first().waitFor();
  });

  test('an entity renamed, a duplicate merged into it, a mistaken one deleted; history kept', async () => {
    await page.goto(`${srv.url}/objects/${encodeURIComponent(wang.id)}`);
    await page.getByRole('heading', { level: 1, name: /Wang Lei/ }).waitFor();
    const editor = page.getByRole('region', { name: 'Fix this entity' });
    await editor.getByRole('button', { name: 'Edit', exact: true }).click();
    await editor.getByLabel('Name').fill('Wang Lei (MFA)');
    await editor.getByLabel(/^Aliases/).fill('王磊 [zh]');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: /Wang Lei \(MFA\)/ }).waitFor();

    await editor.getByRole('button', { name: 'Merge a duplicate' }).click();
    await editor.getByLabel(/Find the duplicate/).fill('Vuong Loi');
    // search may offer other people named so (the published article's Vương Lỗi): pick the duplicate by its id
    await editor.locator('li', { hasText: dup.id }).getByRole('button', { name: 'Merge into this' }).click();
    await editor.getByRole('status').filter({ hasText: /Merged Vuong Loi/ }).waitFor();
    const aliases = page.getByRole('region', { name: 'Aliases' });
    await aliases.getByText('Vương Lỗi').waitFor();
    await aliases.getByText('王磊').waitFor();

    await editor.getByRole('button', { name: 'History' }).click();
    await page.waitForFunction(() => document.querySelectorAll('ol.history li').length === 3);

    await page.goto(`${srv.url}/objects/${encodeURIComponent(dup.id)}`);
    await page.getByText(/This entity was merged into/).waitFor();

    await page.goto(`${srv.url}/objects/${encodeURIComponent(mistake.id)}`);
    const fix = page.getByRole('region', { name: 'Fix this entity' });
    await fix.getByRole('button', { name: 'Delete', exact: true }).click();
    await fix.getByRole('button', { name: 'Confirm delete' }).click();
    await page.getByText(/This entity was deleted/).waitFor();
    await screenshot(page, 'entity-deleted');
    assert.deepEqual(errors, []);
  });

  test('an entity split: the form proposes the references naming only the moving alias; they move, with history', async () => {
    await page.goto(`${srv.url}/objects/${encodeURIComponent(cluster.id)}`);
    await page.getByRole('heading', { level: 1, name: /Typhoon Cluster/ }).waitFor();
    const editor = page.getByRole('region', { name: 'Fix this entity' });
    await editor.getByRole('button', { name: 'Split', exact: true }).click();
    await editor.getByLabel('Name of the new entity').fill('Salt Typhoon');
    await editor.getByRole('checkbox', { name: 'Salt Typhoon', exact: true }).check();
    const refs = editor.getByRole('group', { name: 'References that move to it' });
    const box = (id: string) => refs.locator(`li[data-ref="${id}"] input[type="checkbox"]`);
    await box(claimIds.salt).waitFor();
    // proposed: what names Salt Typhoon only; what names Volt Typhoon stays
    assert.equal(await box(claimIds.salt).isChecked(), true);
    assert.equal(await box(saltReport.id).isChecked(), true);
    assert.equal(await box(claimIds.volt).isChecked(), false);
    assert.equal(await box(voltReport.id).isChecked(), false);
    await screenshot(page, 'entity-split');
    await editor.getByRole('button', { name: 'Split', exact: true }).last().click();
    await editor.getByRole('status').filter({ hasText: 'Split off Salt Typhoon: 2 reference(s) moved to it.' }).waitFor();

    const salt = (await (await page.request.get(`${srv.url}/api/claims/${claimIds.salt}?history=true`)).json()) as { claim: { subject_refs: string[] }; versions: unknown[] };
    const [created] = salt.claim.subject_refs;
    assert.notEqual(created, cluster.id);
    assert.equal(salt.versions.length, 2, 'the moved claim keeps its history');
    const volt = (await (await page.request.get(`${srv.url}/api/claims/${claimIds.volt}`)).json()) as { claim: { subject_refs: string[] } };
    assert.deepEqual(volt.claim.subject_refs, [cluster.id]);
    // the new entity's page lists the moved claim
    await page.goto(`${srv.url}/objects/${encodeURIComponent(created!)}`);
    await page.getByRole('heading', { level: 1, name: /Salt Typhoon/ }).waitFor();
    await page.locator('article.statement', { hasText: 'Salt Typhoon breached US telecoms.' }).first().waitFor();
    assert.deepEqual(errors, []);
  });

  test("another organisation's editor is refused", async () => {
    const other = await ctx.browser()!.newContext({ viewport: { width: 1366, height: 860 } });
    try {
      const p = await other.newPage();
      await loginAs(p, 'cy');
      await p.goto(`${srv.url}/objects/${encodeURIComponent(wang.id)}`);
      const editor = p.getByRole('region', { name: 'Fix this entity' });
      await editor.getByRole('button', { name: 'Edit', exact: true }).click();
      await editor.getByLabel('Name').fill('Hijacked');
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.getByRole('alert').filter({ hasText: /Edit: / }).waitFor();
      await p.getByRole('heading', { level: 1, name: /Wang Lei \(MFA\)/ }).waitFor();
    } finally {
      await other.close();
    }
  });
});
