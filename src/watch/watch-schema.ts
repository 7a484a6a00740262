/**
 * Migration 060-watch: following entities, claimants and searches, and telling the follower.
 * - `watch_events`: an outbox the write hook fills in the write's own transaction with every new
 *   claim and report version (watch-hook.ts); `watch_state.last_event` is how far the dispatcher
 *   has read it, advanced in the same transaction as the notifications it makes, so a crash never
 *   loses or repeats one and two processes never both handle an event.
 * - `watch_follows`: what a user follows. `notifications`: what they were told (only what they
 *   could see when it was made). `webhooks` and `webhook_deliveries`: signed calls, retried with
 *   back-off, with their log.
 */
import type { Migration } from '../storage/migrations.ts';

const common = (serial: string) => `
CREATE TABLE watch_events (
  seq ${serial},
  object_id TEXT NOT NULL,
  version TEXT NOT NULL,
  object_type TEXT NOT NULL,
  first_version INTEGER NOT NULL
);
CREATE TABLE watch_state (id INTEGER PRIMARY KEY, last_event BIGINT NOT NULL);
INSERT INTO watch_state (id, last_event) VALUES (1, 0);
CREATE TABLE watch_follows (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  target TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (user_id, kind, target)
);
CREATE TABLE notifications (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  follow_id TEXT NOT NULL,
  object_id TEXT NOT NULL,
  version TEXT NOT NULL,
  change TEXT NOT NULL,
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, created_at);
CREATE TABLE webhooks (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE webhook_deliveries (
  id TEXT PRIMARY KEY,
  webhook_id TEXT NOT NULL,
  notification_id TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at TEXT NOT NULL,
  last_status INTEGER,
  last_error TEXT,
  delivered_at TEXT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_hook ON webhook_deliveries (webhook_id);
`;

export const watchMigration: Migration = {
  id: '060-watch',
  sqlite: common('INTEGER PRIMARY KEY AUTOINCREMENT'),
  postgres: common('BIGSERIAL PRIMARY KEY'),
};

/**
 * Migration 091-watch-events-index: the outbox is probed for each new claim or report version
 * (watch-hook.ts: was this version recorded already?); without an index every probe read the whole
 * outbox, so writing claims slowed as the outbox grew (15,000 claims: 15.6 s of 34.8 s in that probe).
 */
export const watchEventsIndexMigration: Migration = {
  id: '091-watch-events-index',
  sqlite: 'CREATE INDEX watch_events_object ON watch_events (object_id, version);',
  postgres: 'CREATE INDEX watch_events_object ON watch_events (object_id, version);',
};
