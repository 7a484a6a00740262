/**
 * The dev set of ../shared/eval scored by its own scorer: extraction runs in-process (fast), the
 * predictions go to a temporary folder and score.mjs --pred --json scores them. The dev set is a
 * sample: these thresholds check the general mechanism, never special cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../src/extract/extract.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';

interface Row { precision: number; recall: number; f1: number }

let cached: { fields: Record<string, Row>; extractor_failures: number } | undefined;

function score(): { fields: Record<string, Row>; extractor_failures: number } {
  return (cached ??= scoreNow());
}

function scoreNow(): { fields: Record<string, Row>; extractor_failures: number } {
  const dev = sharedPath('eval', 'dev');
  const out = mkdtempSync(join(tmpdir(), 'opstrack-eval-'));
  try {
    for (const f of readdirSync(dev).filter((n) => n.endsWith('.txt'))) {
      const x = extract(readFileSync(join(dev, f), 'utf8'));
      writeFileSync(join(out, f.replace(/\.txt$/, '.json')), JSON.stringify(x));
    }
    const raw = execFileSync(process.execPath, [sharedPath('eval', 'score.mjs'), dev, '--pred', out, '--json'], { encoding: 'utf8' });
    return JSON.parse(raw);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const TARGETS: Record<string, number> = { intrusion_sets: 0.9, countries: 0.9, sectors: 0.9, claims: 0.7 };

test('dev set: F1 of intrusion sets, countries, sectors and claims reach their targets', (t) => {
  if (!requireShared(t)) return;
  const r = score();
  process.stderr.write(`eval: ${JSON.stringify(r.fields)}\n`);
  assert.equal(r.extractor_failures, 0);
  for (const [field, min] of Object.entries(TARGETS)) assert.ok(r.fields[field].f1 >= min, `${field} F1 ${r.fields[field].f1} < ${min}`);
});
