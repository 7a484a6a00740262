import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withStore } from '../helpers/backends.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { SAMPLE_REPORTS } from '../../src/demo/sample-reports.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import type { UserViewer } from '../../src/model/viewer.ts';

const creds = { admin: { user: 'admin', password: 'pw-admin-1' }, analyst: { user: 'analyst', password: 'pw-analyst-1' }, partner: { user: 'partner', password: 'pw-partner-1' } };

test('the demo dataset: knowledge, users and published sample reports with contested claims; a second run adds nothing', async () => {
  await withStore('sqlite', async (store) => {
    const first = await seedDemo(store, creds);
    assert.equal(first.users, 'created');
    assert.equal(first.reports, SAMPLE_REPORTS.length);
    assert.ok(first.knowledge.new > 500, `knowledge loaded (${first.knowledge.new})`);
    const second = await seedDemo(store, creds);
    assert.deepEqual({ reports: second.reports, new: second.knowledge.new, users: second.users }, { reports: 0, new: 0, users: 'existing' });

    const repo = new AuthRepository(store.db);
    const analyst = (await repo.findUser('analyst'))!;
    const partner = (await repo.findUser('partner'))!;
    const asAnalyst: UserViewer = { kind: 'user', userId: analyst.id, orgId: analyst.orgId, role: 'editor' };
    const asPartner: UserViewer = { kind: 'user', userId: partner.id, orgId: partner.orgId, role: 'reader' };
    const claims = new ClaimService(store, store.db);
    const contested = (await claims.contested(asAnalyst)).map((c) => c.subject_name);
    assert.ok(contested.includes('Volt Typhoon'), `contested: ${contested.join(', ')}`);
    // the AMBER sample belongs to the demo CERT: its claims are invisible to the partner agency
    const amber = SAMPLE_REPORTS.filter((r) => r.tlp === 'amber').length;
    assert.ok(amber > 0);
    const mine = (await claims.list(asAnalyst, { limit: 1000 })).total;
    const theirs = (await claims.list(asPartner, { limit: 1000 })).total;
    assert.ok(theirs < mine, `partner sees fewer claims (${theirs} < ${mine})`);
  });
});
