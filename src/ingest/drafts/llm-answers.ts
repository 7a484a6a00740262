/**
 * The LLM answer cache of the draft pipeline, in the store's database (table `llm_answers`,
 * llm-schema.ts): every process building drafts shares it and it outlives restarts, which an
 * in-memory cache would not (drafts are built by whichever job worker takes them). Keys are
 * SHA-256 hashes over model, prompt version and messages (src/extract/llm/cache.ts); answers older
 * than `maxAgeDays` are deleted as new ones are written.
 */
import type { LlmAnswerCache } from '../../extract/llm.ts';
import type { SqlDb } from '../../storage/sql-db.ts';

export class LlmAnswers implements LlmAnswerCache {
  constructor(readonly db: SqlDb, readonly maxAgeDays = 90) {}

  async get(key: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ answer: string }>('SELECT answer FROM llm_answers WHERE key = ?', [key]);
    return row?.answer;
  }

  async put(key: string, entry: { model: string; promptVersion: string; answer: string }): Promise<void> {
    const now = new Date();
    await this.db.exec('INSERT INTO llm_answers (key, model, prompt_version, answer, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
      [key, entry.model, entry.promptVersion, entry.answer, now.toISOString()]);
    await this.db.exec('DELETE FROM llm_answers WHERE created < ?', [new Date(now.getTime() - this.maxAgeDays * 86_400_000).toISOString()]);
  }

  /** How many answers are kept (for tests and operators). */
  async count(): Promise<number> {
    const [row] = await this.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM llm_answers');
    return Number(row?.n ?? 0);
  }
}
