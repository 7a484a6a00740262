/**
 * Watch and alert in the browser (Debian's Chromium): a reader follows Volt Typhoon from its page
 * and adds a webhook (a test server on loopback: the operator's private-address setting is on);
 * an editor of the organisation publishes a new denial; the notification appears under Watch and
 * the webhook receives a signed call, logged as delivered.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../helpers/http.ts';
import { signature } from '../../src/watch/webhook-sender.ts';
import { hasChromium, launchChromium, screenshot } from './browser.ts';
import { buildWebIfStale } from './build-web.ts';
import { signIn, startFixtureServer } from './fixture-server.ts';

const skip = !hasChromium ? 'no Chromium at /usr/bin/chromium (scripts/test.sh installs it)' : false;

const DENIAL =
  'Ministry rejects new hacking allegations\n\n' +
  'China’s foreign ministry on Thursday denied that it was behind Volt Typhoon, calling the latest Western reports groundless. ' +
  'A spokesperson said China firmly opposes all forms of cyberattacks.';

describe('watch and alert in Chromium', { skip, timeout: 180_000 }, () => {
  let srv: TestServer;
  let browser: Browser;
  let page: Page;
  const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
  const hook = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });

  before(async () => {
    await buildWebIfStale();
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    [srv, browser] = await Promise.all([
      startFixtureServer({ ingest: { allowPrivateFetch: true }, watchIntervalMs: 250 }),
      launchChromium(),
    ]);
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' });
    ctx.setDefaultTimeout(15_000);
    page = await ctx.newPage();
    await signIn(page, srv.url, 'bo');
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
    await new Promise<void>((r) => hook.close(() => r()));
  });

  test('follow Volt Typhoon, add a webhook; a new denial gives a notification and a signed webhook call', async () => {
    await page.goto(`${srv.url}/search?q=Volt%20Typhoon&type=intrusion-set`);
    await page.getByRole('region', { name: 'intrusion set' }).getByRole('link', { name: 'Volt Typhoon', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Volt Typhoon/ }).waitFor();
    await page.getByRole('button', { name: 'Follow' }).click();
    await page.getByRole('button', { name: 'Following' }).waitFor();

    await page.getByRole('link', { name: 'Watch' }).click();
    await page.getByRole('heading', { name: 'Watch' }).waitFor();
    await page.getByRole('region', { name: 'Following' }).getByRole('link', { name: 'Volt Typhoon' }).waitFor();
    const { port } = hook.address() as AddressInfo;
    await page.getByLabel('Webhook URL').fill(`http://127.0.0.1:${port}/opstrack`);
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = (await page.getByRole('status').locator('code').innerText()).trim();
    assert.ok(secret.length >= 20, 'the secret is shown once');

    // an editor of the organisation publishes a new denial, through drafts
    const created = await srv.json('/api/drafts', { method: 'POST', as: 'ana', json: { text: DENIAL, tlp: 'green' } });
    assert.equal(created.status, 202, JSON.stringify(created.body));
    const id = created.body.id as string;
    for (const item of created.body.items as Array<{ id: string }>) {
      await srv.json(`/api/drafts/${id}/items/${item.id}`, { method: 'PATCH', as: 'ana', json: { status: 'accepted' } });
    }
    const published = await srv.json(`/api/drafts/${id}/publish`, { method: 'POST', as: 'ana', json: {} });
    assert.equal(published.status, 200, JSON.stringify(published.body));

    // the server's dispatcher turns it into notifications within a moment
    const notifications = page.getByRole('region', { name: 'Notifications' });
    for (let i = 0; i < 40 && (await notifications.getByRole('link', { name: /^New claim: .*denies/ }).count()) === 0; i++) {
      await page.waitForTimeout(250);
      await page.reload();
      await page.getByRole('heading', { name: 'Watch' }).waitFor();
    }
    await notifications.getByRole('link', { name: /^New claim: .*denies.*Volt Typhoon/ }).first().waitFor();
    await screenshot(page, 'watch');

    for (let i = 0; i < 40 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 250));
    assert.ok(received.length >= 1, 'the webhook was called');
    const call = received.find((c) => /denies/.test(c.body))!;
    assert.ok(call, 'a call about the denial');
    assert.equal(call.headers['x-opstrack-signature'], signature(secret, call.headers['x-opstrack-timestamp'] as string, call.body));
    await page.reload();
    await page.getByRole('table', { name: 'Delivery log' }).getByRole('cell', { name: 'delivered' }).first().waitFor();
  });
});
