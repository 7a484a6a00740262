/**
 * The machine translation cache in the database (migration 047-machine-translations): one row per
 * passage (by the SHA-256 of its language and text), language translated into and model. Rows
 * hold machine translations only; a translation is public text derived from a passage, so the row
 * carries no marking: who may read it is decided by the claim it is asked for (the translation
 * route reads the claim as the caller first).
 */
import { createHash } from 'node:crypto';
import type { SqlDb } from '../storage/sql-db.ts';

export interface CachedTranslation {
  text: string;
  source_lang: string;
}

export interface TranslationKey {
  text: string;
  sourceLang: string;
  targetLang: string;
  model: string;
}

/** The content hash of a passage: its language and its text. */
export function contentHash(sourceLang: string, text: string): string {
  return createHash('sha256').update(`${sourceLang}\u0000${text}`).digest('hex');
}

/** Where PassageTranslator keeps answers beyond its in-process cache. */
export interface TranslationStore {
  get(key: TranslationKey): Promise<CachedTranslation | undefined>;
  put(key: TranslationKey, translation: string): Promise<void>;
}

export class TranslationCache implements TranslationStore {
  readonly #db: SqlDb;

  constructor(db: SqlDb) {
    this.#db = db;
  }

  async get(k: TranslationKey): Promise<CachedTranslation | undefined> {
    const [row] = await this.#db.query<{ translation: string; source_lang: string }>(
      'SELECT translation, source_lang FROM machine_translations WHERE content_sha256 = ? AND target_lang = ? AND model = ? AND machine = 1',
      [contentHash(k.sourceLang, k.text), k.targetLang, k.model],
    );
    return row ? { text: row.translation, source_lang: row.source_lang } : undefined;
  }

  /** Keeps the first answer when two requests translate the same passage at once. */
  async put(k: TranslationKey, translation: string): Promise<void> {
    await this.#db.exec(
      `INSERT INTO machine_translations (content_sha256, target_lang, model, source_lang, translation, machine, created_at)
       VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (content_sha256, target_lang, model) DO NOTHING`,
      [contentHash(k.sourceLang, k.text), k.targetLang, k.model, k.sourceLang, translation, new Date().toISOString()],
    );
  }
}
