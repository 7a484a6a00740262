/**
 * Entities can be fixed (issue 15, item 7), through the HTTP API on each backend: edit, merge, split
 * and delete write new versions (history kept) under the store's ownership rules: another
 * organisation's editor and a reader are refused, installation-owned knowledge is for installation
 * admins only; a merge re-points the references the user may write (claims, relationships,
 * reports), keeps another organisation's, and revokes the duplicate; a split moves the references
 * the user picks (listed with the names their text uses) and refuses, changing nothing, to move one
 * the user may not write or one that does not reference the entity.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { withServer, type TestServer } from '../helpers/http.ts';
import { buildRelationship, buildReport, buildSdo } from '../helpers/factories.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { CLAIM_TYPE, type Claim } from '../../src/model/claim.ts';

const users = [
  { name: 'ed', org: 'Alpha', role: 'editor' as const },
  { name: 'bo', org: 'Alpha', role: 'reader' as const },
  { name: 'eve', org: 'Beta', role: 'editor' as const },
  { name: 'root', org: 'Alpha', role: 'admin' as const },
];

function viewer(srv: TestServer, name: string): UserViewer {
  const spec = users.find((x) => x.name === name)!;
  return { kind: 'user', userId: srv.users[name]!.id, orgId: srv.orgs[spec.org]!, role: spec.role };
}

for (const backend of BACKENDS) {
  describe(`entity fixing (${backend})`, () => {
    test('edit: a new version by the owner organisation; others refused; installation knowledge for installation admins', async () => {
      await withServer(backend, { users }, async (srv) => {
        const person = buildSdo('identity', { name: 'Wang Lei', identity_class: 'individual' });
        await srv.store.put([person], { actor: viewer(srv, 'ed') });
        const knowledge = buildSdo('location', { name: 'Freedonia', country: 'FD' });
        await srv.store.put([knowledge]); // trusted write: the installation's

        const edited = await srv.json(`/api/entities/${person.id}`, {
          method: 'PATCH', as: 'ed', json: { name: 'Wang Lei (MFA)', description: 'Coordinator for cyber affairs', aliases: [{ name: 'Vương Lỗi', lang: 'vi' }, { name: '王磊', lang: 'zh' }] },
        });
        assert.equal(edited.status, 200, JSON.stringify(edited.body));
        assert.equal(edited.body.object.name, 'Wang Lei (MFA)');
        assert.deepEqual(edited.body.object.x_opstrack_aliases.map((a: { name: string }) => a.name), ['Vương Lỗi', '王磊']);
        const history = await srv.json(`/api/entities/${person.id}/history`, { as: 'bo' });
        assert.deepEqual(history.body.versions.map((v: { name: string }) => v.name), ['Wang Lei', 'Wang Lei (MFA)']);

        for (const as of ['eve', 'bo']) {
          const refused = await srv.json(`/api/entities/${person.id}`, { method: 'PATCH', as, json: { name: 'Hijacked' } });
          assert.equal(refused.status, 403, `${as}: ${JSON.stringify(refused.body)}`);
          const del = await srv.json(`/api/entities/${person.id}`, { method: 'DELETE', as });
          assert.equal(del.status, 403, as);
        }
        assert.equal((await srv.json(`/api/objects/${person.id}`, { as: 'ed' })).body.object.name, 'Wang Lei (MFA)');

        assert.equal((await srv.json(`/api/entities/${knowledge.id}`, { method: 'PATCH', as: 'ed', json: { name: 'Fredonia' } })).status, 403);
        const byAdmin = await srv.json(`/api/entities/${knowledge.id}`, { method: 'PATCH', as: 'root', json: { name: 'Fredonia' } });
        assert.equal(byAdmin.status, 200, JSON.stringify(byAdmin.body));
        assert.equal(byAdmin.body.object.country, 'FD');

        const bad = await srv.json(`/api/entities/${person.id}`, { method: 'PATCH', as: 'ed', json: { nickname: 'x' } });
        assert.equal(bad.status, 400);
      });
    });

    test('merge: the survivor gains the names, references the user may write follow it, the duplicate is revoked', async () => {
      await withServer(backend, { users }, async (srv) => {
        const ed = viewer(srv, 'ed');
        const cn = buildSdo('location', { name: 'China', country: 'CN' });
        const volt = buildSdo('intrusion-set', { name: 'Volt Typhoon' });
        const wang = buildSdo('identity', { name: 'Wang Lei', identity_class: 'individual' });
        const dup = buildSdo('identity', { name: 'Vương Lỗi', identity_class: 'individual', x_opstrack_aliases: [{ name: 'Ông Vương Lỗi', lang: 'vi' }] });
        const report = buildReport([dup.id, volt.id], { name: 'VOV', published: '2025-01-15T00:00:00.000Z', x_opstrack_text: 'Ông Vương Lỗi bác bỏ.' });
        const rel = buildRelationship(dup, cn, { relationship_type: 'located-at' });
        await srv.store.put([cn, volt, wang, dup, report, rel], { actor: ed });
        const claims = new ClaimService(srv.store, srv.store.db);
        const input = { claimant_ref: dup.id, speaks_for_ref: cn.id, stance: 'denies' as const, subject_refs: [volt.id], addressee_refs: [cn.id], made_on: '2025-01-15', source_ref: report.id, evidence: { text: 'Ông Vương Lỗi bác bỏ.', lang: 'vi' } };
        const [mine] = await claims.put(ed, [input]);
        const [theirs] = await claims.put(viewer(srv, 'eve'), [input]);

        // another organisation's editor may not merge Alpha's entities
        assert.equal((await srv.json(`/api/entities/${wang.id}/merge`, { method: 'POST', as: 'eve', json: { from: dup.id } })).status, 403);
        assert.equal((await srv.json(`/api/entities/${wang.id}/merge`, { method: 'POST', as: 'ed', json: { from: volt.id } })).status, 400);

        const merged = await srv.json(`/api/entities/${wang.id}/merge`, { method: 'POST', as: 'ed', json: { from: dup.id } });
        assert.equal(merged.status, 200, JSON.stringify(merged.body));
        assert.deepEqual(merged.body.survivor.x_opstrack_aliases.map((a: { name: string }) => a.name), ['Vương Lỗi', 'Ông Vương Lỗi']);
        assert.deepEqual(new Set(merged.body.repointed), new Set([mine!.id, report.id, rel.id]));
        assert.deepEqual(merged.body.kept, [theirs!.id]);
        const gone = (await srv.json(`/api/objects/${dup.id}`, { as: 'ed' })).body.object;
        assert.equal(gone.revoked, true);
        assert.equal(gone.x_opstrack_merged_into, wang.id);

        const claim = (await srv.json(`/api/claims/${mine!.id}?history=true`, { as: 'ed' })).body;
        assert.equal((claim.claim as Claim).claimant_ref, wang.id);
        assert.equal(claim.versions.length, 2, 'the claim keeps its history');
        assert.equal((await srv.json(`/api/claims/${theirs!.id}`, { as: 'eve' })).body.claim.claimant_ref, dup.id, "Beta's claim is Beta's");
        const rep = (await srv.json(`/api/objects/${report.id}`, { as: 'ed' })).body.object;
        assert.ok(rep.object_refs.includes(wang.id) && !rep.object_refs.includes(dup.id));
        const r = (await srv.json(`/api/objects/${rel.id}`, { as: 'ed' })).body.object;
        assert.equal(r.source_ref, wang.id);
        // the claim index follows: Wang Lei's claims include the re-pointed one
        const byWang = await srv.json(`/api/claims?claimant=${wang.id}`, { as: 'ed' });
        assert.deepEqual(byWang.body.items.map((c: Claim) => c.id), [mine!.id]);
        // a revoked entity cannot be changed again
        assert.equal((await srv.json(`/api/entities/${dup.id}`, { method: 'PATCH', as: 'ed', json: { name: 'x' } })).status, 409);
        assert.ok(mine!.id.startsWith(CLAIM_TYPE));
      });
    });

    test('split names off into a new entity; delete one made by mistake', async () => {
      await withServer(backend, { users }, async (srv) => {
        const ed = viewer(srv, 'ed');
        const group = buildSdo('intrusion-set', { name: 'Typhoon Cluster', aliases: ['Volt Typhoon', 'Bronze Silhouette', 'Salt Typhoon'] });
        const mistake = buildSdo('identity', { name: 'the spokesperson', identity_class: 'individual' });
        await srv.store.put([group, mistake], { actor: ed });

        const split = await srv.json(`/api/entities/${group.id}/split`, { method: 'POST', as: 'ed', json: { name: 'Salt Typhoon', aliases: ['Salt Typhoon'] } });
        assert.equal(split.status, 201, JSON.stringify(split.body));
        assert.deepEqual(split.body.original.aliases, ['Volt Typhoon', 'Bronze Silhouette']);
        assert.equal(split.body.created.name, 'Salt Typhoon');
        assert.equal(split.body.created.type, 'intrusion-set');
        assert.equal((await srv.json(`/api/objects/${split.body.created.id}`, { as: 'bo' })).status, 200);
        const notAlias = await srv.json(`/api/entities/${group.id}/split`, { method: 'POST', as: 'ed', json: { name: 'X', aliases: ['APT99'] } });
        assert.equal(notAlias.status, 400);
        assert.equal(notAlias.body.field, 'aliases[0]');

        assert.equal((await srv.json(`/api/entities/${mistake.id}`, { method: 'DELETE', as: 'eve' })).status, 403);
        const deleted = await srv.json(`/api/entities/${mistake.id}`, { method: 'DELETE', as: 'ed' });
        assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
        const now = await srv.json(`/api/objects/${mistake.id}`, { as: 'ed' });
        assert.equal(now.body.object.revoked, true);
        assert.equal(now.body.versions.length, 2, 'history kept');
        assert.ok(ed.orgId);
      });
    });

    test('split: the references picked move to the new entity with history; others stay; another organisation\'s cannot be moved', async () => {
      await withServer(backend, { users }, async (srv) => {
        const ed = viewer(srv, 'ed');
        const cn = buildSdo('location', { name: 'China', country: 'CN' });
        const us = buildSdo('identity', { name: 'Government of United States', identity_class: 'organization' });
        const group = buildSdo('intrusion-set', { name: 'Typhoon Cluster', aliases: ['Volt Typhoon', 'Salt Typhoon'] });
        const saltReport = buildReport([group.id, cn.id], { name: 'Telecoms breached', published: '2024-10-01T00:00:00.000Z', x_opstrack_text: 'Salt Typhoon breached US telecoms.' });
        const voltReport = buildReport([group.id, cn.id], { name: 'Utilities', published: '2024-02-01T00:00:00.000Z', x_opstrack_text: 'Volt Typhoon sat in US utilities.' });
        const rel = buildRelationship(group, cn, { relationship_type: 'attributed-to' });
        await srv.store.put([cn, us, group, saltReport, voltReport, rel], { actor: ed });
        const claims = new ClaimService(srv.store, srv.store.db);
        const claim = (report: typeof saltReport, text: string) => ({
          claimant_ref: us.id, stance: 'accuses' as const, subject_refs: [group.id], addressee_refs: [cn.id], made_on: '2024-10-01', source_ref: report.id, evidence: { text, lang: 'en' },
        });
        const [salt] = await claims.put(ed, [claim(saltReport, 'Salt Typhoon breached US telecoms.')]);
        const [volt] = await claims.put(ed, [claim(voltReport, 'Volt Typhoon sat in US utilities.')]);
        const [theirs] = await claims.put(viewer(srv, 'eve'), [claim(saltReport, 'Salt Typhoon breached US telecoms.')]);

        // what may move, with the names each one's text uses
        const refs = await srv.json(`/api/entities/${group.id}/references`, { as: 'ed' });
        assert.equal(refs.status, 200, JSON.stringify(refs.body));
        const byId = new Map((refs.body.items as Array<{ id: string; names: string[]; writable: boolean; type: string }>).map((r) => [r.id, r]));
        assert.deepEqual(new Set(byId.keys()), new Set([salt!.id, volt!.id, theirs!.id, saltReport.id, voltReport.id, rel.id]));
        assert.deepEqual(byId.get(salt!.id)!.names, ['Salt Typhoon']);
        assert.deepEqual(byId.get(voltReport.id)!.names, ['Volt Typhoon']);
        assert.equal(byId.get(theirs!.id)!.writable, false);
        assert.equal(byId.get(salt!.id)!.writable, true);

        const before = (await srv.json(`/api/objects/${group.id}`, { as: 'ed' })).body.versions.length;
        const split = (move: string[]) => srv.json(`/api/entities/${group.id}/split`, { method: 'POST', as: 'ed', json: { name: 'Salt Typhoon', aliases: ['Salt Typhoon'], move } });
        // another organisation's claim cannot be moved; nothing is written
        const refused = await split([salt!.id, theirs!.id]);
        assert.equal(refused.status, 403, JSON.stringify(refused.body));
        assert.match(refused.body.message, /move\[1\]: /);
        const notRef = await split([us.id]);
        assert.equal(notRef.status, 400);
        assert.equal(notRef.body.field, 'move[0]');
        assert.equal((await srv.json(`/api/objects/${group.id}`, { as: 'ed' })).body.versions.length, before, 'a refused split changes nothing');
        assert.equal((await srv.json(`/api/claims/${salt!.id}`, { as: 'ed' })).body.claim.subject_refs[0], group.id);

        const done = await split([salt!.id, saltReport.id]);
        assert.equal(done.status, 201, JSON.stringify(done.body));
        const created = done.body.created.id as string;
        assert.deepEqual(new Set(done.body.moved), new Set([salt!.id, saltReport.id]));
        const moved = (await srv.json(`/api/claims/${salt!.id}?history=true`, { as: 'ed' })).body;
        assert.deepEqual(moved.claim.subject_refs, [created]);
        assert.equal(moved.versions.length, 2, 'the moved claim keeps its history');
        const rep = (await srv.json(`/api/objects/${saltReport.id}`, { as: 'ed' })).body.object;
        assert.ok(rep.object_refs.includes(created) && !rep.object_refs.includes(group.id));
        // what was not picked stays with the original
        assert.deepEqual((await srv.json(`/api/claims/${volt!.id}`, { as: 'ed' })).body.claim.subject_refs, [group.id]);
        assert.deepEqual((await srv.json(`/api/claims/${theirs!.id}`, { as: 'eve' })).body.claim.subject_refs, [group.id]);
        assert.equal((await srv.json(`/api/objects/${rel.id}`, { as: 'ed' })).body.object.source_ref, group.id);
        // the claim index follows: the new group's claims are the moved one
        const about = await srv.json(`/api/claims?subject=${created}`, { as: 'ed' });
        assert.deepEqual(about.body.items.map((c: Claim) => c.id), [salt!.id]);
      });
    });
  });
}
