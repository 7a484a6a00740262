import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliOn } from '../helpers/cli.ts';
import { syntheticObject } from '../import/synthetic-bundle.ts';
import type { StixObject } from '../../src/model/stix/core.ts';

const dir = mkdtempSync(join(tmpdir(), 'opstrack-cli-io-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));


function runCli(args: string[]) {
  return runCliOn(join(dir, 'store.db'), dir, args);
}

// Five valid objects (one modified later than the rest) and 55 indicators missing valid_from.
const valid: StixObject[] = [0, 1, 2, 3, 4].map((i) => syntheticObject(i));
valid[1] = { ...valid[1]!, modified: '2025-03-01T00:00:00.000Z' };
const invalid = Array.from({ length: 55 }, (_, i) => {
  const { valid_from: _drop, ...rest } = syntheticObject(5 * (i + 10) + 2);
  return rest;
});
const bundlePath = join(dir, 'bundle.json');
writeFileSync(bundlePath, JSON.stringify({ type: 'bundle', id: 'bundle--6a8cd3e4-5f3a-4c55-9d5e-3b4c1c1e2f10', objects: [...valid, ...invalid] }, null, 2));

function parseBundle(text: string): { type: string; id: string; objects: StixObject[] } {
  const bundle = JSON.parse(text);
  assert.equal(bundle.type, 'bundle');
  assert.match(bundle.id, /^bundle--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  return bundle;
}

const byId = (objects: StixObject[]) => [...objects].sort((a, b) => a.id.localeCompare(b.id));

test('import prints the counts and each rejection with its path, capped at 50', async () => {
  const run = await runCli(['import', bundlePath]);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines[0], `${bundlePath}: imported 60 (new 5, unchanged 0, rejected 55)`);
  assert.match(lines[1]!, /^ {2}rejected objects\[5\]\.valid_from: .+ \(indicator--/);
  assert.equal(lines.filter((l) => l.startsWith('  rejected ')).length, 50);
  assert.equal(lines.at(-1), '  ... and 5 more rejected');
  assert.equal(run.stderr, '', 'no progress bar when stderr is not a terminal');
});

test('re-importing is a no-op; a file that is not JSON fails alone with line and column and a non-zero exit', async () => {
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'these are notes, not JSON\n');
  const run = await runCli(['import', text, bundlePath]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, new RegExp(`${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: OPS_ERR_STIX_NOT_JSON: .*line 1, column 1`));
  assert.match(run.stdout, /imported 60 \(new 0, unchanged 5, rejected 55\)/);
});

test('export streams a valid bundle of every stored object, to stdout or a file, filtered by type and date', async () => {
  const all = await runCli(['export']);
  assert.equal(all.code, 0, all.stderr);
  assert.deepEqual(byId(parseBundle(all.stdout).objects), byId(valid));

  const out = join(dir, 'malware.json');
  const some = await runCli(['export', '--type', 'malware', '--type', 'indicator', '--out', out]);
  assert.equal(some.code, 0, some.stderr);
  assert.equal(some.stdout, '');
  assert.deepEqual(byId(parseBundle(readFileSync(out, 'utf8')).objects), byId(valid.filter((o) => o.type === 'malware' || o.type === 'indicator')));

  const recent = await runCli(['export', '--since', '2025-01-01T00:00:00Z']);
  assert.deepEqual(parseBundle(recent.stdout).objects, [valid[1]]);

  const bad = await runCli(['export', '--since', 'yesterday', '--out', join(dir, 'never.json')]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /--since/);
  assert.equal(existsSync(join(dir, 'never.json')), false);
});

test('export --all-versions writes every stored version; importing it elsewhere restores them all', async () => {
  const first = { ...syntheticObject(7), modified: '2024-05-01T00:00:00.000Z' };
  const second = { ...first, modified: '2024-06-01T00:00:00.000Z' };
  const versions = join(dir, 'versions.json');
  writeFileSync(versions, JSON.stringify([first, second]));
  assert.equal((await runCli(['import', versions])).code, 0);
  const keys = (objects: StixObject[]) => objects.map((o) => `${o.id} ${o.modified ?? ''}`).sort();

  const latest = await runCli(['export']);
  assert.deepEqual(keys(parseBundle(latest.stdout).objects), keys([...valid, second]), 'without the flag: the latest versions');

  const out = join(dir, 'history.json');
  const all = await runCli(['export', '--all-versions', '--out', out]);
  assert.equal(all.code, 0, all.stderr);
  assert.deepEqual(keys(parseBundle(readFileSync(out, 'utf8')).objects), keys([...valid, first, second]));

  const elsewhere = join(dir, 'elsewhere.db');
  const imported = await runCliOn(elsewhere, dir, ['import', out]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /imported 7 \(new 7, unchanged 0, rejected 0\)/);
  const again = await runCliOn(elsewhere, dir, ['export', '--all-versions']);
  assert.deepEqual(byId(parseBundle(again.stdout).objects).map((o) => JSON.stringify(o)).sort(),
    [...valid, first, second].map((o) => JSON.stringify(o)).sort(), 'the same versions, content for content');
});
