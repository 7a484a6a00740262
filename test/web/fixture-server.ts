/**
 * A real OpsTrack server for the browser tests (and for trying the UI by hand): the whole app on
 * 127.0.0.1 over a fresh SQLite store with the default knowledge loaded, an editor and a reader in
 * one organisation and an editor in another.
 * Run by hand: `node --import tsx test/web/fixture-server.ts` (prints the URL; Ctrl-C stops it).
 */
import { loadKnowledge } from '../../src/import/knowledge-loader.ts';
import type { Page } from 'playwright-core';
import type { AppConfig } from '../../src/app.ts';
import { startServer, type TestServer } from '../helpers/http.ts';

export const FIXTURE_USERS = [
  { name: 'ana', org: 'Blue-CERT', role: 'admin' as const, password: 'ana-password-1' },
  { name: 'bo', org: 'Blue-CERT', role: 'reader' as const, password: 'bo-password-1' },
  { name: 'cy', org: 'Red-Lab', role: 'editor' as const, password: 'cy-password-1' },
];

/** The password of a fixture user (users a test adds itself get `NAME-password-1`). */
export const fixturePassword = (name: string): string => FIXTURE_USERS.find((u) => u.name === name)?.password ?? `${name}-password-1`;

/** Signs in on the login page of `baseUrl` as `name` and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('User').fill(name);
  await page.getByLabel('Password').fill(fixturePassword(name));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

export async function startFixtureServer(config: AppConfig = {}): Promise<TestServer> {
  const srv = await startServer('sqlite', { users: FIXTURE_USERS, config });
  try {
    await loadKnowledge(srv.store);
  } catch (err) {
    await srv.close();
    throw err;
  }
  return srv;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const srv = await startFixtureServer();
  process.stdout.write(`${srv.url}\n`);
  process.on('SIGINT', () => void srv.close().then(() => process.exit(0)));
}
