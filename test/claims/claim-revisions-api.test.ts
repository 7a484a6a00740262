/**
 * The analyst's claim workflow over real HTTP on both backends (issue 15, item 1): a drafted
 * article's items accepted in one request, a claim added from a passage, drafted claims edited
 * field by field, then the published claim corrected (a new version authored by the editor's
 * organisation) and retracted (a revoking version), with its history. Another organisation's
 * editor and a reader may do neither; a retraction is final.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BACKENDS } from '../helpers/backends.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';
import { startServer, type TestServer } from '../helpers/http.ts';
import { orgIdentityId } from '../../src/claims/claim-author.ts';

async function draftOf(srv: TestServer, text: string) {
  const created = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text, tlp: 'green' } });
  assert.ok([200, 202].includes(created.status), JSON.stringify(created.body));
  assert.equal(created.body.status, 'ready');
  return created.body as { id: string; text: string; items: Array<{ id: string; kind: string; status: string; data: Record<string, any> }> };
}

for (const backend of BACKENDS) {
  describe(`claim editing and revisions over HTTP (${backend})`, () => {
    test('batch review, a claim from a passage, draft edits, correction, retraction, history and who may write them', async (t) => {
      if (!requireShared(t)) return;
      const srv = await startServer(backend, {
        users: [
          { name: 'ed', org: 'Newsroom', role: 'editor' },
          { name: 'rd', org: 'Newsroom', role: 'reader' },
          { name: 'other', org: 'Elsewhere', role: 'editor' },
        ],
      });
      try {
        const text = readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8');
        const draft = await draftOf(srv, text);
        const base = `/api/drafts/${draft.id}`;
        const all = draft.items.map((i) => i.id);
        assert.ok(all.length > 10, 'the article drafts many items');

        // every item accepted in one request; a reader may not; an unknown item is named
        assert.equal((await srv.json(`${base}/items`, { method: 'PATCH', as: 'rd', json: { status: 'accepted', items: all } })).status, 403);
        const unknown = await srv.json(`${base}/items`, { method: 'PATCH', as: 'ed', json: { status: 'accepted', items: [all[0], 'claim-999'] } });
        assert.equal(unknown.status, 400);
        assert.equal(unknown.body.field, 'items[1]');
        assert.equal((await srv.json(base, { as: 'ed' })).body.items.filter((i: { status: string }) => i.status === 'accepted').length, 0, 'a refused batch changes nothing');
        const batch = await srv.json(`${base}/items`, { method: 'PATCH', as: 'ed', json: { status: 'accepted', items: all } });
        assert.equal(batch.status, 200, JSON.stringify(batch.body));
        assert.equal(batch.body.updated, all.length);
        const after = (await srv.json(base, { as: 'ed' })).body;
        assert.deepEqual([...new Set(after.items.map((i: { status: string }) => i.status))], ['accepted']);

        // a claim the extractor missed, from a selected passage; its text is read from the offsets
        const passage = 'Volt Typhoon';
        const start = text.indexOf(passage);
        assert.ok(start >= 0);
        const added = await srv.json(`${base}/items`, {
          method: 'POST', as: 'ed',
          json: { kind: 'claim', data: { claimant: 'US', stance: 'attributes', target: 'CN', about: ['Volt Typhoon'], evidence: { start, end: start + passage.length }, confidence: 0.7, made_on_source: 'unknown' } },
        });
        assert.equal(added.status, 201, JSON.stringify(added.body));
        assert.equal(added.body.status, 'accepted');
        assert.equal(added.body.data.evidence.text, passage);
        assert.deepEqual(added.body.spans, [{ start, end: start + passage.length }]);
        assert.equal((await srv.json(`${base}/items`, { method: 'POST', as: 'rd', json: { kind: 'claim', data: { claimant: 'US', stance: 'accuses', evidence: { start, end: start + 4 } } } })).status, 403);

        // a drafted claim: internal fields are refused by name, every analyst field is stored
        const claimItem = after.items.find((i: { kind: string }) => i.kind === 'claim');
        const internal = await srv.json(`${base}/items/${claimItem.id}`, { method: 'PATCH', as: 'ed', json: { data: { ...claimItem.data } } });
        assert.equal(internal.status, 400);
        assert.equal(internal.body.field, 'data.method');
        const edit = {
          claimant: 'CN', speaker: 'Wang Lei', stance: 'denies', target: 'US', about: ['Volt Typhoon', 'Salt Typhoon'], confidence: 0.55,
          made_on: '2025-03-14', made_on_precision: 'month', made_on_source: 'text',
        };
        const edited = await srv.json(`${base}/items/${claimItem.id}`, { method: 'PATCH', as: 'ed', json: { data: edit } });
        assert.equal(edited.status, 200, JSON.stringify(edited.body));
        for (const [k, v] of Object.entries(edit)) assert.deepEqual(edited.body.data[k], v, k);
        assert.equal(edited.body.data.claimant_kind, 'state');
        const badDate = await srv.json(`${base}/items/${claimItem.id}`, { method: 'PATCH', as: 'ed', json: { data: { made_on: '14/03/2025' } } });
        assert.equal(badDate.body.field, 'data.made_on');

        const published = await srv.json(`${base}/publish`, { method: 'POST', as: 'ed', json: { tlp: 'green' } });
        assert.equal(published.status, 200, JSON.stringify(published.body));
        const claims = (await srv.json(`/api/claims/by-source/${published.body.report_id}?limit=1000`, { as: 'ed' })).body.items as Array<Record<string, any>>;
        const mine = claims.find((c) => c.evidence.start === start && c.evidence.end === start + passage.length && c.stance === 'attributes');
        assert.ok(mine, 'the added claim is published');
        assert.equal(mine.made_on_source, 'unknown', "the analyst's unknown date stays unknown");
        assert.equal(mine.made_on, undefined);
        const denial = claims.find((c) => c.stance === 'denies' && c.made_on === '2025-03-14');
        assert.ok(denial, 'the edited claim is published with its date');
        assert.equal(denial.made_on_precision, 'month');
        assert.equal(denial.confidence, 55);

        // correcting: not by another organisation's editor, not by a reader; by the owner's editor
        const path = `/api/claims/${mine.id}`;
        const changes = { stance: 'accuses', confidence: 40, made_on: '2024-05-01', made_on_precision: 'month', subject_description: 'telecoms intrusions', speaks_for_ref: null };
        const foreign = await srv.json(path, { method: 'PATCH', as: 'other', json: { changes } });
        assert.equal(foreign.status, 403, JSON.stringify(foreign.body));
        assert.match(foreign.body.message, /not one your organisation may write/);
        assert.equal((await srv.json(path, { method: 'PATCH', as: 'rd', json: { changes } })).status, 403);
        const unknownField = await srv.json(path, { method: 'PATCH', as: 'ed', json: { changes: { method: 'cue' } } });
        assert.equal(unknownField.status, 400);
        const corrected = await srv.json(path, { method: 'PATCH', as: 'ed', json: { changes } });
        assert.equal(corrected.status, 200, JSON.stringify(corrected.body));
        const c1 = corrected.body.claim;
        assert.equal(c1.id, mine.id);
        assert.ok(c1.modified > mine.modified, 'a later version');
        assert.equal(c1.stance, 'accuses');
        assert.equal(c1.confidence, 40);
        assert.equal(c1.made_on, '2024-05-01');
        assert.equal(c1.made_on_source, 'text');
        assert.equal(c1.speaks_for_ref, undefined);
        assert.equal(c1.created_by_ref, orgIdentityId(srv.orgs.Newsroom!));
        assert.equal((await srv.json(path, { as: 'rd' })).body.claim.stance, 'accuses', 'the correction is what readers see');
        const evidence = await srv.json(path, { method: 'PATCH', as: 'ed', json: { changes: { evidence: { start: 0, end: text.length + 5 } } } });
        assert.equal(evidence.body.field, 'changes.evidence');

        // retracting: the same rule; then the claim leaves the lists, its history stays, and it is final
        assert.equal((await srv.json(`${path}/retract`, { method: 'POST', as: 'other' })).status, 403);
        assert.equal((await srv.json(`${path}/retract`, { method: 'POST', as: 'rd' })).status, 403);
        const retracted = await srv.json(`${path}/retract`, { method: 'POST', as: 'ed' });
        assert.equal(retracted.status, 200, JSON.stringify(retracted.body));
        assert.equal(retracted.body.claim.revoked, true);
        const left = (await srv.json(`/api/claims/by-source/${published.body.report_id}?limit=1000`, { as: 'ed' })).body.items as Array<{ id: string }>;
        assert.ok(!left.some((c) => c.id === mine.id), 'a retracted claim leaves the lists');
        assert.equal((await srv.json(`${path}/retract`, { method: 'POST', as: 'ed' })).status, 409);
        assert.equal((await srv.json(path, { method: 'PATCH', as: 'ed', json: { changes: { confidence: 10 } } })).status, 409);

        const history = await srv.json(`${path}/history`, { as: 'rd' });
        assert.equal(history.status, 200, JSON.stringify(history.body));
        assert.equal(history.body.can_edit, false, 'a reader may not edit');
        const versions = history.body.versions as Array<{ claim: { modified: string }; author_name?: string; revoked: boolean; changed: string[] }>;
        assert.equal(versions.length, 3);
        assert.deepEqual(versions.map((v) => v.revoked), [false, false, true]);
        assert.ok(versions[1]!.changed.includes('stance') && versions[1]!.changed.includes('confidence'), versions[1]!.changed.join());
        assert.deepEqual(versions[2]!.changed, ['revoked']);
        assert.equal(versions[1]!.author_name, 'Newsroom');
        assert.equal((await srv.json(`${path}/history`, { as: 'ed' })).body.can_edit, true);
        assert.equal((await srv.json(`${path}/history`, { as: 'other' })).body.can_edit, false);
      } finally {
        await srv.close();
      }
    });
  });
}
