import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';
import { DraftService } from '../../src/ingest/drafts/draft-service.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import type { Claim } from '../../src/model/claim.ts';

const editorA: UserViewer = { kind: 'user', userId: 'u-a', orgId: 'org-a', role: 'editor' };
const readerA: UserViewer = { kind: 'user', userId: 'u-r', orgId: 'org-a', role: 'reader' };
const editorB: UserViewer = { kind: 'user', userId: 'u-b', orgId: 'org-b', role: 'editor' };

for (const backend of BACKENDS) {
  describe(`drafts (${backend})`, () => {
    test('the reference article becomes a draft whose items point at their passages; publishing stores claims', async (t) => {
      if (!requireShared(t)) return;
      const text = readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8');
      await withStore(backend, async (store) => {
        const drafts = new DraftService(store, store.db);
        const draft = await drafts.create(editorA, { kind: 'text', text, filename: 'vov.txt' }, { tlp: 'amber' });
        assert.equal(draft.status, 'ready');
        assert.equal(draft.language, 'vi');
        assert.equal(draft.text, text);
        const labels = draft.items.map((i) => i.label);
        for (const name of ['Volt Typhoon', 'Salt Typhoon']) assert.ok(labels.includes(name), `${name} proposed`);
        for (const item of draft.items) {
          for (const s of item.spans) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end, `${item.id} span in text`);
        }
        const claims = draft.items.filter((i) => i.kind === 'claim');
        assert.ok(claims.length >= 4, `claims proposed: ${claims.map((c) => c.label).join('; ')}`);
        for (const c of claims) {
          const ev = c.data.evidence as { text: string; start: number; end: number };
          assert.equal(text.slice(ev.start, ev.end), ev.text);
        }

        // a reader may look but not review; another organisation does not see the draft at all
        await assert.rejects(drafts.updateItem(readerA, draft.id, claims[0]!.id, { status: 'accepted' }), /editor/);
        await assert.rejects(drafts.get(editorB, draft.id), /Not found/);

        // same text again: refused as a duplicate
        await assert.rejects(drafts.create(editorA, { kind: 'text', text }), /already ingested/);

        // accept every claim and the intrusion sets, reject the rest
        for (const item of draft.items) {
          await drafts.updateItem(editorA, draft.id, item.id, { status: item.kind === 'claim' || item.kind === 'intrusion-set' || item.kind === 'country' ? 'accepted' : 'rejected' });
        }
        // an edit that points the evidence outside the text names the field
        await assert.rejects(
          drafts.updateItem(editorA, draft.id, claims[0]!.id, { data: { evidence: { start: 5, end: text.length + 10 } } }),
          (err: Error & { field?: string }) => err.field === 'data.evidence',
        );
        const result = await drafts.publish(editorA, draft.id);
        assert.equal(result.claims, claims.length);
        const published = await drafts.get(editorA, draft.id);
        assert.equal(published.status, 'published');
        assert.equal(published.report_id, result.report_id);

        const service = new ClaimService(store, store.db);
        const bySource = await service.bySource(editorA, result.report_id);
        assert.equal(bySource.total, claims.length);
        for (const c of bySource.claims as Claim[]) {
          assert.equal(text.slice(c.evidence.start!, c.evidence.end!), c.evidence.text);
          assert.deepEqual(c.object_marking_refs, ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421']);
        }
        const denial = (bySource.claims as Claim[]).find((c) => c.stance === 'denies');
        assert.ok(denial?.responds_to_refs?.length, 'the denial answers the accusation it denies');
        // AMBER: another organisation sees none of it
        assert.equal((await service.bySource(editorB, result.report_id)).total, 0);
        const contested = await service.contested(editorA);
        assert.ok(contested.length >= 1, 'published claims make a contested subject');
      });
    });

    test('bytes fetched elsewhere keep their address: recorded on the draft, deduplicated by its canonical form', async () => {
      await withStore(backend, async (store) => {
        const drafts = new DraftService(store, store.db);
        const html = '<html><head><title>Hack</title></head><body><article><p>Microsoft said hackers working for Russia broke into the email of its senior staff.</p></article></body></html>';
        const bytes = new TextEncoder().encode(html);
        const draft = await drafts.create(editorA, { kind: 'bytes', bytes, contentType: 'text/html', url: 'https://news.example.org/a?utm_source=feed' });
        assert.equal(draft.status, 'ready');
        assert.equal(draft.source.url, 'https://news.example.org/a?utm_source=feed');
        // The same address (tracking parameters aside) is the same document: no second draft.
        const again = await drafts.create(editorA, { kind: 'bytes', bytes: new TextEncoder().encode(html + ' '), contentType: 'text/html', url: 'https://news.example.org/a' });
        assert.equal(again.duplicate, true);
        assert.equal(again.id, draft.id);
        await assert.rejects(drafts.create(editorA, { kind: 'bytes', bytes, url: 'not a url' }), (err: Error & { field?: string }) => err.field === 'url');
      });
    });

    test('a document that cannot be read fails with a reason and stores nothing', async () => {
      await withStore(backend, async (store) => {
        const drafts = new DraftService(store, store.db);
        await assert.rejects(drafts.create(editorA, { kind: 'bytes', bytes: Buffer.from([1, 2, 0, 0, 3]), filename: 'x.bin' }), /binary/);
        await assert.rejects(drafts.create(editorA, { kind: 'text', text: '   ' }), /must not be empty/);
        const list = await drafts.list(editorA);
        assert.ok(list.every((d) => d.status === 'failed'));
      });
    });
  });
}
