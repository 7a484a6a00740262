/**
 * Where ../shared (reference data, eval set, seed article) lives beside the clone, or
 * OPSTRACK_SHARED_DIR when a checkout (a git worktree, say) sits elsewhere. Tests that need it call
 * requireShared(t): it skips loudly when the folder is absent instead of passing silently.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = process.env.OPSTRACK_SHARED_DIR ? resolve(process.env.OPSTRACK_SHARED_DIR) : resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(sharedDir);

export function sharedPath(...parts: string[]): string {
  return resolve(sharedDir, ...parts);
}

/** Returns false (and marks the test skipped with a loud message) when ../shared is missing. */
export function requireShared(t: TestContext): boolean {
  if (hasShared) return true;
  const msg = `../shared is ABSENT (${sharedDir}): reference-data test NOT RUN`;
  process.stderr.write(`\n!!! ${msg}\n`);
  t.skip(msg);
  return false;
}
