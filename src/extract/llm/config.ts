/**
 * The LLM endpoint as the operator configured it (src/config.ts: OPSTRACK_LLM_URL, _MODEL, _KEY,
 * _TIMEOUT, _RETRIES, _CHUNK_TOKENS) and the two request dialects it may speak: OpenAI-compatible
 * chat completions (vLLM, llama.cpp server, Ollama's `/v1`) or Ollama's own `/api/chat`.
 */
import { Errors } from '../../errors.ts';

export interface LlmConfig {
  /** Base URL (`http://127.0.0.1:11434`, `.../v1`), the full chat-completions URL, or Ollama's `.../api/chat`. */
  url: string;
  model: string;
  apiKey?: string;
  /** Time limit of one request, in ms (default 120 s). */
  timeoutMs?: number;
  /** Further attempts after a failed request that may succeed when repeated (default 2). */
  retries?: number;
  /** First back-off pause, doubled on each retry (default 1 s). */
  retryBaseMs?: number;
  /** Longest chunk of text sent in one request, in estimated tokens (default 2000). */
  chunkTokens?: number;
  /** Longest text sent at all, in characters (the rest is left to the rules; default 400 000). */
  maxChars?: number;
}

export type Dialect = 'openai' | 'ollama';

export interface LlmSettings {
  llmUrl?: string;
  llmModel?: string;
  llmKey?: string;
  llmTimeout?: number;
  llmRetries?: number;
  llmChunkTokens?: number;
}

/** Whether an endpoint and a model are configured (the per-draft choice "rules + LLM" is offered only then). */
export function llmConfigured(config: LlmSettings): boolean {
  return Boolean(config.llmUrl && config.llmModel);
}

/** The endpoint from the configuration; throws OPS_ERR_EXTRACT_LLM when it is not configured. */
export function llmConfigOf(config: LlmSettings): LlmConfig {
  const { llmUrl: url, llmModel: model, llmKey } = config;
  if (!url || !model) throw new Errors.EXTRACT_LLM('set OPSTRACK_LLM_URL and OPSTRACK_LLM_MODEL to use --llm');
  return {
    url,
    model,
    ...(llmKey ? { apiKey: llmKey } : {}),
    ...(config.llmTimeout !== undefined ? { timeoutMs: config.llmTimeout * 1000 } : {}),
    ...(config.llmRetries !== undefined ? { retries: config.llmRetries } : {}),
    ...(config.llmChunkTokens !== undefined ? { chunkTokens: config.llmChunkTokens } : {}),
  };
}

/** Ollama's native chat API when the URL names it (`/api/chat`), else OpenAI-compatible. */
export function dialectOf(url: string): Dialect {
  return /\/api\/chat\/?$/.test(url) ? 'ollama' : 'openai';
}

/** The URL requests go to: `/api/chat` as given, else the chat-completions URL under the base. */
export function completionsUrl(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return base;
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (!path.endsWith('/chat/completions') && !path.endsWith('/api/chat')) url.pathname = path.endsWith('/v1') ? `${path}/chat/completions` : `${path}/v1/chat/completions`;
  else url.pathname = path;
  // a query (a gateway's key) stays after the path
  return url.toString();
}

/** The endpoint when one is configured, else undefined (the LLM is then never offered). */
export function optionalLlmConfig(config: LlmSettings): LlmConfig | undefined {
  return llmConfigured(config) ? llmConfigOf(config) : undefined;
}
