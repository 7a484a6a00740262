/**
 * Machine translation of passages (issue 15 item 3): offered only when an OpenAI-compatible
 * endpoint is configured; the passage of a claim the caller can see is sent once and the answer
 * cached and marked as machine translation; a claim the caller cannot see is not translated;
 * without an endpoint nothing is offered. The cache is the database's (migration 047): a translator
 * started afresh (another process, a restart) answers from it without asking the endpoint again;
 * rows are keyed by content hash, target language and model, and marked machine translation.
 * The endpoint here is a local stand-in that counts calls.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BACKENDS, freshStore } from '../helpers/backends.ts';
import { requireShared } from '../helpers/shared.ts';
import { startOn, startServer } from '../helpers/http.ts';
import { PassageTranslator } from '../../src/translate/passage-translator.ts';
import { contentHash, TranslationCache } from '../../src/translate/translation-cache.ts';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { articleWorld } from './article-claims.ts';
import { fakeEndpoint } from '../helpers/fake-llm.ts';

for (const backend of BACKENDS) {
  describe(`claim passage translation (${backend})`, () => {
    test('configured: translated once, cached, marked machine; hidden claims refused; unconfigured: nothing offered', async (t) => {
      if (!requireShared(t)) return;
      const llm = await fakeEndpoint();
      const users = [
        { name: 'ed', org: 'Newsroom', role: 'editor' as const },
        { name: 'other', org: 'Elsewhere', role: 'reader' as const },
      ];
      const srv = await startServer(backend, { users, config: { translation: { url: llm.url, model: 'test-model' } } });
      const off = await startServer(backend, { users });
      try {
        const world = articleWorld();
        const bundle = { type: 'bundle', id: `bundle--${randomUUID()}`, objects: world.objects };
        assert.equal((await srv.json('/api/import', { method: 'POST', as: 'ed', json: bundle })).status, 200);
        const inputs = world.claims(`${CLAIM_TYPE}--${randomUUID()}`).map((c, i) => (i === 1 ? { ...c, object_marking_refs: [tlpMarkingId('amber')] } : c));
        const created = await srv.json('/api/claims', { method: 'POST', as: 'ed', json: { claims: inputs } });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const [attribution, denial] = created.body.items as Array<{ id: string; evidence: { text: string; lang: string } }>;

        assert.deepEqual((await srv.json('/api/claims/translation', { as: 'other' })).body, { enabled: true, model: 'test-model' });
        const first = await srv.json(`/api/claims/${attribution!.id}/translation`, { method: 'POST', as: 'other', json: {} });
        assert.equal(first.status, 200, JSON.stringify(first.body));
        assert.equal(first.body.text, `EN: ${attribution!.evidence.text.slice(0, 40)}`);
        assert.equal(first.body.machine, true);
        assert.equal(first.body.lang, 'en');
        assert.equal(first.body.source_lang, 'vi');
        assert.equal(first.body.cached, false);
        assert.equal(llm.asked.length, 1);
        assert.equal(llm.asked[0]!.model, 'test-model');
        assert.match(llm.asked[0]!.messages[0]!.content, /from Vietnamese into English/);
        const again = await srv.json(`/api/claims/${attribution!.id}/translation`, { method: 'POST', as: 'ed' });
        assert.equal(again.body.cached, true);
        assert.equal(again.body.text, first.body.text);
        assert.equal(llm.asked.length, 1, 'the cache answers the second time');

        // a claim the caller cannot see is not translated (nor sent anywhere)
        assert.equal((await srv.json(`/api/claims/${denial!.id}/translation`, { method: 'POST', as: 'other' })).status, 404);
        assert.equal(llm.asked.length, 1);

        // without an endpoint: nothing offered
        assert.deepEqual((await off.json('/api/claims/translation', { as: 'ed' })).body, { enabled: false });
        const refused = await off.json(`/api/claims/${attribution!.id}/translation`, { method: 'POST', as: 'ed' });
        assert.equal(refused.status, 404);
        assert.match(refused.body.message, /no OpenAI-compatible endpoint is configured/);
      } finally {
        await srv.close();
        await off.close();
        await llm.close();
      }
    });

    test('the cache is in the database: a restarted translator answers from it; keyed by content, target language and model', async (t) => {
      if (!requireShared(t)) return;
      const llm = await fakeEndpoint();
      const ts = await freshStore(backend);
      const srv = await startOn(ts.store, { users: [{ name: 'ed', org: 'Newsroom', role: 'editor' as const }], config: { translation: { url: llm.url, model: 'model-a' } } });
      try {
        const passage = 'Trung Quốc bác bỏ cáo buộc của Mỹ về Volt Typhoon.';
        const world = articleWorld();
        const bundle = { type: 'bundle', id: `bundle--${randomUUID()}`, objects: world.objects };
        assert.equal((await srv.json('/api/import', { method: 'POST', as: 'ed', json: bundle })).status, 200);
        const [input] = world.claims(`${CLAIM_TYPE}--${randomUUID()}`);
        const created = await srv.json('/api/claims', { method: 'POST', as: 'ed', json: { claims: [input] } });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const claim = created.body.items[0] as { id: string; evidence: { text: string; lang: string } };
        const first = await srv.json(`/api/claims/${claim.id}/translation`, { method: 'POST', as: 'ed', json: {} });
        assert.equal(first.body.cached, false);
        assert.equal(llm.asked.length, 1);

        // what a restarted server builds: a new translator over the same database
        const restarted = new PassageTranslator({ url: llm.url, model: 'model-a' }, { store: new TranslationCache(ts.store.db) });
        const again = await restarted.translate(claim.evidence.text, claim.evidence.lang);
        assert.deepEqual({ text: again.text, cached: again.cached, machine: again.machine, model: again.model }, { text: first.body.text, cached: true, machine: true, model: 'model-a' });
        assert.equal(llm.asked.length, 1, 'answered from the database');
        const rows = await ts.store.db.query<{ content_sha256: string; target_lang: string; model: string; source_lang: string; machine: number | string }>(
          'SELECT content_sha256, target_lang, model, source_lang, machine FROM machine_translations');
        assert.deepEqual(rows.map((r) => ({ ...r, machine: Number(r.machine) })), [{ content_sha256: contentHash('vi', claim.evidence.text), target_lang: 'en', model: 'model-a', source_lang: 'vi', machine: 1 }]);

        // another target language, another model, another text: each asked once, then kept
        await restarted.translate(claim.evidence.text, claim.evidence.lang, 'fr');
        const otherModel = new PassageTranslator({ url: llm.url, model: 'model-b' }, { store: new TranslationCache(ts.store.db) });
        assert.equal((await otherModel.translate(claim.evidence.text, claim.evidence.lang)).cached, false);
        assert.equal((await otherModel.translate(passage, 'vi')).cached, false);
        assert.equal(llm.asked.length, 4);
        const fresh = new PassageTranslator({ url: llm.url, model: 'model-b' }, { store: new TranslationCache(ts.store.db) });
        assert.equal((await fresh.translate(passage, 'vi')).cached, true);
        assert.equal(llm.asked.length, 4);
        assert.equal((await ts.store.db.query('SELECT content_sha256 FROM machine_translations')).length, 4);
      } finally {
        await srv.close();
        await ts.dispose();
        await llm.close();
      }
    });
  });
}
