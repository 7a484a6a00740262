/**
 * Optional LLM mode for claims: any OpenAI-compatible `/v1/chat/completions` endpoint (Ollama,
 * vLLM, llama.cpp server) is asked for JSON against a schema. The model proposes; the text
 * decides: every claim must quote a passage found verbatim in the text (its offsets come from
 * where it is found), otherwise it is dropped. Nothing here runs unless `--llm` is given.
 */
import { Errors } from '../errors.ts';
import type { ClaimCandidate, Extraction, Stance } from './types.ts';

export interface LlmConfig {
  /** Base URL (`http://127.0.0.1:11434`, `.../v1`) or the full chat-completions URL. */
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  /** Longest text sent, in characters. */
  maxChars?: number;
}

const STANCES: readonly Stance[] = ['attributes', 'accuses', 'denies', 'confirms', 'warns', 'calls-for'];

export const LLM_CLAIM_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['claims'],
  properties: {
    claims: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['claimant', 'stance', 'quote'],
        properties: {
          claimant: { type: 'string', description: 'ISO 3166-1 alpha-2 code of the state (or its official), else the organisation name' },
          stance: { type: 'string', enum: STANCES },
          target: { type: 'string', description: 'accused or warned party: alpha-2 code or organisation name' },
          about: { type: 'array', items: { type: 'string' }, description: 'threat groups or operations named' },
          quote: { type: 'string', description: 'the exact passage of the text carrying the claim, copied verbatim' },
        },
      },
    },
  },
} as const;

const SYSTEM = [
  'You extract claims about state cyber operations from news text in any language.',
  'A claim: who (claimant) attributes/accuses, denies, confirms, warns or calls for something, against whom (target), about what.',
  'A state or its officials is its ISO 3166-1 alpha-2 code (US, CN, RU...); anyone else is their organisation name.',
  'For each claim copy the passage that carries it EXACTLY as it appears in the text (same characters, same language).',
  'Answer with JSON only, matching the schema.',
].join(' ');

/** The endpoint from the configuration (src/config.ts reads OPSTRACK_LLM_URL, _MODEL, _KEY). */
export function llmConfigOf(config: { llmUrl?: string; llmModel?: string; llmKey?: string }): LlmConfig {
  const { llmUrl: url, llmModel: model, llmKey } = config;
  if (!url || !model) throw new Errors.EXTRACT_LLM('set OPSTRACK_LLM_URL and OPSTRACK_LLM_MODEL to use --llm');
  return { url, model, ...(llmKey ? { apiKey: llmKey } : {}) };
}

export function completionsUrl(base: string): string {
  const u = base.replace(/\/+$/, '');
  if (u.endsWith('/chat/completions')) return u;
  return u.endsWith('/v1') ? `${u}/chat/completions` : `${u}/v1/chat/completions`;
}

/** Claims the model proposes that quote the text verbatim; the others are dropped (counted in `dropped`). */
export async function llmClaims(text: string, x: Pick<Extraction, 'language'>, cfg: LlmConfig): Promise<ClaimCandidate[] & { dropped?: number }> {
  const body = {
    model: cfg.model,
    temperature: 0,
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: text.slice(0, cfg.maxChars ?? 24000) },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'claims', strict: true, schema: LLM_CLAIM_SCHEMA } },
  };
  let res: Response;
  try {
    res = await fetch(completionsUrl(cfg.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(cfg.timeoutMs ?? 120_000),
    });
  } catch (err) {
    throw Object.assign(new Errors.EXTRACT_LLM(`${cfg.url}: ${(err as Error).message}`), { cause: err });
  }
  if (!res.ok) throw new Errors.EXTRACT_LLM(`${cfg.url} answered HTTP ${res.status}`);
  let content: unknown;
  try {
    const json = (await res.json()) as { choices?: Array<{ message?: { content?: string } }> };
    content = JSON.parse(json.choices?.[0]?.message?.content ?? '');
  } catch (err) {
    throw Object.assign(new Errors.EXTRACT_LLM('the answer is not the JSON the schema asks for'), { cause: err });
  }
  const raw = (content as { claims?: unknown })?.claims;
  const out: ClaimCandidate[] & { dropped?: number } = [];
  let dropped = 0;
  for (const item of Array.isArray(raw) ? raw : []) {
    const c = toClaim(text, item);
    if (c) out.push(c);
    else dropped++;
  }
  out.dropped = dropped;
  void x;
  return out;
}

function toClaim(text: string, item: unknown): ClaimCandidate | null {
  if (typeof item !== 'object' || item === null) return null;
  const o = item as Record<string, unknown>;
  const quote = typeof o.quote === 'string' ? o.quote.trim() : '';
  const claimant = typeof o.claimant === 'string' ? o.claimant.trim() : '';
  const stance = o.stance as Stance;
  if (!quote || !claimant || !STANCES.includes(stance)) return null;
  const start = text.indexOf(quote);
  if (start < 0) return null;
  const state = /^[A-Za-z]{2}$/.test(claimant);
  const target = typeof o.target === 'string' && o.target.trim() ? o.target.trim() : undefined;
  return {
    claimant: state ? claimant.toUpperCase() : claimant,
    claimant_kind: state ? 'state' : 'organization',
    stance,
    ...(target ? { target: /^[A-Za-z]{2}$/.test(target) ? target.toUpperCase() : target } : {}),
    about: Array.isArray(o.about) ? o.about.filter((a): a is string => typeof a === 'string') : [],
    evidence: { text: quote, start, end: start + quote.length },
    confidence: 0.5,
    method: 'llm',
  };
}
