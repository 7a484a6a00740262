import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import { DraftService } from '../../src/ingest/drafts/draft-service.ts';
import { formatDuration, parseDuration } from '../../src/ingest/feeds/duration.ts';
import { FeedPoller } from '../../src/ingest/feeds/feed-poller.ts';
import { FeedRepository } from '../../src/ingest/feeds/feed-repository.ts';
import { articleHtml, rss, startNewsSite, type NewsSite } from './news-site.ts';

let site: NewsSite;
const ENTRY_TEXT = 'The Netherlands said Russian hackers tried to enter the network of its weather agency.';

function setFeed(items: Array<{ title: string; link?: string; description?: string }>): void {
  site.pages.set('/feed.xml', rss('Cyber news', items));
}

before(async () => {
  site = await startNewsSite({
    '/a.html': articleHtml('Volt Typhoon in Guam', 'Officials said Volt Typhoon, linked to China, entered telecommunications networks in Guam.'),
    '/b.html': articleHtml('Salt Typhoon in carriers', 'The FBI said Salt Typhoon breached several US telecom carriers and read messages of officials.'),
    '/c.html': articleHtml('APT29 phishing', 'Microsoft said APT29 sent phishing messages through Teams to government agencies in Europe.'),
    '/page.html': articleHtml('Not a feed', 'This page is an ordinary article and carries no feed at all, only a paragraph of text.'),
  });
});
after(() => site.close());

test('durations: 15m, 1h, 1d, combined; anything else refused', () => {
  assert.equal(parseDuration('15m'), 900);
  assert.equal(parseDuration('1h'), 3600);
  assert.equal(parseDuration('1d'), 86_400);
  assert.equal(parseDuration('1h30m'), 5400);
  assert.equal(formatDuration(5400), '1h30m');
  assert.equal(formatDuration(86_400), '1d');
  for (const bad of ['', '1', 'h', '1y', '-1h', '0m', '1.5h']) assert.throws(() => parseDuration(bad, '--every'), /--every: .* (not a duration|longer than zero)/, bad);
});

