import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/shared.ts';

const BIN = join(repoRoot, 'bin', 'opstrack.js');
const TEXT = 'Paris blames Moscow\nFrance accused Russia of hacking its ministries.\nSource: https://example.org/x\n';

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, 'extract', ...args], { input, encoding: 'utf8', cwd: repoRoot });
}

test('opstrack extract FILE --json prints the extraction contract; - reads stdin; --stix a bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-extract-'));
  try {
    const file = join(dir, 'a.txt');
    writeFileSync(file, `\ufeff${TEXT}`);
    const r = run([file, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const x = JSON.parse(r.stdout);
    for (const k of ['language', 'title', 'intrusion_sets', 'countries', 'sectors', 'people', 'observables', 'claims']) assert.ok(k in x, k);
    assert.equal(x.title, 'Paris blames Moscow');
    const c = x.claims.find((k: { claimant: string }) => k.claimant === 'FR');
    assert.equal(c.target, 'RU');
    // Offsets count from after the byte-order mark.
    assert.equal(TEXT.slice(c.evidence.start, c.evidence.end), c.evidence.text);

    const s = run(['-', '--stix'], TEXT);
    assert.equal(s.status, 0, s.stderr);
    const bundle = JSON.parse(s.stdout);
    assert.equal(bundle.type, 'bundle');
    assert.ok(bundle.objects.some((o: { type: string }) => o.type === 'x-opstrack-claim'));

    const bad = run([join(dir, 'missing.txt')]);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /OPS_ERR_INPUT_INVALID/);
    const both = run([file, '--json', '--stix']);
    assert.match(both.stderr, /exclusive/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
