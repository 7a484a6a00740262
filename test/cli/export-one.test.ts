/**
 * Issue 16 from the CLI: `opstrack import` detects a MISP event; `opstrack export --report ID`
 * (STIX), `--misp` (the event back), `--brief`, `--entity ID`, and `opstrack claims --csv` write
 * what the API gives (system view), on both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLAIM_CSV_COLUMNS } from '../../src/export/claims-csv.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { runCliInProcess } from '../helpers/cli.ts';
import { parseCsv } from '../helpers/csv.ts';
import { requireShared } from '../helpers/shared.ts';
import { assertClean } from '../helpers/stix-clean.ts';
import { assertOpenCtiConventions } from '../helpers/opencti-conventions.ts';
import { MISP_EVENTS } from '../fixtures/misp-events.ts';

for (const backend of BACKENDS) {
  describe(`opstrack export --report/--entity, claims --csv (${backend})`, () => {
    test('a MISP event in, then out as STIX, MISP, brief; an entity; claims CSV', (t) =>
      withStore(backend, async (store, location) => {
        if (!requireShared(t)) return;
        const dir = mkdtempSync(join(tmpdir(), 'opstrack-export-one-'));
        try {
          const file = join(dir, 'event.json');
          writeFileSync(file, JSON.stringify(MISP_EVENTS.network));
          const imported = await runCliInProcess(location, ['import', file]);
          assert.match(imported, /rejected 0/);
          const [report] = (await store.list(SYSTEM, { types: ['report'], limit: 5 })).items.map((s) => s.object);
          assert.ok(report);

          const out = join(dir, 'report.json');
          await runCliInProcess(location, ['export', '--report', report.id, '--out', out]);
          const bundle = JSON.parse(readFileSync(out, 'utf8')) as { objects: StixObject[] };
          assertClean(bundle.objects);
          assertOpenCtiConventions(bundle.objects);
          assert.ok(bundle.objects.some((o) => o.type === 'indicator'));

          const misp = JSON.parse(await runCliInProcess(location, ['export', '--report', report.id, '--misp']));
          assert.equal(misp.Event.uuid, MISP_EVENTS.network.Event.uuid);
          assert.equal(misp.Event.Attribute.length, MISP_EVENTS.network.Event.Attribute.length);

          const brief = await runCliInProcess(location, ['export', '--report', report.id, '--brief']);
          assert.match(brief, /^<!doctype html>/);
          assert.ok(brief.includes('Phishing infrastructure of a state group'));

          const group = (await store.list(SYSTEM, { types: ['intrusion-set'], limit: 5 })).items[0]!.object;
          const entity = JSON.parse(await runCliInProcess(location, ['export', '--entity', group.id])) as { objects: StixObject[] };
          assert.ok(entity.objects.some((o) => o.type === 'relationship' && o.relationship_type === 'indicates' && o.target_ref === group.id));
          assertClean(entity.objects);

          const csv = parseCsv(await runCliInProcess(location, ['claims', '--csv']));
          assert.deepEqual(csv[0], [...CLAIM_CSV_COLUMNS]);
          await assert.rejects(runCliInProcess(location, ['export', '--report', 'not-an-id']), /--report must be a STIX id/);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }));
  });
}
