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
