/**
 * Feed polling as jobs (src/ingest/ingest-jobs.ts): the worker schedules a `feed.poll` job for each
 * due feed from the feeds table, and two workers on one database poll a due feed once between them
 * (the feed's id is the job's singleton key; a job whose feed was polled since does nothing).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import { FeedRepository } from '../../src/ingest/feeds/feed-repository.ts';
import { runIngestJobs } from '../../src/ingest/ingest-jobs.ts';
import { openJobQueue } from '../../src/jobs/open-queue.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { articleHtml, rss, startNewsSite, type NewsSite } from './news-site.ts';
import { until as untilTrue } from '../helpers/until.ts';

const until = <T>(what: string, fn: () => Promise<T | undefined | false>, ms = 60000) => untilTrue(what, fn, ms, 100);

let site: NewsSite;
before(async () => {
  site = await startNewsSite({
    '/a.html': articleHtml('Volt Typhoon in Guam', 'Officials said Volt Typhoon, linked to China, entered telecommunications networks in Guam.'),
    '/b.html': articleHtml('Salt Typhoon in carriers', 'The FBI said Salt Typhoon breached several US telecom carriers and read messages of officials.'),
  });
  site.pages.set('/feed.xml', rss('Cyber news', [
    { title: 'Volt Typhoon in Guam', link: `${site.base}/a.html` },
    { title: 'Salt Typhoon in carriers', link: `${site.base}/b.html` },
  ]));
});
after(() => site.close());

for (const backend of BACKENDS) {
  describe(`feed jobs (${backend})`, () => {
    test('two workers poll a due feed once between them; it is not polled again before it is due', () => withStore(backend, async (store, location) => {
      const auth = new AuthRepository(store.db);
      const org = await auth.addOrg('newsroom');
      await auth.addUser({ name: 'ed', org: 'newsroom', role: 'editor' });
      const feeds = new FeedRepository(store.db);
      const feed = await feeds.add({ url: `${site.base}/feed.xml`, everySeconds: 3600, orgId: org.id });
      const other = await openOpsTrackStore(location);
      const options = { pollMs: 50, pollingIntervalSeconds: 0.5 };
      const qa = await openJobQueue(location, store.db, options);
      const qb = await openJobQueue(location, other.db, options);
      const ingest = { allowPrivateFetch: true };
      const a = await runIngestJobs({ store, db: store.db, jobs: qa, ingest, tickMs: 100 });
      const b = await runIngestJobs({ store: other, db: other.db, jobs: qb, ingest, tickMs: 100 });
      try {
        const polled = await until('the poll', async () => {
          const f = await feeds.find(feed.id);
          return f?.lastStatus ? f : undefined;
        });
        assert.match(polled.lastStatus!, /^ok: 2 entries, 2 new, 0 duplicates, 0 failed/);
        // many more ticks of both workers: the feed is not due again for an hour
        await new Promise((r) => setTimeout(r, 1500));
        const drafts = await store.db.query<{ title: string }>(`SELECT title FROM drafts WHERE status = 'ready' ORDER BY title`);
        assert.deepEqual(drafts.map((d) => d.title), ['Salt Typhoon in carriers', 'Volt Typhoon in Guam'], 'each entry drafted once');
        assert.equal((await feeds.find(feed.id))!.lastRun, polled.lastRun, 'polled once');
      } finally {
        await a.stop();
        await b.stop();
        await other.close();
      }
    }));
  });
}
