/**
 * The auth CLI end to end on a SQLite file: org add/list, user add --password-stdin, token
 * create/list/revoke, then `opstrack serve` accepting those credentials, bootstrapping the first
 * admin from OPSTRACK_ADMIN_PASSWORD, and stopping cleanly on SIGTERM.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/shared.ts';
import { basicHeader } from '../helpers/http.ts';

const BIN = join(repoRoot, 'bin', 'opstrack.js');

function run(args: string[], env: Record<string, string>, stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, OPSTRACK_BCRYPT_ROUNDS: '4', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** Starts `opstrack serve --port 0`; resolves once it prints its address. */
function serve(env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--quiet'], { env: { ...process.env, OPSTRACK_BCRYPT_ROUNDS: '4', ...env } });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const ready = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('close', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { child, ready, exited, stderr: () => stderr };
}

test('auth CLI: orgs, users, tokens, and serve accepting them', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const env = { OPSTRACK_DB: join(dir, 'db.sqlite') };

  const org = await run(['org', 'add', 'ACME'], env);
  assert.equal(org.code, 0, org.stderr);
  assert.match(org.stdout, /\tACME\n$/);

  const user = await run(['user', 'add', 'alice', '--org', 'ACME', '--role', 'admin', '--password-stdin'], env, 'alice-secret-1\n');
  assert.equal(user.code, 0, user.stderr);
  assert.match(user.stdout, /alice\tACME\tadmin/);
  const badRole = await run(['user', 'add', 'bob', '--org', 'ACME', '--role', 'root'], env);
  assert.equal(badRole.code, 1);
  assert.match(badRole.stderr, /OPS_ERR_INPUT_INVALID: .*role/);

  const created = await run(['token', 'create', 'alice', '--name', 'ci'], env);
  assert.equal(created.code, 0, created.stderr);
  const token = created.stdout.trim();
  assert.match(token, /^ops_\S{40,}$/);
  const listed = await run(['token', 'list'], env);
  assert.match(listed.stdout, /alice/);
  assert.ok(!listed.stdout.includes(token), 'the secret is never listed');
  const tokenId = listed.stdout.split('\t')[0];
  assert.ok(tokenId);

  const srv = serve(env);
  try {
    const url = await srv.ready;
    const bearer = await fetch(`${url}/api/session`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(bearer.status, 200);
    assert.equal(((await bearer.json()) as { user: { name: string } }).user.name, 'alice');
    const basic = await fetch(`${url}/api/objects`, { headers: { authorization: basicHeader('alice', 'alice-secret-1') } });
    assert.equal(basic.status, 200);
    assert.equal((await run(['token', 'revoke', tokenId], env)).code, 0);
    assert.equal((await fetch(`${url}/api/objects`, { headers: { authorization: `Bearer ${token}` } })).status, 401, 'revocation is immediate');
  } finally {
    srv.child.kill('SIGTERM');
  }
  assert.equal(await srv.exited, 0, 'clean shutdown on SIGTERM');
  assert.match(srv.stderr(), /SIGTERM, shutting down/);
});

test('serve on an empty database: prints how to make the first admin, or makes it from OPSTRACK_ADMIN_PASSWORD', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  const plain = serve({ OPSTRACK_DB: join(dir, 'a.sqlite') });
  await plain.ready;
  plain.child.kill('SIGTERM');
  await plain.exited;
  assert.match(plain.stderr(), /opstrack user add admin --org ORG --role admin --password-stdin/);

  const boot = serve({ OPSTRACK_DB: join(dir, 'b.sqlite'), OPSTRACK_ADMIN_PASSWORD: 'demo-password-1' });
  try {
    const url = await boot.ready;
    const login = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'admin', password: 'demo-password-1' }) });
    assert.equal(login.status, 200);
    assert.equal(((await login.json()) as { user: { role: string } }).user.role, 'admin');
  } finally {
    boot.child.kill('SIGTERM');
  }
  assert.equal(await boot.exited, 0);
  assert.match(boot.stderr(), /created admin 'admin'/);
});
