/**
 * Issue 13, deliverable 4, as processes: `opstrack serve --workers 2` answers from two HTTP
 * processes sharing the port (each names itself in `x-opstrack-process` and in its /metrics), with
 * the jobs in the primary; and the README's three-process setup, two `serve --no-jobs` and one
 * `worker` on one database: a URL draft posted to one server is built by the worker and read
 * through the other. On every backend (SQLite: the processes share the file in WAL mode).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import { BACKENDS, freshStore, type TestStore } from '../helpers/backends.ts';
import { repoRoot } from '../helpers/shared.ts';
import { until as untilTrue } from '../helpers/until.ts';

const until = <T>(what: string, fn: () => Promise<T | undefined | false>, ms = 60000) => untilTrue(what, fn, ms, 200);

interface Proc {
  child: ChildProcess;
  stderr: () => string;
}

function start(location: TestStore['location'], args: string[], ready: RegExp): Promise<Proc> {
  const env: NodeJS.ProcessEnv = { ...process.env, OPSTRACK_BCRYPT_ROUNDS: '4' };
  delete env.DATABASE_URL;
  delete env.OPSTRACK_DB;
  if (location.databaseUrl) env.DATABASE_URL = location.databaseUrl;
  if (location.sqliteFile) env.OPSTRACK_DB = location.sqliteFile;
  const child = spawn(process.execPath, [join(repoRoot, 'bin/opstrack.js'), ...args], { env, cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready: opstrack ${args.join(' ')}\n${err}`)), 60_000);
    child.stderr!.on('data', (d) => {
      err += d;
      if (ready.test(err)) {
        clearTimeout(timer);
        resolve({ child, stderr: () => err });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`opstrack ${args.join(' ')} exited ${code}\n${err}`));
    });
  });
}

function stop(p: Proc): Promise<number | null> {
  return new Promise((resolve) => {
    if (p.child.exitCode !== null) return resolve(p.child.exitCode);
    p.child.once('exit', (code) => resolve(code));
    p.child.kill('SIGTERM');
  });
}

/** A free loopback port (so that the processes of one server share a known one). */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** GET on a fresh connection each time (keep-alive would stay with one process). */
function getFresh(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject);
  });
}

for (const backend of BACKENDS) {
  describe(`several processes (${backend})`, () => {
    test('serve --workers 2: two HTTP processes answer on one port, each with its own metrics; SIGTERM stops them all', async () => {
      const ts = await freshStore(backend);
      try {
        // the processes of a cluster must share a port known beforehand; another test may take it
        // between its choice and the bind, so a start refused with EADDRINUSE tries another
        let port = 0;
        let serve: Proc | undefined;
        for (let attempt = 1; !serve; attempt++) {
          port = await freePort();
          try {
            serve = await start(ts.location, ['serve', '--workers', '2', '--port', String(port), '--quiet'], /serving on .* with 2 processes/);
          } catch (err) {
            if (attempt >= 5 || !/EADDRINUSE/.test((err as Error).message)) throw err;
          }
        }
        try {
          const pids = new Set<string>();
          for (let i = 0; i < 40 && pids.size < 2; i++) {
            const r = await getFresh(`http://127.0.0.1:${port}/healthz`);
            assert.equal(r.status, 200);
            assert.deepEqual(JSON.parse(r.body), { status: 'ok', database: 'ok', jobs_waiting: 0 });
            pids.add(String(r.headers['x-opstrack-process']));
          }
          assert.equal(pids.size, 2, 'both processes served requests');
          assert.ok(!pids.has(String(serve.child.pid)), 'the primary serves no HTTP: it runs the jobs');
          // each process counts its own requests, labelled with its pid
          const labels = new Set<string>();
          for (let i = 0; i < 20 && labels.size < 2; i++) {
            const m = await getFresh(`http://127.0.0.1:${port}/metrics`);
            assert.equal(m.status, 200);
            const line = m.body.split('\n').find((l) => l.startsWith('opstrack_http_requests_total{') && l.includes('route="/healthz"'));
            assert.ok(line, 'the healthz requests are counted');
            const pid = /process="(\d+)"/.exec(line)![1]!;
            assert.equal(String(m.headers['x-opstrack-process']), pid, 'the metrics are the answering process\'s own');
            labels.add(pid);
          }
          assert.deepEqual([...labels].sort(), [...pids].sort());
          // the API answers too (OpenAPI document, public)
          assert.equal((await getFresh(`http://127.0.0.1:${port}/api/openapi.json`)).status, 200);
        } finally {
          assert.equal(await stop(serve), 0, serve.stderr());
        }
      } finally {
        await ts.dispose();
      }
    });

    test('two serve --no-jobs and one worker on one database: a URL draft posted to one server is built by the worker, read on the other', async () => {
      const ts = await freshStore(backend);
      const site: Server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><head><title>Sandworm report</title></head><body><article><p>${'Officials in Kyiv said Sandworm attacked energy companies in Ukraine. '.repeat(5)}</p></article></body></html>`);
      });
      await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
      const procs: Proc[] = [];
      try {
        const repo = new AuthRepository(ts.store.db);
        await repo.addOrg('A');
        const user = await repo.addUser({ name: 'ed', org: 'A', role: 'editor', password: 'ed-password-123' });
        const { token } = await repo.createToken(user.id, 't');
        // both servers start at once on port 0 (the kernel picks; no window for another test to take
        // a port chosen beforehand), and each says in its "serving on" line which port it got;
        // a failed start still leaves the other in procs to be stopped
        const starts = await Promise.allSettled([0, 1].map(() => start(ts.location, ['serve', '--no-jobs', '--port', '0', '--quiet', '--allow-private-fetch'], /serving on http:\/\/127\.0\.0\.1:\d+/)));
        for (const s of starts) if (s.status === 'fulfilled') procs.push(s.value);
        for (const s of starts) if (s.status === 'rejected') throw s.reason;
        const [p1, p2] = procs.map((p) => Number(/serving on http:\/\/127\.0\.0\.1:(\d+)/.exec(p.stderr())![1]));
        assert.ok(p1 && p2 && p1 !== p2, `two ports: ${p1}, ${p2}`);
        const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/story-${randomUUID()}`;
        const posted = await fetch(`http://127.0.0.1:${p1}/api/drafts`, {
          method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ url }),
        });
        assert.equal(posted.status, 202);
        const { id } = (await posted.json()) as { id: string };
        // nobody runs jobs yet: the draft waits in the queue, seen by the other server's health
        await new Promise((r) => setTimeout(r, 1500));
        const waiting = await fetch(`http://127.0.0.1:${p2}/healthz`);
        assert.deepEqual(await waiting.json(), { status: 'ok', database: 'ok', jobs_waiting: 1 });
        procs.push(await start(ts.location, ['worker', '--allow-private-fetch'], /running jobs/));
        const draft = await until('the draft', async () => {
          const r = await fetch(`http://127.0.0.1:${p2}/api/drafts/${id}`, { headers: { authorization: `Bearer ${token}` } });
          const d = (await r.json()) as { status: string; title: string; error?: string };
          return d.status !== 'processing' && d;
        });
        assert.equal(draft.status, 'ready', draft.error);
        assert.equal(draft.title, 'Sandworm report');
      } finally {
        for (const p of procs.reverse()) assert.equal(await stop(p), 0, p.stderr());
        site.closeAllConnections();
        await new Promise((r) => site.close(r));
        await ts.dispose();
      }
    });
  });
}
