/**
 * Machine translation of a claim's passage through the operator's OpenAI-compatible endpoint
 * (OPSTRACK_LLM_URL and OPSTRACK_LLM_MODEL, src/config.ts): configured, the UI shows a translation
 * beside the original, marked as machine translation; unconfigured, nothing is offered. Answers
 * are kept in the database when a store is given (translation-cache.ts: by content hash, target
 * language and model, so a passage is sent once per installation and model) and in memory in front
 * of it (bounded, least recently used out first).
 * @example
 * const t = new PassageTranslator({ url: 'http://127.0.0.1:11434', model: 'qwen2.5' });
 * await t.translate('Trung Quốc bác bỏ cáo buộc', 'vi'); // { text: 'China rejects the accusation', lang: 'en', ... }
 */
import { createHash } from 'node:crypto';
import { Errors } from '../errors.ts';
import { completionsUrl, type LlmConfig } from '../extract/llm.ts';
import type { TranslationStore } from './translation-cache.ts';

export interface MachineTranslation {
  text: string;
  /** The language translated into (BCP 47). */
  lang: string;
  source_lang: string;
  /** Always true: shown as machine translation. */
  machine: true;
  model: string;
  /** Answered from the cache. */
  cached: boolean;
}

const NAMES: Record<string, string> = { en: 'English', fr: 'French', de: 'German', ru: 'Russian', zh: 'Chinese', vi: 'Vietnamese', ja: 'Japanese', ko: 'Korean', ar: 'Arabic', fa: 'Persian', uk: 'Ukrainian' };
/** Longest passage sent, in characters (a claim's passage is a sentence or a paragraph). */
export const MAX_PASSAGE_CHARS = 4000;

export class PassageTranslator {
  readonly #cfg: LlmConfig;
  readonly #cache = new Map<string, Omit<MachineTranslation, 'cached'>>();
  readonly #limit: number;
  readonly #store: TranslationStore | undefined;

  constructor(cfg: LlmConfig, options: { cacheEntries?: number; store?: TranslationStore } = {}) {
    this.#cfg = cfg;
    this.#limit = options.cacheEntries ?? 2000;
    this.#store = options.store;
  }

  get model(): string {
    return this.#cfg.model;
  }

  async translate(text: string, sourceLang: string, targetLang = 'en'): Promise<MachineTranslation> {
    if (text.length > MAX_PASSAGE_CHARS) throw new Errors.INPUT_TOO_LARGE(`text: ${text.length} characters (limit ${MAX_PASSAGE_CHARS} per passage)`, { field: 'text' });
    const key = createHash('sha256').update(`${targetLang}\u0000${sourceLang}\u0000${text}`).digest('hex');
    const hit = this.#cache.get(key);
    if (hit) {
      this.#cache.delete(key);
      this.#cache.set(key, hit); // most recently used last
      return { ...hit, cached: true };
    }
    const stored = { text, sourceLang, targetLang, model: this.#cfg.model };
    const kept = await this.#store?.get(stored);
    const entry = { text: kept?.text ?? (await this.#ask(text, sourceLang, targetLang)), lang: targetLang, source_lang: sourceLang, machine: true as const, model: this.#cfg.model };
    if (!kept) await this.#store?.put(stored, entry.text);
    this.#cache.set(key, entry);
    if (this.#cache.size > this.#limit) this.#cache.delete(this.#cache.keys().next().value!);
    return { ...entry, cached: !!kept };
  }

  async #ask(text: string, sourceLang: string, targetLang: string): Promise<string> {
    const to = NAMES[targetLang] ?? targetLang;
    const from = NAMES[sourceLang] ?? sourceLang;
    let res: Response;
    try {
      res = await fetch(completionsUrl(this.#cfg.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.#cfg.apiKey ? { authorization: `Bearer ${this.#cfg.apiKey}` } : {}) },
        body: JSON.stringify({
          model: this.#cfg.model,
          temperature: 0,
          messages: [
            { role: 'system', content: `Translate the user's text from ${from} into ${to}. Answer with the translation only, nothing else.` },
            { role: 'user', content: text },
          ],
        }),
        signal: AbortSignal.timeout(this.#cfg.timeoutMs ?? 60_000),
      });
    } catch (err) {
      throw new Errors.EXTRACT_LLM(`translation: ${this.#cfg.url}: ${(err as Error).message}`, { cause: err });
    }
    if (!res.ok) throw new Errors.EXTRACT_LLM(`translation: ${this.#cfg.url} answered HTTP ${res.status}`);
    const json = (await res.json().catch(() => undefined)) as { choices?: Array<{ message?: { content?: string } }> } | undefined;
    const out = json?.choices?.[0]?.message?.content?.trim();
    if (!out) throw new Errors.EXTRACT_LLM('translation: the endpoint answered no text');
    return out;
  }
}
