import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { CONFIG_VARIABLES, DEFAULT_BCRYPT_ROUNDS, readConfig, readSetting, storeConfigOf } from '../src/config.ts';

/** The README's configuration table row of each variable, as the configuration module describes it. */
function readmeRows(): string[] {
  return CONFIG_VARIABLES.map((v) => `| \`${v.name}\` | ${v.meaning} | ${v.defaultText} |`);
}

test('the README configuration table lists every variable the configuration module reads, with its default', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const rows = section.split('\n').filter((l) => /^\| `[A-Z_]+` \|/.test(l));
  assert.deepEqual(rows, readmeRows());
  // The bcrypt cost the README states is the code's.
  assert.ok(rows.some((r) => r.startsWith('| `OPSTRACK_BCRYPT_ROUNDS` |') && r.endsWith(`| ${DEFAULT_BCRYPT_ROUNDS} |`)));
});

test('defaults apply to unset variables; the store follows DATABASE_URL, else OPSTRACK_DB', () => {
  const config = readConfig({});
  assert.equal(config.bcryptRounds, 11);
  assert.equal(config.auditDays, 365);
  assert.equal(config.adminUser, 'admin');
  assert.equal(config.adminOrg, 'opstrack');
  assert.equal(config.adminPassword, undefined);
  assert.equal(config.pageBytes, 1024 * 1024);
  assert.equal(readConfig({ OPSTRACK_PAGE_BYTES: '65536' }).pageBytes, 65536);
  assert.deepEqual(storeConfigOf(config), {});
  assert.deepEqual(storeConfigOf(readConfig({ OPSTRACK_DB: 'x.db', DATABASE_URL: 'postgres://u@h/db' })), { databaseUrl: 'postgres://u@h/db', sqliteFile: 'x.db' });
  assert.equal(readConfig({ OPSTRACK_BCRYPT_ROUNDS: '4', OPSTRACK_AUDIT_DAYS: '0' }).bcryptRounds, 4);
  assert.equal(readSetting('auditDays', { OPSTRACK_AUDIT_DAYS: '0' }), 0);
});

test('a bad value is refused with an error naming the variable and what is wrong', () => {
  const cases: Array<[Record<string, string>, string, RegExp]> = [
    [{ OPSTRACK_BCRYPT_ROUNDS: '20' }, 'OPSTRACK_BCRYPT_ROUNDS', /OPSTRACK_BCRYPT_ROUNDS must be an integer 4-15, got "20"/],
    [{ OPSTRACK_BCRYPT_ROUNDS: 'eleven' }, 'OPSTRACK_BCRYPT_ROUNDS', /integer 4-15/],
    [{ OPSTRACK_AUDIT_DAYS: '-1' }, 'OPSTRACK_AUDIT_DAYS', /OPSTRACK_AUDIT_DAYS must be an integer 0-100000 days/],
    [{ DATABASE_URL: 'mysql://h/db' }, 'DATABASE_URL', /DATABASE_URL must start with postgres:\/\//],
    [{ OPSTRACK_LLM_URL: 'ftp://x' }, 'OPSTRACK_LLM_URL', /OPSTRACK_LLM_URL must be an http or https URL/],
    [{ OPSTRACK_PAGE_BYTES: '100' }, 'OPSTRACK_PAGE_BYTES', /OPSTRACK_PAGE_BYTES must be an integer 1024-1073741824 bytes, got "100"/],
  ];
  for (const [env, name, message] of cases) {
    assert.throws(() => readConfig(env), (err: Error & { code?: string; field?: string }) => {
      assert.equal(err.code, 'OPS_ERR_CONFIG_INVALID');
      assert.equal(err.field, name);
      assert.match(err.message, message);
      return true;
    }, name);
  }
});

test('only the configuration module reads OpsTrack variables from the environment', () => {
  const src = new URL('../src/', import.meta.url);
  const readers = (readdirSync(src, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && f !== 'config.ts')
    .filter((f) => /process\.env|\benv(\.|\[['"`])(OPSTRACK_|DATABASE_URL)/.test(readFileSync(new URL(f, src), 'utf8')));
  assert.deepEqual(readers, []);
});
