/**
 * Extraction throughput in the default (rule-based) mode, in-process on one core: the dev corpus
 * of ../shared/eval/dev (or the files/folder given as arguments) repeated. Prints articles/s,
 * MB/s, per-article latency percentiles and RSS. Not a test: figures only.
 *
 * Before measuring, the corpus is extracted for `--warmup` seconds (default 15): V8 compiles hot code
 * on background threads for ten seconds and more, and a window that starts early counts that compiling
 * as extraction CPU. The CPU figures are given for the whole process and for the extracting (main)
 * thread alone, read from /proc where there is one (bench/thread-cpu.ts).
 *
 *   npm run bench:extract [-- --seconds 10] [--warmup 15] [FILES_OR_DIRS...]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/extract.ts';
import { cpuSince, threadCpu } from './thread-cpu.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = option('--seconds', 10);
const warmupSeconds = option('--warmup', 15);
if (!(seconds > 0) || !(warmupSeconds >= 0)) {
  console.error('bench/extract: --seconds must be positive and --warmup not negative');
  process.exit(1);
}
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--seconds' && args[i - 1] !== '--warmup');
const defaultDir = resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'shared', 'eval', 'dev');

function collect(p: string): string[] {
  if (statSync(p).isDirectory()) return readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => join(p, f));
  return [p];
}

const files = (paths.length ? paths : [defaultDir]).flatMap(collect);
if (!files.length) {
  console.error('bench/extract: no .txt documents found');
  process.exit(1);
}
const docs = files.map((f) => readFileSync(f, 'utf8'));
const bytes = docs.map((d) => Buffer.byteLength(d, 'utf8'));

// Warm-up: build the resolver and lexicons, and let the JIT finish compiling (at least one pass).
const warmEnd = performance.now() + warmupSeconds * 1000;
do for (const d of docs) extract(d);
while (performance.now() < warmEnd);

const lat: number[] = [];
let n = 0;
let total = 0;
const cpu0 = process.cpuUsage();
const threads0 = threadCpu();
const t0 = performance.now();
const deadline = t0 + seconds * 1000;
while (performance.now() < deadline) {
  for (const [i, doc] of docs.entries()) {
    const s = performance.now();
    extract(doc);
    lat.push(performance.now() - s);
    n++;
    total += bytes[i] ?? 0;
  }
}
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const threads1 = threadCpu();
// CPU seconds of this process: the per-core figure even when other work shares the machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
lat.sort((a, b) => a - b);
const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]!.toFixed(2);
console.log(`documents: ${docs.length} (${(bytes.reduce((a, b) => a + b, 0) / 1024).toFixed(1)} KiB), repeated for ${elapsed.toFixed(1)} s on one core`);
console.log(`articles/s: ${(n / elapsed).toFixed(1)} wall, ${(n / cpuSeconds).toFixed(1)} per CPU-second (${cpuSeconds.toFixed(1)} CPU-s used, after ${warmupSeconds} s of warm-up)`);
if (threads0 && threads1) {
  const { main, started, helpers } = cpuSince(threads0, threads1);
  console.log(`            ${(n / (main / 1000)).toFixed(1)} per CPU-second of the extracting thread (${(main / 1000).toFixed(1)} s; other threads, V8's compiler and GC, ${((started + helpers) / 1000).toFixed(1)} s)`);
}
console.log(`MB/s:       ${(total / 1e6 / elapsed).toFixed(2)} wall, ${(total / 1e6 / cpuSeconds).toFixed(2)} per CPU-second`);
console.log(`latency ms: p50 ${pct(50)}  p90 ${pct(90)}  p99 ${pct(99)}  max ${lat[lat.length - 1]!.toFixed(2)}`);
console.log(`rss MiB:    ${(process.memoryUsage().rss / 1048576).toFixed(0)}`);
