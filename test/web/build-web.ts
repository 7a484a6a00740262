/**
 * Builds the web UI (vite) when web/dist is missing or older than any source file, so the browser
 * tests always exercise the current code. Returns whether it built.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/shared.ts';

const webDir = join(repoRoot, 'web');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function webIsStale(): boolean {
  const built = join(webDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newest(join(webDir, 'src')), newest(join(webDir, 'index.html')), newest(join(webDir, 'vite.config.ts')));
  return sources > statSync(built).mtimeMs;
}

export async function buildWebIfStale(): Promise<boolean> {
  if (!webIsStale()) return false;
  const { build } = await import('vite');
  await build({ root: webDir, configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
