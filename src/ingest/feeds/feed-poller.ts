/**
 * Polls registered feeds: fetches each due feed with the guarded fetcher, turns every entry not
 * seen before into a draft (its page fetched when it links one, else the feed's own text), remembers
 * the entry in feed_seen, and records the run's time and status on the feed. An entry that fails is
 * not remembered, so the next run tries it again; a duplicate is remembered like a new draft.
 * @example
 * const poller = new FeedPoller(store, db, { allowPrivate: false });
 * for (const run of await poller.runDue()) console.log(run.feed.url, run.status);
 */
import { Errors } from '../../errors.ts';
import type { TlpLevel } from '../../model/tlp.ts';
import type { SqlDb } from '../../storage/sql-db.ts';
import type { Store } from '../../storage/store.ts';
import { resolveActingUser } from '../acting-user.ts';
import { DraftService } from '../drafts/draft-service.ts';
import { BatchIngester, entryKey, summarize, type IngestResult } from '../ingest-batch.ts';
import { fetchUrl, type FetchOptions } from '../sources/fetch-url.ts';
import { MAX_DOCUMENT_BYTES, readBytes } from '../sources/read-source.ts';
import { dueAt, FeedRepository, type Feed } from './feed-repository.ts';

export interface PollOptions {
  tlp?: TlpLevel;
  /** Fetch private, loopback and link-local addresses too (`--allow-private`). */
  allowPrivate?: boolean;
  fetch?: Omit<FetchOptions, 'allowPrivate'>;
  /** Act as this user (name or id); else the feed organisation's only admin, or only editor. */
  user?: string;
  /** Checked between entries, so an interrupt ends a run after the entry in hand. */
  stopped?: () => boolean;
  now?: () => number;
}

export interface FeedRun {
  feed: Feed;
  /** `ok: ...` or `error: ...`, as stored in feeds.last_status. */
  status: string;
  ok: boolean;
  /** One per entry not seen before. */
  results: IngestResult[];
}

export class FeedPoller {
  readonly feeds: FeedRepository;
  readonly #db: SqlDb;
  readonly #drafts: DraftService;
  readonly #options: PollOptions;

  /** `db`: the handle on the feeds, drafts and auth tables (the store's database). */
  constructor(store: Store, db: SqlDb, options: PollOptions = {}) {
    this.#db = db;
    this.#drafts = new DraftService(store, db);
    this.feeds = new FeedRepository(db);
    this.#options = options;
  }

  #now(): number {
    return this.#options.now?.() ?? Date.now();
  }

  /** Polls every feed that is due, one after another; `onRun` hears of each as it ends. */
  async runDue(onRun?: (run: FeedRun) => void): Promise<FeedRun[]> {
    const runs: FeedRun[] = [];
    for (const feed of await this.feeds.due(this.#now())) {
      if (this.#options.stopped?.()) break;
      const run = await this.poll(feed);
      onRun?.(run);
      runs.push(run);
    }
    return runs;
  }

  /** When the next feed falls due (ms since the epoch), or undefined when there is no feed. */
  async nextDue(): Promise<number | undefined> {
    const feeds = await this.feeds.list();
    return feeds.length ? Math.min(...feeds.map(dueAt)) : undefined;
  }

  async poll(feed: Feed): Promise<FeedRun> {
    const at = new Date(this.#now()).toISOString();
    const results: IngestResult[] = [];
    let status: string;
    let ok = true;
    try {
      const { viewer } = await resolveActingUser(this.#db, { user: this.#options.user, org: feed.orgId ?? undefined });
      const fetched = await fetchUrl(feed.url, { maxBytes: MAX_DOCUMENT_BYTES, ...this.#options.fetch, allowPrivate: this.#options.allowPrivate });
      const read = await readBytes(fetched.body, { contentType: fetched.contentType, url: fetched.url });
      if (read.kind !== 'feed') throw new Errors.INGEST_UNSUPPORTED(`${feed.url} is not an RSS or Atom feed`);
      const seen = await this.feeds.seenKeys(feed.id);
      const batch = new BatchIngester(this.#drafts, viewer, { tlp: this.#options.tlp, allowPrivate: this.#options.allowPrivate, fetch: this.#options.fetch });
      for (const entry of read.entries) {
        if (this.#options.stopped?.()) break;
        const key = entryKey(entry);
        if (seen.has(key)) continue;
        seen.add(key);
        const result = await batch.entry(feed.url, entry);
        results.push(result);
        if (result.outcome !== 'failed') await this.feeds.markSeen(feed.id, key);
      }
      const s = summarize(results);
      const firstFailure = results.find((r) => r.outcome === 'failed');
      status = `ok: ${read.entries.length} ${read.entries.length === 1 ? 'entry' : 'entries'}, ${s.ready} new, ${s.duplicates} duplicates, ${s.failed} failed` +
        (firstFailure ? ` (${firstFailure.reason})` : '');
    } catch (err) {
      ok = false;
      const e = err as { code?: string; message?: string };
      status = `error: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(err)}`;
    }
    await this.feeds.recordRun(feed.id, at, status);
    return { feed: { ...feed, lastRun: at, lastStatus: status }, status, ok, results };
  }
}
