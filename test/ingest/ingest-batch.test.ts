import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import { resolveActingUser } from '../../src/ingest/acting-user.ts';
import { DraftService } from '../../src/ingest/drafts/draft-service.ts';
import { BatchIngester, formatSummaryLine, walkDocuments } from '../../src/ingest/ingest-batch.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import { articleHtml, rss, startNewsSite, type NewsSite } from './news-site.ts';

const editor: UserViewer = { kind: 'user', userId: 'u-1', orgId: 'org-1', role: 'editor' };
const otherOrg: UserViewer = { kind: 'user', userId: 'u-2', orgId: 'org-2', role: 'editor' };

const VOLT = 'Officials in Washington said Volt Typhoon, a group linked to China, broke into telecommunications networks in Guam.';
const SALT = 'The FBI said Salt Typhoon breached several US telecom carriers and read the messages of officials.';

const dir = mkdtempSync(join(tmpdir(), 'opstrack-ingest-batch-'));
let site: NewsSite;

before(async () => {
  mkdirSync(join(dir, 'docs', 'year-2025'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'volt.txt'), `Volt Typhoon in Guam\n${VOLT}\n`);
  writeFileSync(join(dir, 'docs', 'salt.html'), articleHtml('Salt Typhoon', SALT).body);
  writeFileSync(join(dir, 'docs', 'year-2025', 'volt-again.txt'), `Volt Typhoon in Guam\n${VOLT}\n`);
  writeFileSync(join(dir, 'docs', 'year-2025', 'blob.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'docs', 'empty.txt'), '  \n');
  writeFileSync(join(dir, 'docs', 'notes.md'), 'not a document type: skipped by the walk');
  writeFileSync(join(dir, 'docs', '.hidden.txt'), 'hidden: skipped by the walk');
  site = await startNewsSite({
    '/news/kimsuky.html': articleHtml('Kimsuky phishing', 'Kimsuky sent phishing mail to researchers in South Korea, the National Intelligence Service said on Monday.'),
    '/news/apt28.html': articleHtml('APT28 accused', 'Germany accused APT28, a unit of Russian military intelligence, of a campaign against the Social Democratic Party.'),
  });
  // entries link to absolute URLs on the site
  site.pages.set('/feed.xml', rss('Cyber news', [
    { title: 'APT28 accused', link: `${site.base}/news/apt28.html` },
    { title: 'Sandworm warning', description: 'Ukraine warned that Sandworm prepared new attacks on its power grid this winter.' },
  ]));
});

after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a folder walk finds document types recursively, in path order, skipping hidden files', async () => {
  const files = await walkDocuments(join(dir, 'docs'));
  assert.deepEqual(files.map((f) => f.slice(dir.length + 1)), [
    'docs/empty.txt', 'docs/salt.html', 'docs/volt.txt', 'docs/year-2025/blob.txt', 'docs/year-2025/volt-again.txt',
  ]);
});

