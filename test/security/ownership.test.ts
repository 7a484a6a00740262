/**
 * The permission and integrity suite of issue 12 (docs/security.md): for every write path (API
 * import, TAXII POST, DELETE, claims, sharing, recipients, revocation) and both backends, what
 * another organisation's editor, reader and admin can do to objects they do not own. Each attempt
 * must change nothing (the stored versions, compared through the system viewer) and reveal
 * nothing (a hidden object answers like an unknown one). Regression tests for findings 2, 4, 7
 * (existence oracles, cross-organisation admin) and 8 (a RED claim visible to its author).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { StixObject } from '../../src/model/stix/core.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { NOT_OWNER_REASON } from '../../src/storage/store.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { buildIdentity, buildIntrusionSet, buildMalware, nextVersion, stixId, tlp } from '../helpers/factories.ts';
import { startServer, type TestServer } from '../helpers/http.ts';

const TAXII = 'application/taxii+json;version=2.1';
const LATER = '2030-01-01T00:00:00.000Z';
const bundle = (objects: StixObject[]) => ({ type: 'bundle', id: `bundle--${randomUUID()}`, objects });

for (const backend of BACKENDS) {
  describe(`ownership and integrity (${backend})`, () => {
    let srv: TestServer;
    let objectsUrl = '';
    // Owned by A: one per marking, plus installation knowledge (written by the CLI, no owner).
    const strict = buildIntrusionSet({ name: 'Own strict', ...tlp('amber+strict') });
    const amber = buildIntrusionSet({ name: 'Own amber', ...tlp('amber') });
    const red = buildMalware({ name: 'Own red', ...tlp('red') });
    const green = buildIntrusionSet({ name: 'Own green', ...tlp('green') });
    const knowledge = buildIntrusionSet({ name: 'Volt Typhoon (installation)' });
    const all = [strict, amber, red, green, knowledge];
    const OUTSIDERS = ['editorB', 'readerB', 'adminB'] as const;

    /** Every stored version of every fixture, as the system sees them. */
    async function snapshot(): Promise<string> {
      const out: unknown[] = [];
      for (const o of all) out.push((await srv.store.get(SYSTEM, o.id, ['all'])).map((s) => [s.version, s.ownerOrgId, s.object]));
      const shares = await srv.store.db.query('SELECT object_id, org_id, owner_org FROM object_shares ORDER BY 1, 2, 3');
      const recipients = await srv.store.db.query('SELECT object_id, user_id, owner_org FROM object_recipients ORDER BY 1, 2, 3');
      return JSON.stringify({ out, shares, recipients });
    }

    before(async () => {
      srv = await startServer(backend, {
        users: [
          { name: 'editorA', org: 'A', role: 'editor' },
          { name: 'readerA', org: 'A', role: 'reader' },
          { name: 'editorB', org: 'B', role: 'editor' },
          { name: 'readerB', org: 'B', role: 'reader' },
          { name: 'adminB', org: 'B', role: 'admin', installationAdmin: false },
          { name: 'installer', org: 'Ops', role: 'admin', installationAdmin: true },
        ],
      });
      const r = await srv.json('/api/import', { as: 'editorA', method: 'POST', json: bundle([strict, amber, red, green]) });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.new, 4);
      await srv.store.put([knowledge]);
      const cols = await srv.json('/taxii2/opstrack/collections/', { as: 'editorA', auth: 'basic', headers: { accept: TAXII } });
      const def = cols.body.collections.find((c: { title: string }) => c.title === 'default');
      objectsUrl = `/taxii2/opstrack/collections/${def.id}/objects/`;
    });
    after(async () => srv?.close());

    test('finding 2: another organisation cannot write a version of an id it does not own, by API import or TAXII, so it never reads the original', async () => {
      const before = await snapshot();
      for (const who of ['editorB', 'adminB'] as const) {
        for (const target of [strict, amber, red]) {
          // a GREEN later version, then a share, then ?version=first: the attack of finding 2
          const mine = nextVersion(target, LATER, { name: 'B was here', object_marking_refs: tlp('green').object_marking_refs });
          const imp = await srv.json('/api/import', { as: who, method: 'POST', json: bundle([mine]) });
          assert.equal(imp.status, 200);
          assert.equal(imp.body.new, 0, `${who} must not write ${target.name}`);
          assert.equal(imp.body.conflicts, 1);
          const redVersion = nextVersion(target, LATER, { ...tlp('red') });
          const post = await srv.json(objectsUrl, {
            as: who, auth: 'basic', method: 'POST', body: JSON.stringify({ objects: [redVersion] }),
            headers: { accept: TAXII, 'content-type': TAXII },
          });
          assert.equal(post.status, 202);
          assert.equal(post.body.success_count, 0);
          assert.equal(post.body.failure_count, 1);
          const share = await srv.json(`/api/objects/${target.id}/shares`, { as: who, method: 'POST', json: { org: 'B' } });
          assert.equal(share.status, 404);
          const first = await srv.json(`/api/objects/${target.id}?version=first`, { as: who });
          assert.equal(first.status, 404, `${who} must not read ${target.name}`);
          const taxii = await srv.json(`${objectsUrl}${target.id}/?match[version]=first`, { as: who, auth: 'basic', headers: { accept: TAXII } });
          assert.equal(taxii.status, 404);
        }
      }
      assert.equal(await snapshot(), before, 'nothing changed');
    });

    test('finding 4: another organisation cannot rename or revoke shared knowledge or a visible object; an installation admin can', async () => {
      const before = await snapshot();
      for (const who of ['editorB', 'adminB'] as const) {
        for (const target of [green, knowledge]) {
          const rename = nextVersion(target, LATER, { name: 'Renamed by B' });
          const revoke = nextVersion(target, LATER, { revoked: true });
          for (const change of [rename, revoke]) {
            const imp = await srv.json('/api/import', { as: who, method: 'POST', json: bundle([change]) });
            assert.equal(imp.body.new, 0);
            assert.equal(imp.body.conflictList[0].reason, NOT_OWNER_REASON);
          }
          const seen = await srv.json(`/api/objects/${target.id}`, { as: 'readerA' });
          assert.equal(seen.body.object.name, target.name);
          assert.equal(seen.body.object.revoked, undefined);
        }
      }
      // re-sending an identical visible version is not a write: unchanged, as before
      const same = await srv.json('/api/import', { as: 'editorB', method: 'POST', json: bundle([green]) });
      assert.equal(same.body.unchanged, 1);
      assert.equal(same.body.conflicts, 0);
      assert.equal(await snapshot(), before, 'nothing changed');
      // the installation admin may enrich the installation's knowledge (audited as every write)
      const enrich = nextVersion(knowledge, '2029-01-01T00:00:00.000Z', { aliases: ['Bronze Silhouette'] });
      const ok = await srv.json('/api/import', { as: 'installer', method: 'POST', json: bundle([enrich]) });
      assert.equal(ok.body.new, 1);
      const [latest] = await srv.store.get(SYSTEM, knowledge.id);
      assert.equal(latest?.ownerOrgId, undefined, 'still the installation\'s');
      await srv.store.delete(knowledge.id, ['2029-01-01T00:00:00.000Z']);
    });

    test('DELETE, shares and recipients by another organisation change nothing; hidden ids answer as unknown ones', async () => {
      const before = await snapshot();
      const unknown = stixId('intrusion-set');
      for (const who of OUTSIDERS) {
        const opts = { as: who, auth: 'basic' as const, method: 'DELETE', headers: { accept: TAXII } };
        const absent = await srv.json(`${objectsUrl}${unknown}/`, opts);
        for (const target of [strict, amber, red]) {
          const r = await srv.json(`${objectsUrl}${target.id}/`, opts);
          assert.equal(r.status, who === 'readerB' ? 403 : absent.status, `${who} DELETE hidden ${target.name}`);
        }
        const visible = await srv.json(`${objectsUrl}${green.id}/`, opts);
        assert.equal(visible.status, 403, `${who} DELETE visible`);
        for (const target of [strict, amber, red, green]) {
          const share = await srv.json(`/api/objects/${target.id}/shares`, { as: who, method: 'POST', json: { org: 'B' } });
          // 404 as for an unknown id; 409 (not AMBER / not RED) only for what the caller sees anyway
          const allowed = target === green ? [403, 404, 409] : [403, 404];
          assert.ok(allowed.includes(share.status), `${who} share ${target.name}: ${share.status}`);
          const rc = await srv.json(`/api/objects/${target.id}/recipients`, { as: who, method: 'POST', json: { user: who } });
          assert.ok(allowed.includes(rc.status), `${who} recipients ${target.name}: ${rc.status}`);
        }
      }
      assert.equal(await snapshot(), before, 'nothing changed');
      // the store itself refuses, whatever the route
      const editorB = srv.users.editorB!;
      const actor = { kind: 'user' as const, userId: editorB.id, orgId: editorB.orgId, role: editorB.role };
      await assert.rejects(srv.store.delete(green.id, undefined, { actor }), { code: 'OPS_ERR_AUTH_FORBIDDEN' });
      await assert.rejects(srv.store.delete(strict.id, undefined, { actor }), { code: 'OPS_ERR_STORE_NOT_FOUND' });
      await assert.rejects(srv.store.shareWith(amber.id, editorB.orgId, { actor }), { code: 'OPS_ERR_STORE_NOT_FOUND' });
      await assert.rejects(srv.store.addRecipient(red.id, editorB.id, { actor }), { code: 'OPS_ERR_STORE_NOT_FOUND' });
      assert.equal(await snapshot(), before, 'nothing changed');
    });

    test('finding 7: a write of a hidden id+version answers exactly as one of a visible id it may not write, never its stored content or date', async () => {
      const hidden = await srv.json('/api/import', { as: 'editorB', method: 'POST', json: bundle([{ ...strict, name: 'other content' }]) });
      const visible = await srv.json('/api/import', { as: 'editorB', method: 'POST', json: bundle([{ ...green, name: 'other content' }]) });
      assert.deepEqual(Object.keys(hidden.body.conflictList[0]).sort(), Object.keys(visible.body.conflictList[0]).sort());
      assert.equal(hidden.body.conflictList[0].reason, visible.body.conflictList[0].reason);
      assert.equal(hidden.body.conflictList[0].version, strict.modified, 'the version sent, not the stored one');
    });

    test('finding 7: responds_to_refs to a hidden claim is refused exactly like an unknown id', async () => {
      const report = buildIdentity({ name: 'Claimant' });
      await srv.store.put([report], { ownerOrgId: srv.orgs.A });
      const input = (extra: Record<string, unknown> = {}) => ({
        claimant_ref: report.id, stance: 'denies', subject_description: 'the intrusion', made_on: '2025-01-01',
        source_ref: `report--${randomUUID()}`, evidence: { text: 'We deny it.', lang: 'en' }, ...extra,
      });
      const made = await srv.json('/api/claims', { as: 'editorA', method: 'POST', json: { claims: [input(tlp('amber+strict'))] } });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const hiddenId = made.body.items[0].id as string;
      const unknownId = hiddenId.replace(/--.*/, `--${randomUUID()}`);
      const toHidden = await srv.json('/api/claims', { as: 'editorB', method: 'POST', json: { claims: [input({ responds_to_refs: [hiddenId] })] } });
      const toUnknown = await srv.json('/api/claims', { as: 'editorB', method: 'POST', json: { claims: [input({ responds_to_refs: [unknownId] })] } });
      assert.equal(toHidden.status, toUnknown.status);
      assert.equal(toHidden.body.code, toUnknown.body.code);
      assert.equal(toHidden.body.field, toUnknown.body.field);
      assert.equal(toHidden.body.message.replace(hiddenId, 'X'), toUnknown.body.message.replace(unknownId, 'X'));
      const byOwner = await srv.json('/api/claims', { as: 'editorA', method: 'POST', json: { claims: [input({ responds_to_refs: [hiddenId] })] } });
      assert.equal(byOwner.status, 201, 'the owner may answer it');
    });

    test('finding 8: a RED claim made through POST /api/claims is visible to its author, and to no one else', async () => {
      const claimant = buildIdentity({ name: 'Red claimant' });
      await srv.store.put([claimant], { ownerOrgId: srv.orgs.A });
      const r = await srv.json('/api/claims', {
        as: 'editorA', method: 'POST',
        json: { claims: [{ claimant_ref: claimant.id, stance: 'warns', subject_description: 'a campaign', made_on: '2025-02-01',
          source_ref: `report--${randomUUID()}`, evidence: { text: 'Beware.', lang: 'en' }, ...tlp('red') }] },
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const id = r.body.items[0].id;
      assert.equal((await srv.json(`/api/claims/${id}`, { as: 'editorA' })).status, 200);
      assert.equal((await srv.json(`/api/objects/${id}`, { as: 'editorA' })).status, 200);
      for (const who of ['readerA', ...OUTSIDERS]) assert.equal((await srv.json(`/api/claims/${id}`, { as: who })).status, 404, who);
    });

    test('finding 7: an organisation admin manages their own organisation only', async () => {
      const editorA = srv.users.editorA!;
      const unknown = await srv.json('/api/tokens', { as: 'adminB', method: 'POST', json: { user: 'nobody-here' } });
      const foreign = await srv.json('/api/tokens', { as: 'adminB', method: 'POST', json: { user: 'editorA' } });
      assert.equal(foreign.status, unknown.status);
      assert.equal(foreign.body.code, unknown.body.code);
      assert.equal((await srv.json(`/api/tokens?user=editorA`, { as: 'adminB' })).status, unknown.status);
      const patch = await srv.json(`/api/users/${editorA.id}`, { as: 'adminB', method: 'PATCH', json: { disabled: true } });
      assert.equal(patch.status, 404);
      const users = await srv.json('/api/users', { as: 'adminB' });
      assert.deepEqual([...new Set(users.body.items.map((u: { orgName: string }) => u.orgName))], ['B']);
      const add = await srv.json('/api/users', { as: 'adminB', method: 'POST', json: { name: 'plant', org: 'A', role: 'editor' } });
      assert.equal(add.status, 400);
      assert.equal((await srv.json('/api/orgs', { as: 'adminB', method: 'POST', json: { name: 'Mine' } })).status, 403);
      const audit = await srv.json('/api/audit?limit=1000', { as: 'adminB' });
      assert.ok(audit.body.items.every((e: { orgId: string | null }) => e.orgId === srv.orgs.B));
      assert.equal((await srv.json('/api/objects', { as: 'editorA' })).status, 200, 'editorA untouched');
      // within their organisation an admin still manages
      const own = await srv.json('/api/tokens', { as: 'adminB', method: 'POST', json: { user: 'readerB' } });
      assert.equal(own.status, 201);
      // the installation admin manages everyone
      assert.equal((await srv.json('/api/tokens', { as: 'installer', method: 'POST', json: { user: 'editorA' } })).status, 201);
    });
  });
}
