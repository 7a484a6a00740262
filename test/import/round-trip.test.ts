/**
 * Every OASIS example bundle imports into a fresh store and exports back identical: each exported
 * object deep-equals the imported one with the same id and version, every imported id comes back at
 * its latest version, and the exported bundle re-validates without errors. On every backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { importBundleFile } from '../../src/import/bundle-importer.ts';
import { exportBundle } from '../../src/import/bundle-exporter.ts';
import { hasErrors, validateBundle, validateObject, formatIssue } from '../../src/model/stix/validate.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import type { Store } from '../../src/storage/store.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { hasShared, requireShared, sharedPath } from '../helpers/shared.ts';

const examplesDir = sharedPath('reference/stix-examples');
const examples: string[] = hasShared
  ? readdirSync(examplesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort()
  : [];

const versionOf = (o: StixObject) => String(o.modified ?? o.created ?? '');

async function exportText(store: Store): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportBundle(store, out, { pageSize: 7 }); // small pages exercise the cursor
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

for (const backend of BACKENDS) {
  describe(`STIX examples round trip (${backend})`, () => {
    test('the examples are there', (t) => {
      if (!requireShared(t)) return;
      assert.ok(examples.length >= 17, `found ${examples.length} example files`);
    });

    for (const file of examples) {
      test(file, () =>
        withStore(backend, async (store) => {
          const path = join(examplesDir, file);
          const parsed = JSON.parse(readFileSync(path, 'utf8')) as StixObject[] | { objects?: StixObject[] };
          const source = Array.isArray(parsed) ? parsed : (parsed.objects ?? []);
          // What the store should hold: valid objects, first content per id+version (a later different one is a conflict).
          const expected = new Map<string, StixObject>();
          const latest = new Map<string, string>();
          for (const o of source) {
            if (hasErrors(validateObject(o))) continue;
            const key = `${o.id} ${versionOf(o)}`;
            if (!expected.has(key)) expected.set(key, o);
            if (!latest.has(o.id) || versionOf(o) > latest.get(o.id)!) latest.set(o.id, versionOf(o));
          }

          const summary = await importBundleFile(store, path);
          assert.equal(summary.read, source.length);
          assert.equal(summary.rejected, source.length - summary.new - summary.unchanged - summary.conflicts);
          assert.equal(summary.new, expected.size);

          const bundle = JSON.parse(await exportText(store)) as { type: string; id: string; objects: StixObject[] };
          const issues = validateBundle(bundle).filter((i) => i.severity === 'error');
          assert.deepEqual(issues.map(formatIssue), [], 'the export re-validates');
          const differences: string[] = [];
          for (const o of bundle.objects) {
            const key = `${o.id} ${versionOf(o)}`;
            const original = expected.get(key);
            if (!original) differences.push(`${key}: exported but never imported`);
            else {
              try {
                assert.deepStrictEqual(o, original);
              } catch {
                differences.push(`${key}: content differs`);
              }
            }
            if (latest.get(o.id) !== versionOf(o)) differences.push(`${key}: not the latest version`);
          }
          assert.deepEqual(differences, []);
          assert.deepEqual(bundle.objects.map((o) => o.id).sort(), [...latest.keys()].sort(), 'every imported id comes back once');
        }),
      );
    }
  });
}
