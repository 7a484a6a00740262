/**
 * The reference article, ingested as a draft and published with its proposals accepted, puts both
 * operations it tells of on the contested list: the United States attributes Volt Typhoon and Salt
 * Typhoon to China, and China's denial ("điều này", this) is tied to both through the discourse.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';
import { DraftService } from '../../src/ingest/drafts/draft-service.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import type { UserViewer } from '../../src/model/viewer.ts';

const editor: UserViewer = { kind: 'user', userId: 'u-seed', orgId: 'org-seed', role: 'editor' };

for (const backend of BACKENDS) {
  describe(`seed article contested (${backend})`, () => {
    test('Volt Typhoon and Salt Typhoon are each accused and denied', async (t) => {
      if (!requireShared(t)) return;
      const text = readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8');
      await withStore(backend, async (store) => {
        const drafts = new DraftService(store, store.db);
        const draft = await drafts.create(editor, { kind: 'text', text, filename: 'vov.txt' }, { tlp: 'green' });
        for (const item of draft.items) {
          const keep = item.kind === 'claim' || item.kind === 'intrusion-set' || item.kind === 'country';
          await drafts.updateItem(editor, draft.id, item.id, { status: keep ? 'accepted' : 'rejected' });
        }
        await drafts.publish(editor, draft.id);
        const contested = await new ClaimService(store, store.db).contested(editor);
        const names = contested.map((c) => c.subject_name);
        for (const op of ['Volt Typhoon', 'Salt Typhoon']) {
          const row = contested.find((c) => c.subject_name === op);
          assert.ok(row, `${op} contested; got ${names.join(', ')}`);
          assert.ok(row!.accusing >= 1 && row!.denying >= 1, `${op}: ${JSON.stringify(row)}`);
        }
      });
    });
  });
}
