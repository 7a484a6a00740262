/**
 * Scores extraction with ../shared/eval/score.mjs on three sets and prints one table:
 *  - dev:   ../shared/eval/dev (the shared sample);
 *  - train: test/fixtures/corpus/train (our own articles; read its errors with --verbose train);
 *  - test:  test/fixtures/corpus/test (frozen; totals only, its errors are never printed);
 *  - valid: test/fixtures/corpus/valid, 47 articles written during the nineteenth session, of 2026-12-07, by writers who never
 *    saw the rules or the corpus; totals only, its errors are never printed: the gate a change must pass before it
 *    is merged (it must not lower claims there), so it is a validation set, not an unbiased check;
 *  - holdout (with --holdout): test/fixtures/corpus/holdout, 112 articles written after the extractors
 *    of 2026-12-03, 2026-12-05 and 2026-12-06 by writers who never saw the rules or the corpus, labelled by others; totals only,
 *    its errors are never printed, scored once per release (test/fixtures/corpus/README.md).
 * Extraction runs in-process, predictions go to a temporary folder, the scorer reads them.
 * Usage: node --import tsx scripts/eval.ts [--json] [--verbose train] [--holdout]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/extract.ts';

export interface FieldScore { precision: number; recall: number; f1: number }
export interface SetScore { documents: number; fields: Record<string, FieldScore>; extractor_failures: number; claim_evidence_agreement?: number }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared beside the clone, or OPSTRACK_SHARED_DIR when the checkout (a git worktree) sits elsewhere
const shared = process.env.OPSTRACK_SHARED_DIR ? resolve(process.env.OPSTRACK_SHARED_DIR) : resolve(root, '..', 'shared');
export const SETS: Record<string, string> = {
  dev: join(shared, 'eval', 'dev'),
  train: join(root, 'test', 'fixtures', 'corpus', 'train'),
  fresh: join(root, 'test', 'fixtures', 'corpus', 'fresh'),
  test: join(root, 'test', 'fixtures', 'corpus', 'test'),
  valid: join(root, 'test', 'fixtures', 'corpus', 'valid'),
  holdout: join(root, 'test', 'fixtures', 'corpus', 'holdout'),
};

/** Parts whose errors are never printed: scored as totals only. */
const FROZEN = new Set(['test', 'valid', 'holdout']);

/** Scores one folder of NN-lang-slug.txt + .json; `verbose` prints the scorer's per-article errors to stderr. */
export function scoreSet(dir: string, verbose = false): SetScore {
  const scorer = join(shared, 'eval', 'score.mjs');
  const out = mkdtempSync(join(tmpdir(), 'opstrack-eval-'));
  try {
    const files = readdirSync(dir).filter((n) => n.endsWith('.txt'));
    for (const f of files) {
      const x = extract(readFileSync(join(dir, f), 'utf8'));
      writeFileSync(join(out, f.replace(/\.txt$/, '.json')), JSON.stringify(x));
    }
    if (verbose) execFileSync(process.execPath, [scorer, dir, '--pred', out, '--verbose'], { stdio: ['ignore', 2, 2] });
    const raw = execFileSync(process.execPath, [scorer, dir, '--pred', out, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return JSON.parse(raw) as SetScore;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const verboseSet = args.includes('--verbose') ? args[args.indexOf('--verbose') + 1] : undefined;
  if (verboseSet !== undefined && FROZEN.has(verboseSet)) {
    console.error(`eval: the ${verboseSet} part is frozen; its errors are never printed (score it as totals only)`);
    process.exit(2);
  }
  const results: Record<string, SetScore> = {};
  for (const [name, dir] of Object.entries(SETS)) {
    if (!existsSync(dir) || (name === 'holdout' && !args.includes('--holdout'))) continue;
    const s = scoreSet(dir, verboseSet === name);
    // only totals leave this script: drop anything per-article the scorer may add
    results[name] = { documents: s.documents, fields: s.fields, extractor_failures: s.extractor_failures, claim_evidence_agreement: s.claim_evidence_agreement };
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(results, null, 1));
    return;
  }
  const names = Object.keys(results);
  const fields = Object.keys(results[names[0] ?? '']?.fields ?? {});
  console.log(['F1'.padEnd(16), ...names.map((n) => `${n} (${results[n]?.documents})`.padStart(14))].join(''));
  for (const f of fields) console.log([f.padEnd(16), ...names.map((n) => (results[n]?.fields[f]?.f1 ?? NaN).toFixed(3).padStart(14))].join(''));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
