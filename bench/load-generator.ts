/**
 * The HTTP load of the benchmarks: wrk (Debian package `wrk`, the tool ../shared/bench/perf_run.sh
 * and the issue's figures use) when it is on PATH, else autocannon. On a 2-core machine the load
 * generator shares the CPU with the servers it measures: wrk, in C, takes a fraction of what
 * autocannon, in JavaScript, does for the same requests, which is what lets two server processes
 * show what the second core gives them. OPSTRACK_BENCH_LOADGEN=autocannon forces autocannon.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

export interface LoadResult {
  /** Requests per second over the run. */
  rps: number;
  /** Latency percentiles, milliseconds. */
  p50: number;
  p99: number;
  /** Requests answered. */
  total: number;
  /** Connection errors, time-outs and answers outside 2xx/3xx. */
  errors: number;
  tool: 'wrk' | 'autocannon';
}

export interface LoadSpec {
  /** Origin, e.g. http://127.0.0.1:8080 */
  url: string;
  /** Paths requested in turn (one path: every request asks it). */
  paths: string[];
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

let wrkPresent: boolean | undefined;

/** Whether wrk runs here (and is not set aside by OPSTRACK_BENCH_LOADGEN=autocannon). */
export function useWrk(): boolean {
  if (process.env.OPSTRACK_BENCH_LOADGEN === 'autocannon') return false;
  wrkPresent ??= spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
  return wrkPresent;
}

export async function httpLoad(spec: LoadSpec): Promise<LoadResult> {
  if (spec.paths.length === 0) throw new Error('httpLoad: no paths to request');
  return useWrk() ? wrkLoad(spec) : autocannonLoad(spec);
}

const MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function latency(out: string, pct: string): number {
  const m = new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(out);
  if (!m) throw new Error(`wrk printed no ${pct}% latency:\n${out}`);
  return Number(m[1]) * MS[m[2]!]!;
}

async function wrkLoad(spec: LoadSpec): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-wrk-'));
  try {
    // One thread: the 16 connections fit one event loop, and the second core stays with the servers.
    const args = ['-t1', `-c${spec.connections}`, `-d${spec.seconds}s`, '--latency'];
    for (const [k, v] of Object.entries(spec.headers)) args.push('-H', `${k}: ${v}`);
    if (spec.paths.length > 1) {
      const script = join(dir, 'paths.lua');
      writeFileSync(script, `local paths = {\n${spec.paths.map((p) => `  ${JSON.stringify(p)},`).join('\n')}\n}\nlocal i = 0\n` +
        'request = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n');
      args.push('-s', script);
    }
    args.push(spec.url + spec.paths[0]);
    const { stdout: out } = await promisify(execFile)('wrk', args, { encoding: 'utf8', maxBuffer: 16 << 20 });
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
    const total = /(\d+) requests in/.exec(out);
    if (!rps || !total) throw new Error(`wrk printed no rate:\n${out}`);
    const bad = /Non-2xx or 3xx responses: (\d+)/.exec(out);
    const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
    const errors = Number(bad?.[1] ?? 0) + (sock ? sock.slice(1).reduce((a, b) => a + Number(b), 0) : 0);
    return { rps: Number(rps[1]), p50: latency(out, '50'), p99: latency(out, '99'), total: Number(total[1]), errors, tool: 'wrk' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function autocannonLoad(spec: LoadSpec): Promise<LoadResult> {
  let i = 0;
  const r = await autocannon({
    url: spec.url, connections: spec.connections, duration: spec.seconds, headers: spec.headers,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: spec.paths[i++ % spec.paths.length] }) }],
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, errors: r.errors + r.non2xx + r.timeouts, tool: 'autocannon' };
}
