/**
 * Migration 073-drafts-llm: the extraction a draft was made with (`rules`, or `rules+llm` when the
 * ingesting analyst asked for the operator's LLM too) and the warnings it carries for its reviewer
 * (a JSON list: the endpoint failed and the rules alone read the text, answers cut short, claims
 * dropped because their quote is not in the text); and `llm_answers`, the model's answers kept by a
 * hash of model, prompt version and messages (src/extract/llm/cache.ts), so a document ingested
 * again, by any process, is not asked twice. Old answers are pruned (llm-answers.ts).
 */
import type { Migration } from '../../storage/migrations.ts';

const SQL = `ALTER TABLE drafts ADD COLUMN extraction_mode TEXT NOT NULL DEFAULT 'rules';
ALTER TABLE drafts ADD COLUMN warnings TEXT;
CREATE TABLE llm_answers (
  key TEXT PRIMARY KEY,
  model TEXT NOT NULL,
  prompt_version TEXT NOT NULL,
  answer TEXT NOT NULL,
  created TEXT NOT NULL
);
CREATE INDEX llm_answers_created ON llm_answers (created);`;

export const draftsLlmMigration: Migration = { id: '073-drafts-llm', sqlite: SQL, postgres: SQL };
