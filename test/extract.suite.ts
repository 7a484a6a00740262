/**
 * Every test file of test/extract in one process (scripts/test.sh runs this instead of the 125
 * files one by one). They test pure functions, and loading the extractor's modules is most of a small
 * file's cost, so one process saves minutes of CI. A single file still runs on its own:
 * `bash scripts/test.sh test/extract/claims.test.ts`.
 */
import { readdirSync } from 'node:fs';

const folder = new URL('./extract/', import.meta.url);
for (const name of readdirSync(folder).filter((n) => n.endsWith('.test.ts')).sort()) {
  await import(new URL(name, folder).href);
}
