/**
 * The claims write paths in the permission suite (issue 12): another organisation's editor, reader
 * and admin against organisation A's claims (one GREEN, one AMBER+STRICT). Corrections and
 * revocations (new versions, through /api/import and TAXII), shares and RED recipients change
 * nothing and answer alike for the visible and the hidden claim; a new claim through
 * POST /api/claims answering the hidden claim is refused exactly as one answering an unknown id;
 * the claims queries still give A's versions. Both backends.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { SYSTEM } from '../../src/model/viewer.ts';
import { NOT_OWNER_REASON } from '../../src/storage/store.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { buildIdentity, nextVersion, tlp } from '../helpers/factories.ts';
import { startServer, type TestServer } from '../helpers/http.ts';

const TAXII = 'application/taxii+json;version=2.1';
const OUTSIDERS = ['editorB', 'readerB', 'adminB'] as const;
const LATER = '2031-01-01T00:00:00.000Z';

for (const backend of BACKENDS) {
  describe(`claims against another organisation (${backend})`, () => {
    let srv: TestServer;
    let objectsUrl = '';
    let green: StixObject;
    let strict: StixObject;
    const claimant = buildIdentity({ name: 'Permission claimant' });
    const input = (extra: Record<string, unknown> = {}) => ({
      claimant_ref: claimant.id, stance: 'attributes', subject_description: 'the intrusion', made_on: '2025-05-01',
      source_ref: `report--${randomUUID()}`, evidence: { text: 'They did it.', lang: 'en' }, ...extra,
    });
    const snapshot = async () => JSON.stringify({
      versions: await Promise.all([green, strict].map((c) => srv.store.get(SYSTEM, c.id, ['all']))),
      shares: await srv.store.db.query('SELECT object_id, org_id, owner_org FROM object_shares ORDER BY 1, 2, 3'),
      recipients: await srv.store.db.query('SELECT object_id, user_id, owner_org FROM object_recipients ORDER BY 1, 2, 3'),
    });

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'editorA', org: 'A', role: 'editor' },
          { name: 'editorB', org: 'B', role: 'editor' },
          { name: 'readerB', org: 'B', role: 'reader' },
          { name: 'adminB', org: 'B', role: 'admin', installationAdmin: false },
        ],
      });
      await srv.store.put([claimant]);
      const made = await srv.json('/api/claims', { as: 'editorA', method: 'POST', json: { claims: [input(tlp('green')), input(tlp('amber+strict'))] } });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      [green, strict] = made.body.items as [StixObject, StixObject];
      const cols = await srv.json('/taxii2/opstrack/collections/', { as: 'editorA', auth: 'basic', headers: { accept: TAXII } });
      objectsUrl = `/taxii2/opstrack/collections/${cols.body.collections.find((c: { title: string }) => c.title === 'default').id}/objects/`;
    });
    after(async () => srv?.close());

    test('corrections and revocations of another organisation\'s claims are refused alike, visible or hidden', async () => {
      const before = await snapshot();
      for (const who of OUTSIDERS) {
        const answers: string[] = [];
        for (const claim of [green, strict]) {
          for (const change of [{ stance: 'denies' }, { revoked: true }]) {
            const version = nextVersion(claim, LATER, change);
            const imp = await srv.json('/api/import', { as: who, method: 'POST', json: { type: 'bundle', id: `bundle--${randomUUID()}`, objects: [version] } });
            const post = await srv.json(objectsUrl, {
              as: who, auth: 'basic', method: 'POST', headers: { accept: TAXII, 'content-type': TAXII }, body: JSON.stringify({ objects: [version] }),
            });
            if (who === 'readerB') {
              assert.equal(imp.status, 403);
              assert.equal(post.status, 403);
            } else {
              assert.equal(imp.body.new, 0);
              assert.equal(imp.body.conflictList[0]?.reason, NOT_OWNER_REASON);
              assert.equal(post.body.success_count, 0);
            }
            answers.push(JSON.stringify([imp.status, imp.body.conflictList?.[0]?.reason, post.status, post.body.failure_count]));
          }
        }
        assert.equal(new Set(answers).size, 1, `${who}: one answer for the visible and the hidden claim`);
      }
      assert.equal(await snapshot(), before, 'nothing changed');
    });

    test('shares and recipients of another organisation\'s claims change nothing', async () => {
      const before = await snapshot();
      for (const who of OUTSIDERS) {
        for (const claim of [green, strict]) {
          const share = await srv.json(`/api/objects/${claim.id}/shares`, { as: who, method: 'POST', json: { org: 'B' } });
          assert.ok([403, 404, 409].includes(share.status), `${who} share: ${share.status}`);
          const rc = await srv.json(`/api/objects/${claim.id}/recipients`, { as: who, method: 'POST', json: { user: who } });
          assert.ok([403, 404, 409].includes(rc.status), `${who} recipient: ${rc.status}`);
          if (claim === strict) {
            const unknown = claim.id.replace(/--.*/, `--${randomUUID()}`);
            assert.equal(share.status, (await srv.json(`/api/objects/${unknown}/shares`, { as: who, method: 'POST', json: { org: 'B' } })).status);
          }
        }
      }
      assert.equal(await snapshot(), before, 'nothing changed');
    });

    test('answering a hidden claim through POST /api/claims is refused as answering an unknown one, for every role', async () => {
      const before = await snapshot();
      const unknown = strict.id.replace(/--.*/, `--${randomUUID()}`);
      for (const who of OUTSIDERS) {
        const toHidden = await srv.json('/api/claims', { as: who, method: 'POST', json: { claims: [input({ responds_to_refs: [strict.id] })] } });
        const toUnknown = await srv.json('/api/claims', { as: who, method: 'POST', json: { claims: [input({ responds_to_refs: [unknown] })] } });
        assert.equal(toHidden.status, toUnknown.status, who);
        assert.equal(toHidden.body.code, toUnknown.body.code, who);
        assert.equal(String(toHidden.body.message).replace(strict.id, 'X'), String(toUnknown.body.message).replace(unknown, 'X'), who);
        assert.equal(toHidden.status, who === 'readerB' ? 403 : 422, who);
      }
      assert.equal(await snapshot(), before, 'nothing changed');
      // A still reads its claims as written
      const listed = await srv.json('/api/claims?limit=1000', { as: 'editorA' });
      for (const c of [green, strict]) {
        const mine = listed.body.items.find((x: { id: string }) => x.id === c.id);
        assert.equal(mine?.stance, 'attributes');
        assert.equal(mine?.revoked, undefined);
      }
    });
  });
}
