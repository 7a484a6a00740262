/** Runs `node bin/opstrack.js ARGS` on a SQLite file (never a DATABASE_URL from the environment). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './shared.ts';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCliOn(sqliteFile: string, cwd: string, args: string[]): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, OPSTRACK_DB: sqliteFile };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/opstrack.js'), ...args], { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs `opstrack ARGS` in this process (a child process costs seconds of tsx start-up) against the given
 * store location, returning what the command printed. Only string writes are captured: under `node --test`
 * the runner itself writes serialized test events to stdout as binary chunks while a test awaits, and those
 * must still reach the runner.
 */
export async function runCliInProcess(location: { sqliteFile?: string; databaseUrl?: string }, args: string[]): Promise<string> {
  const { main } = await import('../../src/cli/main.ts');
  const saved = { OPSTRACK_DB: process.env.OPSTRACK_DB, DATABASE_URL: process.env.DATABASE_URL };
  const chunks: string[] = [];
  const errors: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  const capture = (into: string[], original: typeof process.stdout.write) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) =>
      typeof chunk === 'string' ? (into.push(chunk), true) : (original as (c: Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
  if (location.sqliteFile) process.env.OPSTRACK_DB = location.sqliteFile; else delete process.env.OPSTRACK_DB;
  if (location.databaseUrl) process.env.DATABASE_URL = location.databaseUrl; else delete process.env.DATABASE_URL;
  process.stdout.write = capture(chunks, write);
  process.stderr.write = capture(errors, writeErr);
  const exitCode = process.exitCode;
  try {
    await main(['node', 'opstrack', ...args]);
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
  const failed = process.exitCode !== exitCode && process.exitCode !== 0;
  process.exitCode = exitCode;
  if (failed) throw new Error(errors.join(''));
  return chunks.join('');
}
