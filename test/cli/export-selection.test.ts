/**
 * Issue 16 from the CLI: `opstrack export --search Q` and `--matrix` (a cell with --party and
 * --addressee, or the whole) write what the API's selection exports give (system view): a STIX
 * bundle that passes the OASIS schemas, claims CSV with the documented columns, a brief; on both
 * backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { CLAIM_CSV_COLUMNS } from '../../src/export/claims-csv.ts';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { runCliInProcess } from '../helpers/cli.ts';
import { parseCsv } from '../helpers/csv.ts';
import { requireShared } from '../helpers/shared.ts';
import { assertClean } from '../helpers/stix-clean.ts';
import { assertOpenCtiConventions } from '../helpers/opencti-conventions.ts';
import { articleWorld } from '../claims/article-claims.ts';

const claimIds = (csv: string) => parseCsv(csv).slice(1).map((r) => r[CLAIM_CSV_COLUMNS.indexOf('claim_id')]);

for (const backend of BACKENDS) {
  describe(`opstrack export --search/--matrix (${backend})`, () => {
    test('a search and the matrix (whole, one cell) as STIX, CSV and brief', (t) =>
      withStore(backend, async (store, location) => {
        if (!requireShared(t)) return;
        const world = articleWorld();
        await store.put(world.objects);
        const created = await new ClaimService(store, store.db).put(SYSTEM, world.claims(`${CLAIM_TYPE}--${randomUUID()}`));
        const [a, d, acc] = created.map((c) => c.id); // attribution, denial, counter-accusation

        const bundle = JSON.parse(await runCliInProcess(location, ['export', '--search', 'Typhoon'])) as { type: string; objects: StixObject[] };
        assert.equal(bundle.type, 'bundle');
        assertClean(bundle.objects);
        assertOpenCtiConventions(bundle.objects);
        const ids = new Set(bundle.objects.map((o) => o.id));
        for (const id of [world.ids.volt, world.ids.salt, a!]) assert.ok(ids.has(id), `${id} found and exported`);
        const sets = JSON.parse(await runCliInProcess(location, ['export', '--search', 'Typhoon', '--type', 'intrusion-set'])) as { objects: StixObject[] };
        assert.ok(!sets.objects.some((o) => o.type === CLAIM_TYPE), '--type narrows the search');

        const csv = await runCliInProcess(location, ['export', '--search', 'bác bỏ', '--csv']);
        assert.deepEqual(parseCsv(csv)[0], [...CLAIM_CSV_COLUMNS]);
        assert.ok(claimIds(csv).includes(d), 'the denial passage is found');

        assert.deepEqual(claimIds(await runCliInProcess(location, ['export', '--matrix', '--csv'])).sort(), [a, acc].sort(), 'the accusing claims');
        const cell = ['export', '--matrix', '--party', world.ids.us, '--addressee', world.ids.cn];
        assert.deepEqual(claimIds(await runCliInProcess(location, [...cell, '--csv'])), [a]);
        const cellBundle = JSON.parse(await runCliInProcess(location, cell)) as { objects: StixObject[] };
        assertClean(cellBundle.objects);
        assert.deepEqual(cellBundle.objects.filter((o) => o.type === CLAIM_TYPE).map((o) => o.id), [a]);
        assert.deepEqual(claimIds(await runCliInProcess(location, ['export', '--matrix', '--csv', '--sector', 'financial-services'])), [acc]);
        const brief = await runCliInProcess(location, [...cell, '--brief']);
        assert.match(brief, /^<!doctype html>/);
        assert.ok(brief.includes('United States → China'));

        await assert.rejects(runCliInProcess(location, ['export', '--search', 'x', '--party', world.ids.us]), /go with --matrix/);
        await assert.rejects(runCliInProcess(location, ['export', '--matrix', '--from', '15/01/2025']), /--from must be a day/);
        await assert.rejects(runCliInProcess(location, ['export', '--csv']), /go with --search or --matrix/);
      }));
  });
}
