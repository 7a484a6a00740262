/**
 * Migration 047-machine-translations: the machine translation cache (src/translate/translation-cache.ts)
 * in the database, so a passage is sent to the operator's endpoint once per installation, not once
 * per process. A row is one machine translation, keyed by the SHA-256 of the source language and
 * text (`content_sha256`), the language translated into and the model that translated it;
 * `machine` is always 1 (every row is machine translation, and says so).
 */
import type { Migration } from '../storage/migrations.ts';

const sql = (text: string) => `
CREATE TABLE machine_translations (
  content_sha256 TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  model TEXT NOT NULL,
  source_lang TEXT NOT NULL,
  translation ${text} NOT NULL,
  machine INTEGER NOT NULL DEFAULT 1 CHECK (machine = 1),
  created_at TEXT NOT NULL,
  PRIMARY KEY (content_sha256, target_lang, model)
);
`;

export const machineTranslationsMigration: Migration = {
  id: '047-machine-translations',
  sqlite: sql('TEXT'),
  postgres: sql('TEXT'),
};
