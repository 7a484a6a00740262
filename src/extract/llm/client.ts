/**
 * One question to the model over HTTP, in the dialect of the endpoint (config.ts): the JSON schema
 * as OpenAI's `response_format` (vLLM, llama.cpp server, Ollama `/v1`) or Ollama's `format`; each
 * request within a time limit; a failure that may pass (no connection, time-out, HTTP 408, 429,
 * 5xx) retried with exponential back-off (honouring `Retry-After`), any other failure at once. A
 * server that refuses `json_schema` (HTTP 400 naming it) is asked again once with `json_object`.
 * The answer is the message content and whether the model stopped because of its length limit.
 */
import { Errors } from '../../errors.ts';
import { completionsUrl, dialectOf, type LlmConfig } from './config.ts';
import { LLM_CLAIM_SCHEMA, type ChatMessage } from './prompt.ts';

export interface ModelAnswer {
  content: string;
  /** The model stopped at its output limit: the content is cut short. */
  truncated: boolean;
}

/** An endpoint failure; `retryable` when asking again may succeed. */
export class LlmRequestError extends Error {
  constructor(message: string, readonly retryable: boolean, readonly retryAfterMs?: number) {
    super(message);
  }
}

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 30_000;

function requestBody(cfg: LlmConfig, messages: ChatMessage[], schemaMode: 'json_schema' | 'json_object'): unknown {
  if (dialectOf(cfg.url) === 'ollama') {
    // Ollama cuts a prompt longer than its context window (num_ctx, 2048-4096 by default) without a
    // word: the window is sized for the chunk, the instructions and an answer as long as the chunk
    const numCtx = Math.max(4096, 2 * (cfg.chunkTokens ?? 2000) + 1024);
    return { model: cfg.model, messages, stream: false, format: LLM_CLAIM_SCHEMA, options: { temperature: 0, num_ctx: numCtx } };
  }
  const response_format = schemaMode === 'json_schema'
    ? { type: 'json_schema', json_schema: { name: 'claims', strict: true, schema: LLM_CLAIM_SCHEMA } }
    : { type: 'json_object' };
  const withSchema = schemaMode === 'json_schema' ? messages : [
    ...messages.slice(0, 1).map((m) => ({ ...m, content: `${m.content}\nThe JSON schema: ${JSON.stringify(LLM_CLAIM_SCHEMA)}` })),
    ...messages.slice(1),
  ];
  return { model: cfg.model, temperature: 0, stream: false, messages: withSchema, response_format };
}

function retryAfter(res: Response): number | undefined {
  const h = res.headers.get('retry-after');
  if (!h) return undefined;
  const s = Number(h);
  const ms = Number.isFinite(s) ? s * 1000 : Date.parse(h) - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : undefined;
}

/** The content and stop reason of an answer in any of the shapes the servers return. */
export function readAnswer(json: unknown): ModelAnswer {
  const o = json as {
    choices?: Array<{ message?: { content?: unknown }; text?: unknown; finish_reason?: unknown }>;
    message?: { content?: unknown };
    done_reason?: unknown;
    error?: unknown;
  } | null;
  if (o && typeof o === 'object' && o.error !== undefined) {
    const e = o.error as { message?: unknown } | string;
    throw new LlmRequestError(`the endpoint answered an error: ${typeof e === 'string' ? e : String(e?.message ?? JSON.stringify(e))}`, false);
  }
  const choice = o?.choices?.[0];
  const content = choice ? choice.message?.content ?? choice.text : o?.message?.content;
  const stop = choice ? choice.finish_reason : o?.done_reason;
  if (typeof content !== 'string') throw new LlmRequestError('the answer carries no message content (neither choices[0].message.content nor message.content)', false);
  return { content, truncated: stop === 'length' };
}

async function once(cfg: LlmConfig, messages: ChatMessage[], schemaMode: 'json_schema' | 'json_object'): Promise<ModelAnswer> {
  const url = completionsUrl(cfg.url);
  const timeoutMs = cfg.timeoutMs ?? 120_000;
  let res: Response;
  let raw: string;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}) },
      body: JSON.stringify(requestBody(cfg, messages, schemaMode)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    raw = await res.text();
  } catch (err) {
    const e = err as Error;
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = (cause?.code ?? cause?.message ?? e.message).split(url).join(shownUrl(url)).split(cfg.url).join(shownUrl(cfg.url));
    throw new LlmRequestError(timedOut ? `no answer within ${timeoutMs / 1000} s` : `cannot reach ${shownUrl(url)}: ${why}`, true);
  }
  if (!res.ok) {
    const detail = raw.slice(0, 300).replace(/\s+/g, ' ').trim();
    const refusedSchema = res.status === 400 && schemaMode === 'json_schema' && /response_format|json_schema|schema/i.test(detail);
    if (refusedSchema) throw Object.assign(new LlmRequestError(`HTTP 400: ${detail}`, false), { refusedSchema: true });
    throw new LlmRequestError(`HTTP ${res.status}${detail ? `: ${detail}` : ''}`, RETRY_STATUS.has(res.status), retryAfter(res));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new LlmRequestError(`the answer is not JSON (${raw.slice(0, 80).replace(/\s+/g, ' ')}...)`, false);
  }
  return readAnswer(json);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The endpoint as messages name it (they reach drafts' warnings): no credentials, no query. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`.replace(/\/+$/, '');
  } catch {
    return 'the LLM endpoint';
  }
}

/**
 * Asks the model; retries what may pass; throws OPS_ERR_EXTRACT_LLM naming the last failure and
 * the number of attempts.
 */
export async function askModel(cfg: LlmConfig, messages: ChatMessage[]): Promise<ModelAnswer> {
  const retries = cfg.retries ?? 2;
  const base = cfg.retryBaseMs ?? 1000;
  let schemaMode: 'json_schema' | 'json_object' = 'json_schema';
  for (let attempt = 0; ; attempt++) {
    try {
      return await once(cfg, messages, schemaMode);
    } catch (err) {
      if ((err as { refusedSchema?: boolean }).refusedSchema && schemaMode === 'json_schema') {
        schemaMode = 'json_object';
        attempt--;
        continue;
      }
      const e = err instanceof LlmRequestError ? err : new LlmRequestError((err as Error).message, false);
      if (!e.retryable || attempt >= retries) {
        throw new Errors.EXTRACT_LLM(`${shownUrl(cfg.url)}: ${e.message}${attempt ? ` (after ${attempt + 1} attempts)` : ''}`, { cause: e });
      }
      const backoff = base * 2 ** attempt;
      await sleep(e.retryAfterMs ?? backoff + Math.random() * backoff * 0.25);
    }
  }
}
