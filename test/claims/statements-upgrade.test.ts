/**
 * Upgrade to 051-claim-statements (both backends): a database of the previous release (claims
 * stored and indexed, no statement tables) gets its statements built when it is next opened, the
 * same statements live writes would have made, and only once. Upgrade to 054-statements-speaker-voice:
 * statements an earlier release grouped by other keys are regrouped on the next open, so a named
 * speaker's claim and their government's join one statement.
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
import { buildSdo } from '../helpers/factories.ts';
import { knowledgeId } from '../../src/knowledge/ids.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';

const STATEMENT_TABLES = [
  'claim_statements', 'claim_statement_members', 'claim_statement_subjects', 'claim_statement_addressees',
  'claim_statement_subject_stats', 'claim_statement_matrix_stats', 'claim_statement_state', 'claim_statement_owners',
  'claim_statement_sectors', 'claim_statement_sector_matrix_stats',
  'claim_statement_subject_owned', 'claim_statement_matrix_owned', 'claim_statement_sector_matrix_owned',
  'claim_statement_month_matrix_stats', 'claim_statement_month_matrix_owned',
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

        // back to the previous release's schema: no statement tables, 051 (and the later migrations of its tables) not applied
        for (const table of STATEMENT_TABLES) await store.db.exec(`DROP TABLE ${table}`);
        await store.db.exec("DELETE FROM schema_migrations WHERE id IN ('051-claim-statements', '054-statements-speaker-voice', '092-statements-visibility', '093-statements-contested-order', '094-statements-month-matrix', '095-statements-list-order')");

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

    test('048: statements grouped by an earlier key are regrouped on open; a speaker joins their government', async (t) => {
      if (!requireShared(t)) return;
      await withStore(backend, async (store, location) => {
        const world = articleWorld();
        const known = defaultResolver().entities.find((e) => e.kind === 'country' && e.code === 'CN')!;
        const china = buildSdo('location', { id: known.id, name: 'China', country: 'CN' });
        const government = buildSdo('identity', { id: knowledgeId('identity', 'state-government', 'CN'), name: 'Government of China', identity_class: 'organization' });
        const speaker = buildSdo('identity', { name: 'Lin Jian', identity_class: 'individual', roles: ['Ministry of Foreign Affairs'] });
        await store.put([...world.objects, china, government, speaker]);
        const service = new ClaimService(store, store.db);
        const { responds_to_refs: _answers, ...denial } = world.claims(`${CLAIM_TYPE}--${randomUUID()}`).find((c) => c.stance === 'denies')!;
        await service.put(SYSTEM, [
          { ...denial, id: undefined, claimant_ref: government.id, speaks_for_ref: china.id },
          { ...denial, id: undefined, claimant_ref: speaker.id, speaks_for_ref: china.id },
        ]);
        const denials = async (s: ClaimService) => (await s.statements(SYSTEM, { stances: ['denies'], limit: 100 })).statements;
        const live = await denials(service);
        assert.equal(live.length, 1, 'live writes: one statement');
        assert.equal(live[0]!.copies, 2);

        // as an earlier release left it: each claim under a key of its own, 048 not applied
        await store.db.exec('UPDATE claim_statement_members SET statement_key = claim_id, statement_id = NULL');
        for (const table of ['claim_statements', 'claim_statement_subjects', 'claim_statement_addressees', 'claim_statement_subject_stats', 'claim_statement_matrix_stats']) {
          await store.db.exec(`DELETE FROM ${table}`);
        }
        await store.db.exec("DELETE FROM schema_migrations WHERE id = '054-statements-speaker-voice'");
        assert.equal((await denials(service)).length, 0);

        const upgraded = await openOpsTrackStore(location);
        try {
          const after = await denials(new ClaimService(upgraded, upgraded.db));
          assert.equal(after.length, 1);
          assert.equal(after[0]!.copies, 2);
          assert.equal(after[0]!.claimant_ref, speaker.id, 'the statement names the speaker');
        } finally {
          await upgraded.close();
        }
      });
    });
  });
}
