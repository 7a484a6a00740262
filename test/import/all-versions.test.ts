/**
 * Moving knowledge between installations keeps its history: every OASIS example bundle imported
 * into one store, exported with every version (`allVersions`, what `opstrack export --all-versions`
 * writes) and imported into an empty store gives back every version of every object, content for
 * content. A latest-only export loses the older versions of the objects that have several. On every
 * backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportBundle } from '../../src/import/bundle-exporter.ts';
import { importBundleFile } from '../../src/import/bundle-importer.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import { BACKENDS, freshStore, type TestStore } from '../helpers/backends.ts';
import { hasShared, requireShared, sharedPath } from '../helpers/shared.ts';

const examplesDir = sharedPath('reference/stix-examples');
const examples: string[] = hasShared
  ? readdirSync(examplesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort()
  : [];

/** Every stored version, as id -> the versions' contents (JSON text, sorted). */
async function history(store: Store): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>();
  let cursor: string | undefined;
  do {
    const page = await store.list(SYSTEM, { versions: ['all'], limit: 100, cursor });
    for (const s of page.items) byId.set(s.id, [...(byId.get(s.id) ?? []), JSON.stringify(s.object)]);
    cursor = page.next;
  } while (cursor);
  for (const versions of byId.values()) versions.sort();
  return byId;
}

const versionCount = (h: Map<string, string[]>) => [...h.values()].reduce((n, v) => n + v.length, 0);

async function exportTo(store: Store, file: string, allVersions: boolean): Promise<number> {
  const out = createWriteStream(file);
  const { count } = await exportBundle(store, out, { allVersions, pageSize: 7 }); // small pages exercise the cursor
  out.end();
  await once(out, 'finish');
  return count;
}

for (const backend of BACKENDS) {
  describe(`export --all-versions then import restores the history (${backend})`, () => {
    test('every version of the OASIS examples comes back; latest-only loses the older ones', async (t) => {
      if (!requireShared(t)) return;
      const dir = mkdtempSync(join(tmpdir(), 'opstrack-all-versions-'));
      const stores: TestStore[] = [];
      const fresh = async () => {
        const s = await freshStore(backend);
        stores.push(s);
        return s.store;
      };
      try {
        const source = await fresh();
        for (const file of examples) await importBundleFile(source, join(examplesDir, file));
        const before = await history(source);
        const several = [...before].filter(([, v]) => v.length > 1).map(([id]) => id);
        assert.equal(several.length, 3, `objects with several versions: ${several.join(', ')}`);
        const versions = versionCount(before);
        assert.equal(versions, before.size + 3);

        const file = join(dir, 'all.json');
        assert.equal(await exportTo(source, file, true), versions, 'every stored version is exported');
        const target = await fresh();
        const summary = await importBundleFile(target, file);
        assert.deepEqual(
          { read: summary.read, new: summary.new, rejected: summary.rejected, conflicts: summary.conflicts },
          { read: versions, new: versions, rejected: 0, conflicts: 0 },
        );
        const after = await history(target);
        assert.equal(versionCount(after), versions);
        assert.deepEqual(after, before, 'the same versions with the same content');

        const latestFile = join(dir, 'latest.json');
        assert.equal(await exportTo(source, latestFile, false), before.size);
        const latestOnly = await fresh();
        await importBundleFile(latestOnly, latestFile);
        const lost = await history(latestOnly);
        for (const id of several) assert.equal(lost.get(id)?.length, 1, `${id}: a latest-only export keeps one version`);
      } finally {
        for (const s of stores) await s.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