for (const backend of BACKENDS) {
  describe(`feeds (${backend})`, () => {
    test('a run fetches each new entry once; a second run takes only entries it has not seen', async () => {
      await withStore(backend, async (store) => {
        const auth = new AuthRepository(store.db);
        const org = await auth.addOrg('newsroom');
        await auth.addUser({ name: 'ed', org: 'newsroom', role: 'editor' });
        const feeds = new FeedRepository(store.db);
        const feed = await feeds.add({ url: `${site.base}/feed.xml`, everySeconds: 3600, orgId: org.id });
        await assert.rejects(feeds.add({ url: `${site.base}/feed.xml#x`, everySeconds: 60, orgId: org.id }), /already polled/);
        await assert.rejects(feeds.add({ url: 'file:///etc/passwd', everySeconds: 60, orgId: org.id }), /not an http or https URL/);

        setFeed([
          { title: 'Volt Typhoon in Guam', link: `${site.base}/a.html` },
          { title: 'Dutch weather agency', description: ENTRY_TEXT },
          { title: 'Gone', link: `${site.base}/gone.html` },
        ]);
        // loopback is refused unless allowed: the run records why
        const t0 = Date.parse('2025-06-01T10:00:00Z');
        let now = t0;
        const refused = await new FeedPoller(store, store.db, { now: () => now }).runDue();
        assert.equal(refused.length, 1);
        assert.match(refused[0]!.status, /^error: OPS_ERR_INGEST_FETCH: .*private or loopback address refused; use --allow-private/);
        assert.equal((await feeds.find(feed.id))!.lastStatus, refused[0]!.status);

        // not due again for an hour
        now = t0 + 30 * 60_000;
        const poller = new FeedPoller(store, store.db, { allowPrivate: true, now: () => now });
        assert.deepEqual(await poller.runDue(), []);
        assert.equal(await poller.nextDue(), t0 + 3600_000);

        now = t0 + 3600_000;
        const hitsA = site.hits.get('/a.html') ?? 0;
        const [first] = await poller.runDue();
        assert.ok(first);
        assert.equal(first.status, 'ok: 3 entries, 2 new, 0 duplicates, 1 failed (Could not fetch: ' + `${site.base}/gone.html: HTTP 404)`);
        assert.deepEqual(first.results.map((r) => r.outcome), ['ready', 'ready', 'failed']);
        const drafts = new DraftService(store, store.db);
        const viewer = { kind: 'user' as const, userId: 'x', orgId: org.id, role: 'editor' as const };
        const page = await drafts.get(viewer, first.results[0]!.draftId!);
        assert.equal(page.title, 'Volt Typhoon in Guam');
        assert.equal(page.source.url, `${site.base}/a.html`);
        const text = await drafts.get(viewer, first.results[1]!.draftId!);
        assert.equal(text.text, `Dutch weather agency\n${ENTRY_TEXT}`);
        assert.equal(site.hits.get('/a.html'), hitsA + 1);
        const stored = (await feeds.find(feed.id))!;
        assert.equal(stored.lastRun, new Date(now).toISOString());
        assert.equal(stored.lastStatus, first.status);
        // the failed entry is not remembered, so the next run tries it again
        assert.equal((await feeds.seenKeys(feed.id)).size, 2);

        // a new entry, the old ones again, and the same text under a new link (a duplicate)
        site.pages.set('/mirror.html', site.pages.get('/a.html')!);
        setFeed([
          { title: 'APT29 phishing', link: `${site.base}/c.html` },
          { title: 'Mirror', link: `${site.base}/mirror.html` },
          { title: 'Volt Typhoon in Guam', link: `${site.base}/a.html?utm_source=rss` },
          { title: 'Dutch weather agency', description: ENTRY_TEXT },
          { title: 'Gone', link: `${site.base}/gone.html` },
        ]);
        now += 3600_000;
        const [second] = await poller.runDue();
        assert.ok(second);
        assert.deepEqual(second.results.map((r) => [r.source.replace(`${site.base}/feed.xml#`, ''), r.outcome]), [
          [`${site.base}/c.html`, 'ready'],
          [`${site.base}/mirror.html`, 'duplicate'],
          [`${site.base}/gone.html`, 'failed'],
        ]);
        assert.equal(second.results[1]!.draftId, first.results[0]!.draftId);
        assert.equal(site.hits.get('/a.html'), hitsA + 1, 'a seen entry is not fetched again');
        assert.equal((await drafts.list(viewer)).length, 3);
        assert.equal((await feeds.seenKeys(feed.id)).size, 4);

        // the page is not a feed: recorded as an error; removing a feed forgets what it saw
        const notFeed = await feeds.add({ url: `${site.base}/page.html`, everySeconds: 900, orgId: org.id });
        const runs = await poller.runDue();
        assert.deepEqual(runs.map((r) => r.feed.id), [notFeed.id]);
        assert.match(runs[0]!.status, /^error: OPS_ERR_INGEST_UNSUPPORTED: .*is not an RSS or Atom feed/);
        await feeds.remove(feed.id);
        assert.equal((await feeds.seenKeys(feed.id)).size, 0);
        assert.deepEqual((await feeds.list()).map((f) => f.id), [notFeed.id]);
        await assert.rejects(feeds.remove(feed.id), /Not found: feed/);
      });
    });

    test('a feed whose organisation has several admins records which user to choose', async () => {
      await withStore(backend, async (store) => {
        const auth = new AuthRepository(store.db);
        const org = await auth.addOrg('desk');
        await auth.addUser({ name: 'ann', org: 'desk', role: 'admin' });
        await auth.addUser({ name: 'bob', org: 'desk', role: 'admin' });
        setFeed([{ title: 'Volt Typhoon in Guam', link: `${site.base}/a.html` }]);
        await new FeedRepository(store.db).add({ url: `${site.base}/feed.xml`, everySeconds: 60, orgId: org.id });
        const [run] = await new FeedPoller(store, store.db, { allowPrivate: true }).runDue();
        assert.ok(run);
        assert.equal(run.ok, false);
        assert.match(run.status, /several users in organisation 'desk' could own the drafts \(ann \(desk\), bob \(desk\)\): choose with --user NAME/);
        const [named] = await new FeedPoller(store, store.db, { allowPrivate: true, user: 'bob', now: () => Date.now() + 120_000 }).runDue();
        assert.ok(named);
        assert.equal(named.status, 'ok: 1 entry, 1 new, 0 duplicates, 0 failed');
      });
    });
  });
}
