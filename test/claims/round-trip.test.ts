import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { BACKENDS, freshStore, withStore } from '../helpers/backends.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { correctClaim } from '../../src/claims/build-claim.ts';
import { exportClaims } from '../../src/claims/stix-mapping.ts';
import { importBundleFile } from '../../src/import/bundle-importer.ts';
import { CLAIM_TYPE, type Claim } from '../../src/model/claim.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { claimArb } from './claim-arbitrary.ts';

// Each run imports into a brand-new database; PostgreSQL's CREATE DATABASE is what bounds the count.
const RUNS: Record<string, number> = { sqlite: 20, postgres: 5 };

/** Fresh claim ids for this run (shrinking reuses ids; the source store is shared between runs). */
function renamed(claims: Claim[]): Claim[] {
  let json = JSON.stringify(claims);
  for (const c of claims) json = json.replaceAll(c.id, `${CLAIM_TYPE}--${randomUUID()}`);
  return JSON.parse(json) as Claim[];
}

for (const backend of BACKENDS) {
  describe(`claims survive export and import into an empty store (${backend})`, () => {
    test('arbitrary claims come back with every field, and the index answers the same', () =>
      withStore(backend, async (source) => {
        const dir = mkdtempSync(join(tmpdir(), 'opstrack-claims-'));
        try {
          await fc.assert(
            fc.asyncProperty(fc.uniqueArray(claimArb, { minLength: 1, maxLength: 6, selector: (c) => c.id }), fc.boolean(), async (generated, correct) => {
              const claims = renamed(generated);
              await source.put(claims);
              // Sometimes a correction too: history must travel.
              const corrected = correct ? correctClaim(claims[0]!, { confidence: ((claims[0]!.confidence ?? 0) + 1) % 101 }) : undefined;
              if (corrected) await source.put([corrected]);
              const latest = claims.map((c) => (corrected && c.id === corrected.id ? corrected : c));

              const bundle = await exportClaims(source, SYSTEM);
              const mine = new Set<string>(claims.map((c) => c.id));
              bundle.objects = bundle.objects.filter((o) => o.type !== CLAIM_TYPE || mine.has(o.id));
              const file = join(dir, `${randomUUID()}.json`);
              writeFileSync(file, JSON.stringify(bundle));

              const target = await freshStore(backend);
              try {
                const summary = await importBundleFile(target.store, file);
                assert.equal(summary.rejected, 0, JSON.stringify(summary.rejections));
                const to = new ClaimService(target.store, target.store.db);
                for (const claim of latest) assert.deepEqual(await to.get(SYSTEM, claim.id), claim);
                if (corrected) assert.deepEqual(await to.history(SYSTEM, corrected.id), [claims[0], corrected]);
                // The new store's index holds exactly these claims, field for field.
                const listed = await to.list(SYSTEM, { limit: 1000 });
                assert.equal(listed.total, latest.length);
                const byId = new Map<string, Claim>(listed.claims.map((c) => [c.id, c]));
                for (const claim of latest) assert.deepEqual(byId.get(claim.id), claim);
                for (const claim of latest) {
                  const found = await to.list(SYSTEM, { claimant: claim.claimant_ref, source: claim.source_ref });
                  assert.ok(found.claims.some((c) => c.id === claim.id));
                }
              } finally {
                await target.dispose();
              }
            }),
            { numRuns: RUNS[backend] },
          );
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }));
  });
}
