/**
 * Migration 041-feeds: polled RSS/Atom feeds and the links already taken from each (the feeds
 * feature's tables, beside FeedRepository). Until this release they were created by 040-drafts,
 * so the statements say IF NOT EXISTS: on such a database the migration changes nothing.
 */
import type { Migration } from '../../storage/migrations.ts';

const SQL = `
CREATE TABLE IF NOT EXISTS feeds (
  id TEXT PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  every_seconds INTEGER NOT NULL,
  org_id TEXT,
  last_run TEXT,
  last_status TEXT,
  created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feed_seen (
  feed_id TEXT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  link TEXT NOT NULL,
  seen TEXT NOT NULL,
  PRIMARY KEY (feed_id, link)
);
`;

export const feedsMigration: Migration = { id: '041-feeds', sqlite: SQL, postgres: SQL };
