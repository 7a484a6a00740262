/**
 * Upgrade to 051-claim-statements (both backends): a database of the previous release (claims
 * stored and indexed, no statement tables) gets its statements built when it is next opened, the
 * same statements live writes would have made, and only once.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { requireShared } from '../helpers/shared.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { articleWorld } from './article-claims.ts';

const STATEMENT_TABLES = [
  'claim_statements', 'claim_statement_members', 'claim_statement_subjects', 'claim_statement_addressees',
  'claim_statement_subject_stats', 'claim_statement_matrix_stats', 'claim_statement_state',
];

for (const backend of BACKENDS) {
  describe(`statements upgrade (${backend})`, () => {
    test('an existing database gets its statements built on open', async (t) => {
      if (!requireShared(t)) return;
      await withStore(backend, async (store, location) => {
        const world = articleWorld();
        await store.put(world.objects);
        const service = new ClaimService(store, store.db);
        const claims = world.claims(`${CLAIM_TYPE}--${randomUUID()}`);
        // the article's four claims, and a second report of the attribution two days later
        await service.put(SYSTEM, [...claims, { ...claims[0], id: undefined, made_on: '2025-01-17' }]);
        const live = await service.statements(SYSTEM, { limit: 100 });
        assert.equal(live.total, 4);
        const liveMatrix = await service.matrix(SYSTEM);

        // back to the previous release's schema: no statement tables, 051 not applied
        for (const table of STATEMENT_TABLES) await store.db.exec(`DROP TABLE ${table}`);
        await store.db.exec("DELETE FROM schema_migrations WHERE id = '051-claim-statements'");

        const upgraded = await openOpsTrackStore(location);
        try {
          const [state] = await upgraded.db.query<{ built: number | string }>('SELECT built FROM claim_statement_state WHERE id = 1');
          assert.equal(Number(state?.built), 1);
          const again = new ClaimService(upgraded, upgraded.db);
          const built = await again.statements(SYSTEM, { limit: 100 });
          assert.equal(built.total, 4);
          assert.deepEqual(built.statements.map((s) => [s.id, s.copies, s.sources]).sort(), live.statements.map((s) => [s.id, s.copies, s.sources]).sort());
          const attribution = built.statements.find((s) => s.stance === 'attributes');
          assert.equal(attribution?.copies, 2);
          assert.deepEqual(await again.matrix(SYSTEM), liveMatrix);
          assert.deepEqual((await again.contested(SYSTEM)).map((c) => [c.subject_ref, c.accusing, c.denying]).sort(),
            [[world.ids.salt, 1, 1], [world.ids.volt, 1, 1]].sort());
        } finally {
          await upgraded.close();
        }
      });
    });
  });
}
