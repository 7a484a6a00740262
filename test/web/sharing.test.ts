/**
 * The sharing page in Chromium: an admin of Blue-CERT creates a collection that Red-Lab may only
 * read, fills it with a report from the page, and the page shows the TAXII addresses and the
 * collection's id; the URL scraped from the page is then read over TAXII as a Red-Lab user, who
 * finds the report and cannot write. The same page shares an AMBER object with Red-Lab and names a
 * Red-Lab user a recipient of a RED report; the API then shows Red-Lab both.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import { buildIntrusionSet, buildReport } from '../helpers/factories.ts';
import type { TestServer } from '../helpers/http.ts';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { signIn, startFixtureServer } from './fixture-server.ts';

const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : false;
const TAXII = 'application/taxii+json;version=2.1';

describe('sharing page in Chromium', { skip, timeout: 180_000 }, () => {
  let srv: TestServer;
  let browser: Browser;
  let page: Page;
  const report = buildReport([], { name: 'Harbour sensor intrusions', object_marking_refs: [tlpMarkingId('green')] });
  const amber = buildIntrusionSet({ name: 'Amber Heron', object_marking_refs: [tlpMarkingId('amber')] });
  const red = buildReport([], { name: 'Red Ledger findings', object_marking_refs: [tlpMarkingId('red')] });

  before(async () => {
    await buildWebIfStale();
    [srv, browser] = await Promise.all([startFixtureServer(), launchChromium()]);
    const blue = srv.orgs['Blue-CERT']!;
    const ana: UserViewer = { kind: 'user', userId: srv.users.ana!.id, orgId: blue, role: 'admin', installationAdmin: true };
    await srv.store.put([report, amber, red], { actor: ana });
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
    ctx.setDefaultTimeout(15_000);
    page = await ctx.newPage();
    await signIn(page, srv.url, 'ana');
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  /** Types into the picker labelled `label` and picks the suggestion named `name`. */
  async function pick(scope: ReturnType<Page['locator']> | Page, label: string, name: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).fill(name.slice(0, 12));
    await scope.getByRole('option', { name: new RegExp(name) }).first().click();
  }

  test('a collection for Red-Lab, filled from the page, is read through the TAXII URL the page shows', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sharing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sharing' }).waitFor();
    const discovery = await page.getByLabel('TAXII discovery URL', { exact: true }).innerText();
    const apiRoot = await page.getByLabel('TAXII API root', { exact: true }).innerText();
    assert.equal(discovery, `${srv.url}/taxii2/`, 'an absolute discovery URL');
    assert.ok(apiRoot.startsWith(srv.url), 'an absolute API root');

    const form = page.getByRole('form', { name: 'New collection' });
    await form.getByLabel('Collection title').fill('For Red-Lab');
    await form.getByRole('group', { name: /Readers/ }).getByLabel('Red-Lab').check();
    await form.getByRole('button', { name: 'Create collection' }).click();
    await form.getByRole('status').waitFor();

    const card = page.getByRole('article', { name: 'For Red-Lab' });
    await card.waitFor();
    assert.equal((await card.getByLabel('Readers of For Red-Lab').innerText()).trim(), 'Red-Lab');
    assert.equal((await card.getByLabel('Writers of For Red-Lab').innerText()).trim(), '—');
    await pick(card, 'Add to For Red-Lab', 'Harbour sensor intrusions');
    await card.getByRole('button', { name: 'Add to collection' }).click();
    await card.getByRole('list', { name: 'Objects in For Red-Lab' }).getByRole('link', { name: 'Harbour sensor intrusions' }).waitFor();
    assert.equal((await card.getByLabel('Object count of For Red-Lab').innerText()).trim(), '1');
    const collectionId = (await card.getByLabel('Collection id of For Red-Lab').innerText()).trim();
    const objectsUrl = (await card.getByLabel('TAXII objects URL of For Red-Lab', { exact: true }).innerText()).trim();
    assert.match(collectionId, /^[0-9a-f-]{36}$/);
    assert.equal(objectsUrl, `${apiRoot}collections/${collectionId}/objects/`);
    await screenshot(page, 'sharing');

    // Red-Lab's editor, with HTTP Basic as a TAXII client would, from the URLs the page showed
    const cy = { authorization: `Basic ${Buffer.from('cy:cy-password-1').toString('base64')}`, accept: TAXII };
    const disc = await fetch(discovery, { headers: cy });
    assert.equal(disc.status, 200);
    // discovery names API roots relative to its own URL (spec section 4.1.1)
    const roots = ((await disc.json()) as { api_roots: string[] }).api_roots.map((r) => new URL(r, discovery).href);
    assert.ok(roots.includes(apiRoot), 'discovery lists the API root shown');
    const listed = (await (await fetch(`${apiRoot}collections/`, { headers: cy })).json()) as { collections: Array<{ id: string; can_read: boolean; can_write: boolean }> };
    const mine = listed.collections.find((c) => c.id === collectionId);
    assert.deepEqual([mine?.can_read, mine?.can_write], [true, false]);
    const got = await fetch(objectsUrl, { headers: cy });
    assert.equal(got.status, 200);
    assert.match(got.headers.get('content-type') ?? '', /application\/taxii\+json/);
    const envelope = (await got.json()) as { objects?: Array<{ id: string; name?: string }> };
    assert.deepEqual(envelope.objects?.map((o) => o.id), [report.id]);

    // ... who may read only
    const posted = await fetch(objectsUrl, {
      method: 'POST', headers: { ...cy, 'content-type': TAXII }, body: JSON.stringify({ objects: [buildIntrusionSet({ name: 'Planted' })] }),
    });
    assert.equal(posted.status, 403);
    const viaApi = await srv.json(`/api/collections/${collectionId}/objects`, { method: 'POST', as: 'cy', json: { ids: [report.id] } });
    assert.equal(viaApi.status, 403);
    assert.match(viaApi.body.message, /may not add/);
    // a Blue-CERT reader sees the collection; another organisation's reader would not (API test)
    assert.equal((await srv.json(`/api/collections/${collectionId}`, { as: 'bo' })).body.can_write, false);
  });

  test('an AMBER object shared with Red-Lab and a RED report naming a Red-Lab user, from the page', async () => {
    assert.equal((await srv.json(`/api/objects/${amber.id}`, { as: 'cy' })).status, 404, 'hidden before sharing');
    assert.equal((await srv.json(`/api/objects/${red.id}`, { as: 'cy' })).status, 404, 'hidden before naming');

    const share = page.getByRole('region', { name: 'Share with an organisation' });
    await pick(share, 'Object to share', 'Amber Heron');
    await share.getByLabel('Organisation to share with').selectOption({ label: 'Red-Lab' });
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    await share.getByRole('status').filter({ hasText: 'shared with Red-Lab' }).waitFor();

    const recipients = page.getByRole('region', { name: 'RED recipients' });
    await pick(recipients, 'RED object', 'Red Ledger findings');
    await recipients.getByLabel('Recipient user name').fill('cy');
    await recipients.getByRole('button', { name: 'Add recipient' }).click();
    await recipients.getByRole('status').filter({ hasText: 'cy now receives' }).waitFor();

    const amberSeen = await srv.json(`/api/objects/${amber.id}`, { as: 'cy' });
    assert.equal(amberSeen.status, 200);
    assert.equal(amberSeen.body.object.name, 'Amber Heron');
    assert.equal((await srv.json(`/api/objects/${red.id}`, { as: 'cy' })).status, 200);
    // the page reports the server's refusal: an unmarked object is not shared with organisations
    await pick(share, 'Object to share', 'Harbour sensor intrusions');
    await share.getByLabel('Organisation to share with').selectOption({ label: 'Red-Lab' });
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    await share.getByRole('alert').filter({ hasText: /only TLP:AMBER/ }).waitFor();

    // from the object's own page: Amber Heron goes into Red-Lab's collection, which Red-Lab now reads
    await page.goto(`${srv.url}/objects/${amber.id}`);
    await page.getByRole('heading', { level: 1, name: /Amber Heron/ }).waitFor();
    await page.getByLabel('Collection to add this object to').selectOption({ label: 'For Red-Lab' });
    await page.getByRole('button', { name: 'Add to collection' }).click();
    await page.getByRole('status').filter({ hasText: 'Added to For Red-Lab' }).waitFor();
    const collections = (await srv.json('/api/collections', { as: 'cy' })).body.items as Array<{ id: string; title: string }>;
    const forRed = collections.find((c) => c.title === 'For Red-Lab')!;
    const envelope = await srv.json(`/taxii2/opstrack/collections/${forRed.id}/objects/`, { as: 'cy', auth: 'basic', headers: { accept: TAXII } });
    assert.deepEqual(envelope.body.objects.map((o: { id: string }) => o.id).sort(), [report.id, amber.id].sort());
  });

  test('a partner sees the collection read-only, and a share it may not make is refused in plain words', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
    ctx.setDefaultTimeout(15_000);
    const cyPage = await ctx.newPage();
    try {
      await signIn(cyPage, srv.url, 'cy');
      await cyPage.goto(`${srv.url}/sharing`);
      const card = cyPage.getByRole('article', { name: 'For Red-Lab' });
      await card.getByRole('list', { name: 'Objects in For Red-Lab' }).getByRole('link', { name: 'Harbour sensor intrusions' }).waitFor();
      assert.equal(await card.getByRole('combobox', { name: 'Add to For Red-Lab' }).count(), 0, 'no adding for a reader of the collection');
      assert.equal(await card.getByRole('button', { name: /^Remove / }).count(), 0, 'no removing either');
      // Amber Heron was shared with Red-Lab, but Red-Lab does not own it
      const share = cyPage.getByRole('region', { name: 'Share with an organisation' });
      await pick(share, 'Object to share', 'Amber Heron');
      await share.getByLabel('Organisation to share with').selectOption({ label: 'Red-Lab' });
      await share.getByRole('button', { name: 'Share', exact: true }).click();
      await share.getByRole('alert').filter({ hasText: 'Amber Heron: not found, or not yours to share' }).waitFor();
    } finally {
      await ctx.close();
    }
  });
});
