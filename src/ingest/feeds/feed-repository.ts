/**
 * Polled feeds and the entries already taken from each (tables `feeds` and `feed_seen` of
 * feeds-schema.ts), in portable SQL over the store's SqlDb.
 */
import { randomUUID } from 'node:crypto';
import { Errors } from '../../errors.ts';
import type { SqlDb } from '../../storage/sql-db.ts';
import { canonicalUrl, isUrl } from '../sources/read-source.ts';

export interface Feed {
  id: string;
  url: string;
  everySeconds: number;
  orgId: string | null;
  lastRun: string | null;
  lastStatus: string | null;
  created: string;
}

interface FeedRow {
  id: string; url: string; every_seconds: number | string; org_id: string | null;
  last_run: string | null; last_status: string | null; created: string;
}

function toFeed(r: FeedRow): Feed {
  return { id: r.id, url: r.url, everySeconds: Number(r.every_seconds), orgId: r.org_id, lastRun: r.last_run, lastStatus: r.last_status, created: r.created };
}

/** When a feed is next due (ms since the epoch): at once if it never ran. */
export function dueAt(feed: Feed): number {
  return feed.lastRun ? Date.parse(feed.lastRun) + feed.everySeconds * 1000 : 0;
}

function safeCanonical(url: string): string | undefined {
  try {
    return isUrl(url) ? canonicalUrl(url) : undefined;
  } catch {
    return undefined;
  }
}

export class FeedRepository {
  constructor(private readonly db: SqlDb) {}

  async add(input: { url: string; everySeconds: number; orgId: string | null }): Promise<Feed> {
    let url: string;
    try {
      if (!isUrl(input.url)) throw new Error('not http(s)');
      // Kept as given (a server may care about a trailing slash); compared canonically.
      url = new URL(input.url).toString();
    } catch {
      throw Object.assign(new Errors.INPUT_INVALID(`url: '${input.url}' is not an http or https URL`), { field: 'url' });
    }
    const existing = await this.find(url);
    if (existing) throw new Errors.STORE_CONFLICT(`feed ${url} is already polled as ${existing.id}`);
    const feed: Feed = { id: randomUUID(), url, everySeconds: input.everySeconds, orgId: input.orgId, lastRun: null, lastStatus: null, created: new Date().toISOString() };
    await this.db.exec('INSERT INTO feeds (id, url, every_seconds, org_id, created) VALUES (?, ?, ?, ?, ?)',
      [feed.id, feed.url, feed.everySeconds, feed.orgId, feed.created]);
    return feed;
  }

  async list(): Promise<Feed[]> {
    return (await this.db.query<FeedRow>('SELECT * FROM feeds ORDER BY created, id')).map(toFeed);
  }

  /** By id or URL (compared canonically: no fragment, no tracking parameters). */
  async find(idOrUrl: string): Promise<Feed | undefined> {
    const canonical = safeCanonical(idOrUrl);
    return (await this.list()).find((f) => f.id === idOrUrl || f.url === idOrUrl || (canonical !== undefined && safeCanonical(f.url) === canonical));
  }

  async remove(idOrUrl: string): Promise<Feed> {
    const feed = await this.find(idOrUrl);
    if (!feed) throw new Errors.STORE_NOT_FOUND(`feed ${idOrUrl}`);
    await this.db.transaction(async (tx) => {
      await tx.exec('DELETE FROM feed_seen WHERE feed_id = ?', [feed.id]);
      await tx.exec('DELETE FROM feeds WHERE id = ?', [feed.id]);
    });
    return feed;
  }

  async due(now = Date.now()): Promise<Feed[]> {
    return (await this.list()).filter((f) => dueAt(f) <= now);
  }

  async seenKeys(feedId: string): Promise<Set<string>> {
    const rows = await this.db.query<{ link: string }>('SELECT link FROM feed_seen WHERE feed_id = ?', [feedId]);
    return new Set(rows.map((r) => r.link));
  }

  async markSeen(feedId: string, key: string): Promise<void> {
    await this.db.exec('INSERT INTO feed_seen (feed_id, link, seen) VALUES (?, ?, ?) ON CONFLICT (feed_id, link) DO NOTHING',
      [feedId, key, new Date().toISOString()]);
  }

  async recordRun(feedId: string, at: string, status: string): Promise<void> {
    await this.db.exec('UPDATE feeds SET last_run = ?, last_status = ? WHERE id = ?', [at, status.slice(0, 1000), feedId]);
  }
}