for (const backend of BACKENDS) {
  describe(`batch ingestion (${backend})`, () => {
    test('a folder: good documents become drafts, bad ones fail with a reason, a copy is a duplicate', async () => {
      await withStore(backend, async (store) => {
        const drafts = new DraftService(store, store.db);
        const progress: Array<[number, number]> = [];
        const batch = new BatchIngester(drafts, editor, { tlp: 'amber', onProgress: (done, total) => progress.push([done, total]) });
        const summary = await batch.ingest([join(dir, 'docs'), join(dir, 'missing.txt')]);
        assert.equal(formatSummaryLine(summary), 'ingested 6: ready 2, duplicates 1, failed 3');
        const by = (name: string) => summary.results.find((r) => r.source.endsWith(name))!;
        assert.equal(by('volt.txt').outcome, 'ready');
        assert.equal(by('salt.html').outcome, 'ready');
        assert.equal(by('salt.html').title, 'Salt Typhoon');
        assert.equal(by('volt-again.txt').outcome, 'duplicate');
        assert.equal(by('volt-again.txt').draftId, by('volt.txt').draftId, 'points at the earlier draft');
        assert.match(by('blob.txt').reason!, /binary content/);
        assert.match(by('empty.txt').reason!, /no text/);
        assert.match(by('missing.txt').reason!, /no such file/);
        assert.equal(by('missing.txt').code, 'OPS_ERR_INGEST_UNSUPPORTED');
        assert.deepEqual(progress.at(-1), [6, 6]);
        assert.ok(progress.every(([d, t]) => d <= t), 'done never passes total');

        // only the two good documents are stored, ready, in the organisation, with the TLP asked for
        const list = await drafts.list(editor);
        assert.deepEqual(list.map((d) => d.status).sort(), ['ready', 'ready']);
        assert.ok(list.every((d) => d.tlp === 'amber'));
        const volt = await drafts.get(editor, by('volt.txt').draftId!);
        assert.match(volt.text, /Volt Typhoon, a group linked to China/);
        assert.equal(volt.source.filename, 'volt.txt');
        assert.deepEqual(await drafts.list(otherOrg), []);

        // the same folder again: nothing new; another organisation gets its own drafts
        const again = await new BatchIngester(drafts, editor).ingest([join(dir, 'docs')]);
        assert.equal(formatSummaryLine(again), 'ingested 5: ready 0, duplicates 3, failed 2');
        assert.equal((await drafts.list(editor)).length, 2);
        const other = await new BatchIngester(drafts, otherOrg).ingest([join(dir, 'docs', 'volt.txt')]);
        assert.equal(other.ready, 1);
      });
    });

    test('URLs: loopback refused by default; with allowPrivate fetched once, then a duplicate by canonical URL; a feed ingests each entry', async () => {
      await withStore(backend, async (store) => {
        const drafts = new DraftService(store, store.db);
        const url = `${site.base}/news/kimsuky.html`;
        const before = site.hits.get('/news/kimsuky.html') ?? 0;
        const refused = await new BatchIngester(drafts, editor).ingest([url]);
        assert.equal(refused.failed, 1);
        assert.match(refused.results[0]!.reason!, /private or loopback address refused; use --allow-private to allow it/);
        assert.equal(refused.results[0]!.code, 'OPS_ERR_INGEST_FETCH');
        assert.equal(site.hits.get('/news/kimsuky.html') ?? 0, before, 'nothing was requested');
        assert.deepEqual(await drafts.list(editor), []);

        const open = new BatchIngester(drafts, editor, { allowPrivate: true });
        const first = await open.ingest([url]);
        assert.equal(first.ready, 1, JSON.stringify(first.results));
        assert.equal(site.hits.get('/news/kimsuky.html'), before + 1, 'one fetch per document');
        const draft = await drafts.get(editor, first.results[0]!.draftId!);
        assert.equal(draft.title, 'Kimsuky phishing');
        assert.equal(draft.source.url, url);
        assert.match(draft.text, /phishing mail to researchers/);

        const again = await open.ingest([`${url}?utm_source=newsletter#top`]);
        assert.equal(again.results[0]!.outcome, 'duplicate');
        assert.equal(again.results[0]!.draftId, draft.id);
        assert.equal(site.hits.get('/news/kimsuky.html'), before + 1, 'a known URL is not fetched again');

        const missing = await open.ingest([`${site.base}/news/gone.html`]);
        assert.match(missing.results[0]!.reason!, /HTTP 404/);

        const feed = await open.ingest([`${site.base}/feed.xml`]);
        assert.equal(formatSummaryLine(feed), 'ingested 2: ready 2, duplicates 0, failed 0');
        const [page, text] = await Promise.all(feed.results.map((r) => drafts.get(editor, r.draftId!)));
        assert.ok(text);
        assert.ok(page);
        assert.equal(page.title, 'APT28 accused');
        assert.equal(page.source.url, `${site.base}/news/apt28.html`);
        assert.match(page.text, /Social Democratic Party/);
        assert.equal(text.title, 'Sandworm warning');
        assert.equal(text.text, 'Sandworm warning\nUkraine warned that Sandworm prepared new attacks on its power grid this winter.');
      });
    });

    test('the acting user: named, or the only admin (of --org), else a clear refusal', async () => {
      await withStore(backend, async (store) => {
        await assert.rejects(resolveActingUser(store.db), /no editor or admin to act as: add one with 'opstrack user add/);
        const auth = new AuthRepository(store.db);
        await auth.addOrg('alpha');
        await auth.addOrg('beta');
        const ann = await auth.addUser({ name: 'ann', org: 'alpha', role: 'admin' });
        await auth.addUser({ name: 'rob', org: 'alpha', role: 'reader' });
        assert.equal((await resolveActingUser(store.db)).user.name, 'ann');
        const bea = await auth.addUser({ name: 'bea', org: 'beta', role: 'admin' });
        await assert.rejects(resolveActingUser(store.db), /several users could own the drafts \(ann \(alpha\), bea \(beta\)\): choose with --user NAME or --org ORG/);
        const viaOrg = await resolveActingUser(store.db, { org: 'beta' });
        assert.deepEqual(viaOrg.viewer, { kind: 'user', userId: bea.id, orgId: bea.orgId, role: 'admin' });
        assert.equal((await resolveActingUser(store.db, { user: 'ann' })).viewer.orgId, ann.orgId);
        await assert.rejects(resolveActingUser(store.db, { user: 'rob' }), /reader; creating drafts needs role editor or admin/);
        await assert.rejects(resolveActingUser(store.db, { user: 'ann', org: 'beta' }), /'ann' is not in organisation 'beta'/);
        await assert.rejects(resolveActingUser(store.db, { user: 'zed' }), /--user: no user 'zed'/);
        await assert.rejects(resolveActingUser(store.db, { org: 'gamma' }), /--org: no organisation 'gamma'/);
      });
    });
  });
}
