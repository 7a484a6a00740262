import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { requireShared } from '../helpers/shared.ts';
import { buildUserViewer } from '../helpers/factories.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { CLAIM_TYPE, type Claim } from '../../src/model/claim.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { articleWorld } from './article-claims.ts';

for (const backend of BACKENDS) {
  describe(`claims of the reference article (${backend})`, () => {
    test('four claims: contested subjects, matrix cells, passages, responses', async (t) => {
      if (!requireShared(t)) return;
      await withStore(backend, async (store) => {
        const world = articleWorld();
        const service = new ClaimService(store, store.db);
        await store.put(world.objects);
        const attributionId = `${CLAIM_TYPE}--${randomUUID()}`;
        const [attribution, denial, accusation, warning] = await service.put(SYSTEM, world.claims(attributionId));
        assert.ok(attribution && denial && accusation && warning);
        const { ids } = world;

        // Volt Typhoon and Salt Typhoon are contested, nothing else is.
        const contested = await service.contested(SYSTEM);
        assert.deepEqual(contested.map((c) => c.subject_name).sort(), ['Salt Typhoon', 'Volt Typhoon']);
        for (const c of contested) assert.deepEqual([c.accusing, c.denying, c.total], [1, 1, 2]);

        // Matrix: US -> CN (the attribution) and CN -> US (the counter-accusation); warnings and denials are not accusations.
        const matrix = await service.matrix(SYSTEM);
        const cells = matrix.map((c) => `${c.party_name}->${c.addressee_name}:${c.count}`).sort();
        assert.deepEqual(cells, ['China->United States:1', 'United States->China:1']);
        assert.deepEqual((await service.matrix(SYSTEM, { sector: 'financial-services' })).map((c) => c.party_ref), [ids.cn]);
        assert.deepEqual(await service.matrix(SYSTEM, { from: '2026-01-01' }), []);

        // Each claim points at its passage: the offsets reproduce the quoted text exactly.
        for (const claim of [attribution, denial, accusation, warning]) {
          const stored = await service.get(SYSTEM, claim!.id);
          assert.equal(world.text.slice(stored.evidence.start, stored.evidence.end), stored.evidence.text);
          assert.equal(stored.source_ref, ids.report);
        }
        assert.match(attribution.evidence.text, /Volt Typhoon.*Salt Typhoon/);
        assert.match(warning.evidence.text, /hậu quả nghiêm trọng$/);

        // The denial answers the attribution (and the index knows it).
        assert.deepEqual((await service.get(SYSTEM, denial.id)).responds_to_refs, [attribution.id]);
        const answers = await service.list(SYSTEM, { respondsTo: attribution.id });
        assert.deepEqual(answers.claims.map((c) => c.id).sort(), [denial.id, accusation.id].sort());

        // About Volt Typhoon: for (US attribution) and against (China's denial), grouped by claimant.
        const about = await service.about(SYSTEM, ids.volt);
        assert.equal(about.subject_name, 'Volt Typhoon');
        assert.deepEqual(about.for.map((g) => [g.stance, g.claimant_name, g.claims.length]), [['attributes', 'Government of the United States', 1]]);
        assert.deepEqual(about.against.map((g) => [g.stance, g.claimant_name, g.claims.length]), [['denies', 'Wang Lei', 1]]);

        // By claimant, by party, by source, timeline.
        assert.equal((await service.list(SYSTEM, { claimant: ids.wangLei })).total, 2);
        assert.equal((await service.list(SYSTEM, { party: ids.us })).total, 2);
        assert.equal((await service.bySource(SYSTEM, ids.report)).total, 4);
        const timeline = await service.timeline(SYSTEM, { interval: 'month' });
        assert.deepEqual(timeline.map((p) => `${p.period}:${p.stance}:${p.count}`), [
          '2025-01:accuses:1', '2025-01:attributes:1', '2025-01:denies:1', '2025-01:warns:1',
        ]);
      });
    });

    test('a correction is a new version that replaces the indexed one', async (t) => {
      if (!requireShared(t)) return;
      await withStore(backend, async (store) => {
        const world = articleWorld();
        const service = new ClaimService(store, store.db);
        await store.put(world.objects);
        const attributionId = `${CLAIM_TYPE}--${randomUUID()}`;
        const [attribution, denial] = await service.put(SYSTEM, world.claims(attributionId).slice(0, 2));
        assert.ok(attribution);
        assert.ok(denial);
        assert.equal((await service.contested(SYSTEM)).length, 2);
        // The denial, corrected: it was only about Volt Typhoon.
        const corrected = await service.correct(SYSTEM, denial.id, { subject_refs: [world.ids.volt] });
        assert.equal(corrected.id, denial.id);
        assert.ok(corrected.modified > denial.modified);
        assert.deepEqual((await service.contested(SYSTEM)).map((c) => c.subject_name), ['Volt Typhoon']);
        assert.equal((await service.history(SYSTEM, denial.id)).length, 2);
        // The same version with other content is refused: claims are immutable.
        // ...and the whole batch with it: the new warning beside the clash is not written either.
        const warning = world.claims(attributionId)[3];
        await assert.rejects(service.put(SYSTEM, [warning, { ...corrected, confidence: 5 } as Claim]), { code: 'OPS_ERR_STORE_CONFLICT' });
        assert.equal((await service.list(SYSTEM)).total, 2);
        assert.equal((await store.list(SYSTEM, { types: [CLAIM_TYPE] })).items.length, 2);
        assert.equal((await service.get(SYSTEM, attribution.id)).stance, 'attributes');
      });
    });

    test('bad claims are refused with a JSON path and nothing is written', async (t) => {
      if (!requireShared(t)) return;
      await withStore(backend, async (store) => {
        const world = articleWorld();
        const service = new ClaimService(store, store.db, { textOf: async (_v, ref) => (ref === world.ids.report ? world.text : undefined) });
        await store.put(world.objects);
        const good = world.claims(`${CLAIM_TYPE}--${randomUUID()}`);
        await assert.rejects(service.put(SYSTEM, [good[0], { ...good[2], stance: 'praises' as never }]), (err: Error & { code: string; field?: string }) => {
          assert.equal(err.code, 'OPS_ERR_CLAIM_INVALID');
          assert.equal(err.field, 'claims[1].stance');
          return true;
        });
        const shifted = { ...good[0], evidence: { ...good[0].evidence, start: good[0].evidence.start! + 1, end: good[0].evidence.end! + 1 } };
        await assert.rejects(service.put(SYSTEM, [shifted]), { code: 'OPS_ERR_CLAIM_EVIDENCE_MISMATCH' });
        await assert.rejects(service.put(SYSTEM, [good[1]]), { code: 'OPS_ERR_CLAIM_INVALID' }); // answers a claim that does not exist
        const reader = buildUserViewer({ role: 'reader' });
        await assert.rejects(service.put(reader, [good[0]]), { code: 'OPS_ERR_AUTH_FORBIDDEN' });
        assert.equal((await service.list(SYSTEM)).total, 0);
        assert.equal((await store.list(SYSTEM, { types: [CLAIM_TYPE] })).items.length, 0);
      });
    });

    test('viewers only see and count the claims TLP lets them see', async (t) => {
      if (!requireShared(t)) return;
      await withStore(backend, async (store) => {
        const world = articleWorld();
        const service = new ClaimService(store, store.db);
        await store.put(world.objects);
        const owner = buildUserViewer({ role: 'editor' });
        const outsider = buildUserViewer({ role: 'reader' });
        const attributionId = `${CLAIM_TYPE}--${randomUUID()}`;
        const [attribution, denial, accusation, warning] = world.claims(attributionId);
        await service.put(owner, [attribution, accusation, warning]);
        // The denial is AMBER: only the owner's organisation sees it.
        await service.put(owner, [{ ...denial, object_marking_refs: [tlpMarkingId('amber')] }]);
        assert.equal((await service.contested(owner)).length, 2);
        assert.equal((await service.contested(outsider)).length, 0);
        assert.equal((await service.list(outsider)).total, 3);
        assert.equal((await service.list(owner)).total, 4);
        assert.equal((await service.about(outsider, world.ids.volt)).against.length, 0);
        assert.equal((await service.matrix(outsider)).length, 2);
        // An AMBER accusation vanishes from the outsider's matrix, filtered or not.
        await service.correct(owner, attributionId, { object_marking_refs: [tlpMarkingId('amber')] });
        assert.deepEqual((await service.matrix(outsider)).map((c) => c.party_ref), [world.ids.cn]);
        assert.deepEqual((await service.matrix(outsider, { from: '2025-01-01' })).map((c) => c.party_ref), [world.ids.cn]);
        assert.equal((await service.matrix(owner, { from: '2025-01-01' })).length, 2);
        // get() follows the Store: the latest version the viewer may see (here the earlier, unmarked one);
        // queries and counts use each claim's current version only.
        assert.equal((await service.get(outsider, attributionId)).object_marking_refs, undefined);
        assert.deepEqual((await service.get(owner, attributionId)).object_marking_refs, [tlpMarkingId('amber')]);
        await assert.rejects(service.get(outsider, `${CLAIM_TYPE}--${randomUUID()}`), { code: 'OPS_ERR_CLAIM_NOT_FOUND' });
      });
    });
  });
}
