/**
 * Drafts with extraction "rules + LLM" (recorded answers from a local server): the draft records
 * its mode, holds the rules' claims and the model's new ones, keeps the model's answers in the
 * database so the same text is not asked again, and when the endpoint fails it is still made, from
 * the rules, with a warning saying so. The mode is offered only when an endpoint is configured, in
 * the service and over HTTP (GET /api/drafts/options, POST /api/drafts `extraction`). A database of
 * the previous release upgrades in place (073-drafts-llm).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { withServer } from '../helpers/http.ts';
import { FEATURE_MIGRATIONS, openOpsTrackStore, STORE_HOOKS } from '../../src/composition.ts';
import { DraftService } from '../../src/ingest/drafts/draft-service.ts';
import { BatchIngester } from '../../src/ingest/ingest-batch.ts';
import { runIngestJobs } from '../../src/ingest/ingest-jobs.ts';
import { openJobQueue } from '../../src/jobs/open-queue.ts';
import { LlmAnswers } from '../../src/ingest/drafts/llm-answers.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import type { DraftItem } from '../../src/model/draft.ts';
import { openStore } from '../../src/storage/open-store.ts';
import { article, playRecorded } from '../extract/llm-server.ts';

const editor: UserViewer = { kind: 'user', userId: 'u-a', orgId: 'org-a', role: 'editor' };
const other: UserViewer = { kind: 'user', userId: 'u-b', orgId: 'org-b', role: 'editor' };
const text = article('en');
const claimsOf = (items: DraftItem[]) => items.filter((i) => i.kind === 'claim').map((i) => i.data as { claimant: string; stance: string; method: string; evidence: { start: number; end: number; text: string } });

for (const backend of BACKENDS) {
  describe(`drafts with the LLM (${backend})`, () => {
    test('rules + LLM: merged claims, mode recorded, answers cached in the database', async () => {
      const p = await playRecorded(['hallucinated', 'empty']);
      try {
        await withStore(backend, async (store) => {
          const drafts = new DraftService(store, store.db, { workers: 1, llm: { url: p.url, model: 'qwen2.5:7b-instruct', retryBaseMs: 1 } });
          try {
            const rulesOnly = await drafts.create(other, { kind: 'text', text });
            assert.equal(rulesOnly.extraction_mode, 'rules');
            assert.equal(p.requests.length, 0, 'a rules draft never asks the model');

            const d = await drafts.create(editor, { kind: 'text', text, extraction: 'rules+llm' });
            assert.equal(d.status, 'ready');
            assert.equal(d.extraction_mode, 'rules+llm');
            assert.equal(p.requests.length, 1);
            // the model's quotes that are not in the text were dropped, and the draft says so
            assert.ok(d.warnings.includes('2 LLM claim(s) dropped: their quoted passage is not in the text'), d.warnings.join('\n'));
            const rules = claimsOf(rulesOnly.items);
            const merged = claimsOf(d.items);
            assert.ok(merged.length >= rules.length);
            for (const c of merged) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
            // every rule claim is still there
            for (const r of rules) assert.ok(merged.some((m) => m.claimant === r.claimant && m.stance === r.stance && m.evidence.start === r.evidence.start), `${r.claimant} ${r.stance} kept`);
            assert.equal(await new LlmAnswers(store.db).count(), 1);

            // the same text again (the first draft deleted): answered from the database
            await drafts.delete(editor, d.id);
            const again = await drafts.create(editor, { kind: 'text', text, extraction: 'rules+llm' });
            assert.equal(p.requests.length, 1, 'not asked again');
            assert.deepEqual(claimsOf(again.items), merged);
          } finally {
            await drafts.close();
          }
        });
      } finally {
        await p.close();
      }
    });

    test('an endpoint that fails: the draft is made from the rules and says so; no endpoint: the mode is refused', async () => {
      const p = await playRecorded([{ hang: true }, { hang: true }]);
      try {
        await withStore(backend, async (store) => {
          const drafts = new DraftService(store, store.db, { workers: 1, llm: { url: p.url, model: 'm', timeoutMs: 200, retries: 1, retryBaseMs: 1 } });
          const plain = new DraftService(store, store.db, { workers: 1 });
          try {
            const rulesOnly = await plain.create(other, { kind: 'text', text });
            const d = await drafts.create(editor, { kind: 'text', text, extraction: 'rules+llm' });
            assert.equal(d.status, 'ready');
            assert.equal(p.requests.length, 2, 'retried once');
            assert.equal(d.warnings.length, 1);
            assert.match(d.warnings[0]!, /LLM extraction failed: .*no answer within 0\.2 s \(after 2 attempts\); the claims are the rules' only/);
            assert.deepEqual(claimsOf(d.items), claimsOf(rulesOnly.items));
            assert.deepEqual((await drafts.get(editor, d.id)).warnings, d.warnings, 'the warning is stored with the draft');
            assert.equal(await new LlmAnswers(store.db).count(), 0, 'a failure is not cached');

            assert.deepEqual(plain.extractionModes(), { modes: ['rules'] });
            assert.deepEqual(drafts.extractionModes(), { modes: ['rules', 'rules+llm'], model: 'm' });
            await assert.rejects(plain.create(editor, { kind: 'text', text: 'Another text.', extraction: 'rules+llm' }),
              (err: Error & { field?: string }) => err.field === 'extraction' && /OPSTRACK_LLM_URL/.test(err.message));
            await assert.rejects(drafts.create(editor, { kind: 'text', text: 'Another text.', extraction: 'llm-only' as never }),
              (err: Error & { field?: string }) => err.field === 'extraction' && /must be one of rules, rules\+llm/.test(err.message));
          } finally {
            await drafts.close();
            await plain.close();
          }
        });
      } finally {
        await p.close();
      }
    });

    test('batch ingestion (opstrack ingest --llm) passes the mode to every draft it makes', async () => {
      const p = await playRecorded(['ollama-api-chat']);
      try {
        await withStore(backend, async (store) => {
          const drafts = new DraftService(store, store.db, { workers: 1, llm: { url: `${p.url}/api/chat`, model: 'm' } });
          try {
            const batch = new BatchIngester(drafts, editor, { extraction: 'rules+llm' });
            const result = await batch.entry('feed.xml', { title: null, text: article('vi') });
            assert.equal(result.outcome, 'ready', result.reason);
            const d = await drafts.get(editor, result.draftId!);
            assert.equal(d.extraction_mode, 'rules+llm');
            assert.equal(p.requests.length, 1);
            assert.equal(p.requests[0]?.path, '/api/chat');
          } finally {
            await drafts.close();
          }
        });
      } finally {
        await p.close();
      }
    });

    test('a URL draft built by a draft.build job keeps its mode and asks the model from the job worker', async () => {
      const page = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><head><title>Grid report</title></head><body><article><p>${text.split('\n').slice(1, -1).join('</p><p>')}</p></article></body></html>`);
      });
      await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
      const p = await playRecorded(['ollama-v1-chat']);
      try {
        await withStore(backend, async (store, location) => {
          const llm = { url: p.url, model: 'm' };
          const jobs = await openJobQueue(location, store.db, { pollMs: 50, pollingIntervalSeconds: 0.5 });
          const drafts = new DraftService(store, store.db, { allowPrivateFetch: true, jobs, llm });
          const work = await runIngestJobs({ store, db: store.db, jobs, ingest: { allowPrivateFetch: true, workers: 1, llm } });
          try {
            const created = await drafts.create(editor, { kind: 'url', url: `http://127.0.0.1:${(page.address() as AddressInfo).port}/grid`, extraction: 'rules+llm' });
            assert.equal(created.extraction_mode, 'rules+llm');
            let d = created;
            for (const end = Date.now() + 60_000; d.status === 'processing' && Date.now() < end;) {
              await new Promise((r) => setTimeout(r, 100));
              d = await drafts.get(editor, created.id);
            }
            assert.equal(d.status, 'ready', d.error);
            assert.equal(p.requests.length, 1, 'the job worker asked the model');
            assert.deepEqual(d.warnings, []);
          } finally {
            await work.stop();
            await drafts.close();
          }
        });
      } finally {
        await p.close();
        page.closeAllConnections();
        await new Promise((r) => page.close(r));
      }
    });

    test('HTTP: the options say what is offered; POST /api/drafts takes `extraction`', async () => {
      const users = [{ name: 'ed', org: 'Alpha', role: 'editor' as const }];
      await withServer(backend, { users }, async (srv) => {
        const opts = await srv.json('/api/drafts/options', { as: 'ed' });
        assert.equal(opts.status, 200);
        assert.deepEqual(opts.body, { extraction: ['rules'] });
        const refused = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text, extraction: 'rules+llm' } });
        assert.equal(refused.status, 400);
        assert.equal(refused.body.field, 'extraction');
      });
      const p = await playRecorded(['ollama-v1-chat']);
      try {
        await withServer(backend, { users, config: { ingest: { workers: 1, llm: { url: p.url, model: 'qwen2.5:7b-instruct' } } } }, async (srv) => {
          assert.deepEqual((await srv.json('/api/drafts/options', { as: 'ed' })).body, { extraction: ['rules', 'rules+llm'], llm_model: 'qwen2.5:7b-instruct' });
          const created = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text, extraction: 'rules+llm' } });
          assert.equal(created.status, 202, JSON.stringify(created.body));
          assert.equal(created.body.extraction_mode, 'rules+llm');
          assert.deepEqual(created.body.warnings, []);
          assert.equal(p.requests.length, 1);
          const bad = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text: 'Other text.', extraction: 3 } });
          assert.equal(bad.status, 400);
          assert.equal(bad.body.field, 'extraction');
        });
      } finally {
        await p.close();
      }
    });
  });
}

test('a previous release\'s database upgrades in place: its drafts read as made by the rules, without warnings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-upgrade-llm-'));
  const sqliteFile = join(dir, 'old.db');
  try {
    const old = await openStore({ sqliteFile }, { migrations: FEATURE_MIGRATIONS.filter((m) => m.id !== '073-drafts-llm'), hooks: STORE_HOOKS });
    const now = new Date().toISOString();
    await old.db.exec(`INSERT INTO drafts (id, org_id, created_by, status, stage, percent, tlp, text, created, updated) VALUES ('draft--00000000-0000-4000-8000-000000000001', 'org-a', 'u-a', 'ready', 'done', 100, 'green', 'Old text.', ?, ?)`, [now, now]);
    await old.close();
    const store = await openOpsTrackStore({ sqliteFile });
    try {
      const drafts = new DraftService(store, store.db);
      const d = await drafts.get(editor, 'draft--00000000-0000-4000-8000-000000000001');
      assert.equal(d.extraction_mode, 'rules');
      assert.deepEqual(d.warnings, []);
      assert.equal(await new LlmAnswers(store.db).count(), 0);
      await drafts.close();
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
