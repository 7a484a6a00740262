/**
 * `opstrack serve --workers K` as a child process on a store, for the benchmarks that compare one
 * server process with several (bench/taxii.ts, bench/processes.ts): a free loopback port, the
 * store given by environment (OPSTRACK_DB or DATABASE_URL), resolved once it says it serves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { StoreConfig } from '../src/storage/open-store.ts';

/** A free loopback port (so that the processes of one server share a known one). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** Starts `opstrack serve --workers K --quiet` on the store; resolves once it serves. */
export async function serveCli(config: StoreConfig, workers: number): Promise<{ url: string; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.OPSTRACK_DB;
  if (config.databaseUrl) env.DATABASE_URL = config.databaseUrl;
  if (config.sqliteFile) env.OPSTRACK_DB = config.sqliteFile;
  const port = await freePort();
  const cli = fileURLToPath(new URL('../bin/opstrack.js', import.meta.url));
  const child = spawn(process.execPath, [cli, 'serve', '--workers', String(workers), '--port', String(port), '--quiet'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  for await (const chunk of child.stderr!) {
    err += chunk;
    if (/serving on/.test(err)) break;
  }
  if (!/serving on/.test(err)) throw new Error(`serve --workers ${workers} did not start:\n${err}`);
  child.stderr!.resume();
  return { url: `http://127.0.0.1:${port}`, child };
}
