/**
 * Migration 040-drafts: draft reports awaiting review (the drafts feature's tables, beside
 * DraftRepository). Databases written before feeds had their own migration also got the feeds
 * tables from it; 041-feeds creates them only where missing.
 * A draft keeps the stored text and the extraction as JSON; its items are rows so an editor's
 * accept/reject/edit touches one row. Drafts belong to the organisation that ingested them.
 */
import type { Migration } from '../../storage/migrations.ts';

const SQL = (real: string) => `
CREATE TABLE drafts (
  id TEXT PRIMARY KEY,
  org_id TEXT,
  created_by TEXT,
  status TEXT NOT NULL,
  stage TEXT NOT NULL,
  percent INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  title TEXT,
  language TEXT,
  text TEXT,
  extraction TEXT,
  source_url TEXT,
  canonical_url TEXT,
  filename TEXT,
  content_hash TEXT,
  published_on TEXT,
  tlp TEXT NOT NULL DEFAULT 'green',
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  report_id TEXT
);
CREATE INDEX drafts_org ON drafts (org_id, created);
CREATE INDEX drafts_hash ON drafts (content_hash);
CREATE INDEX drafts_url ON drafts (canonical_url);
CREATE TABLE draft_items (
  draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  status TEXT NOT NULL,
  confidence ${real} NOT NULL,
  spans TEXT NOT NULL,
  entity_id TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (draft_id, item_id)
);`;

export const draftsMigration: Migration = { id: '040-drafts', sqlite: SQL('REAL'), postgres: SQL('DOUBLE PRECISION') };

/**
 * Migration 071-drafts-jobs: who is building a draft, so that a process starting up fails only the
 * drafts nobody is building any more (with several processes, another one may be). `job_id` is the
 * job building a URL draft (src/jobs); `lease_until` (ISO time) covers a draft built inside its
 * request, and the moments before its job is recorded.
 */
export const draftsJobsMigration: Migration = {
  id: '071-drafts-jobs',
  sqlite: 'ALTER TABLE drafts ADD COLUMN job_id TEXT;\nALTER TABLE drafts ADD COLUMN lease_until TEXT;',
  postgres: 'ALTER TABLE drafts ADD COLUMN job_id TEXT;\nALTER TABLE drafts ADD COLUMN lease_until TEXT;',
};
