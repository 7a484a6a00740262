/**
 * Answers kept so the same chunk is not asked twice: the key is a SHA-256 over the model, the
 * prompt version and the exact messages (the chunk's text and the discourse carried into it), so a
 * different model, prompt or text never reuses an answer. Only answers that were read as claims
 * are kept (never a failure or a cut-short answer). The draft pipeline keeps them in the database
 * (src/ingest/drafts/llm-answers.ts), shared by every process and kept across restarts; this file
 * holds the interface and a bounded in-memory store for a single process (`opstrack extract`).
 */
import { createHash } from 'node:crypto';
import { PROMPT_VERSION, type ChatMessage } from './prompt.ts';

export interface LlmAnswerCache {
  get(key: string): Promise<string | undefined>;
  put(key: string, entry: { model: string; promptVersion: string; answer: string }): Promise<void>;
}

export function answerKey(model: string, messages: readonly ChatMessage[]): string {
  return createHash('sha256').update(JSON.stringify([model, PROMPT_VERSION, messages])).digest('hex');
}

/** Least recently used out first, at most `limit` answers. */
export class MemoryAnswerCache implements LlmAnswerCache {
  readonly #map = new Map<string, string>();
  constructor(readonly limit = 500) {}

  async get(key: string): Promise<string | undefined> {
    const hit = this.#map.get(key);
    if (hit !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, hit);
    }
    return hit;
  }

  async put(key: string, entry: { answer: string }): Promise<void> {
    this.#map.delete(key);
    this.#map.set(key, entry.answer);
    if (this.#map.size > this.limit) this.#map.delete(this.#map.keys().next().value!);
  }
}
