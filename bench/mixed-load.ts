/**
 * Mixed load: `node --import tsx bench/mixed-load.ts [SECONDS]` (default 60).
 * Starts `buildApp` on 127.0.0.1 over a fresh SQLite store (2,000 synthetic objects) in a child
 * process, so the load generator does not share its event loop, then for SECONDS at once:
 * - reads: autocannon, 8 connections, light `GET /api/objects?limit=20` as an editor (Bearer token);
 * - writes: 2 clients, each importing one new object at a time (`POST /api/import`);
 * - one maximum-size document ingestion at a time: an HTML upload just under the document byte
 *   limit (src/ingest/limits.ts) whose text is 90% of the text limit, as `POST /api/drafts`.
 * Prints read p50/p99, write throughput, the drafts finished (and how), the count of 5xx answers
 * the server's peak RSS (worker threads included) and its event-loop delay (p50/p99/max over the
 * run: what requests waited for besides CPU time, which a blocking document would push to seconds). Target: read p99 under 100 ms, zero 5xx.
 * Latency on a shared machine mostly measures contention: the load average is printed with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildApp } from '../src/app.ts';
import { AuthRepository } from '../src/auth/auth-repository.ts';
import { openOpsTrackStore } from '../src/composition.ts';
import { DOCUMENT_LIMITS } from '../src/ingest/limits.ts';
import { syntheticObject } from '../test/import/synthetic-bundle.ts';

const MIB = 1024 * 1024;
const SEED = 2_000;

/** Child: serve the app over an existing store until killed; prints `LISTENING <url>`, then its peak RSS. */
async function serve(file: string): Promise<void> {
  const store = await openOpsTrackStore({ sqliteFile: file });
  const app = await buildApp({ store, config: { logger: false, closeStore: true, web: false } });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  // how long the server's event loop was held up: what a request waits for besides the CPU it gets
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  process.stdout.write(`LISTENING ${url}\n`);
  process.on('SIGTERM', () => {
    loop.disable();
    process.stdout.write(`LOOP_DELAY p50 ${(loop.percentile(50) / 1e6).toFixed(0)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms, max ${(loop.max / 1e6).toFixed(0)} ms\n`);
    process.stdout.write(`PEAK_RSS ${(process.resourceUsage().maxRSS * 1024) / MIB}\n`);
    void app.close().finally(() => process.exit(0));
  });
}

async function setup(file: string): Promise<string> {
  const store = await openOpsTrackStore({ sqliteFile: file });
  try {
    const auth = new AuthRepository(store.db);
    const org = await auth.addOrg('bench-org');
    const user = await auth.addUser({ name: 'bench', org: org.name, role: 'editor', password: 'bench-password-not-secret' });
    const objects = Array.from({ length: SEED }, (_, i) => syntheticObject(i));
    await store.put(objects, { ownerOrgId: org.id });
    return (await auth.createToken(user.id, 'bench')).token;
  } finally {
    await store.close();
  }
}

async function startServer(file: string): Promise<{ url: string; child: ChildProcess; lines: AsyncIterableIterator<string> }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self, '--serve', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (next.value.startsWith('LISTENING ')) return { url: next.value.slice('LISTENING '.length), child, lines };
  }
  throw new Error(`server child exited (${child.exitCode}) before listening`);
}

/** An HTML page just under the byte limit whose text is 90% of the text limit; `n` makes each one new. */
function heaviestHtml(n: number): string {
  const sentence = (i: number) => `On day ${i} of run ${n}, the United States accused China of sponsoring Volt Typhoon; Beijing's foreign ministry denied it. `;
  const paragraphs = Math.ceil((DOCUMENT_LIMITS.textChars * 0.9) / sentence(0).length);
  const per = Math.floor((DOCUMENT_LIMITS.bytes - 64 * 1024) / paragraphs);
  const parts = ['<!doctype html><html lang="en"><head><title>Mixed-load report ', String(n), '</title></head><body><article>'];
  for (let i = 0; i < paragraphs; i++) {
    const s = sentence(i);
    const pad = Math.max(0, per - s.length - 60);
    parts.push(`<div class="para" data-meta="${'m'.repeat(pad)}"><p>${s}</p></div>\n`);
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--serve') return serve(argv[1]!);
  const seconds = Number(argv[0] ?? 60);
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-bench-mixed-'));
  const file = join(dir, 'bench.db');
  const token = await setup(file);
  const { url, child, lines } = await startServer(file);
  const headers = { authorization: `Bearer ${token}` };
  const end = Date.now() + seconds * 1000;
  let fiveXx = 0;
  console.log(`mixed load for ${seconds} s on loopback; machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  try {
    let written = 0;
    let next = SEED;
    const writer = async () => {
      while (Date.now() < end) {
        const res = await fetch(`${url}/api/import`, {
          method: 'POST', headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects: [syntheticObject(next++)] }),
        });
        await res.arrayBuffer();
        if (res.status >= 500) fiveXx++;
        else if (res.ok) written++;
      }
    };
    const drafts: string[] = [];
    const ingester = async () => {
      for (let n = 0; Date.now() < end; n++) {
        const html = heaviestHtml(n);
        const form = new FormData();
        form.append('file', new Blob([html], { type: 'text/html' }), `report-${n}.html`);
        const t0 = performance.now();
        const res = await fetch(`${url}/api/drafts`, { method: 'POST', headers, body: form });
        const body = (await res.json()) as { status?: string; code?: string; message?: string };
        if (res.status >= 500) fiveXx++;
        drafts.push(`${(html.length / MIB).toFixed(1)} MiB HTML -> ${res.status} ${body.status ?? body.code} in ${((performance.now() - t0) / 1000).toFixed(1)} s${body.message ? ` (${body.message.slice(0, 120)})` : ''}`);
      }
    };
    const reads = autocannon({ url: `${url}/api/objects?limit=20`, connections: 8, duration: seconds, headers });
    const [result] = await Promise.all([reads, writer(), writer(), ingester()]);
    fiveXx += result['5xx'];
    console.log(`reads  : ${result.requests.total} GET /api/objects?limit=20, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`);
    console.log(`writes : ${written} imports, ${(written / seconds).toFixed(1)} writes/s`);
    console.log(`drafts : ${drafts.length} maximum-size ingestions (the last may finish after the window)`);
    for (const d of drafts) console.log(`         ${d}`);
    console.log(`5xx    : ${fiveXx}`);
  } finally {
    child.kill('SIGTERM');
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      if (line.value.startsWith('PEAK_RSS ')) console.log(`server peak RSS: ${Number(line.value.slice(9)).toFixed(0)} MiB`);
      if (line.value.startsWith('LOOP_DELAY ')) console.log(`server event-loop delay: ${line.value.slice(11)}`);
    }
    if (child.exitCode === null) await once(child, 'exit');
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('target: read p99 < 100 ms with zero 5xx');
}

await main(process.argv.slice(2));
