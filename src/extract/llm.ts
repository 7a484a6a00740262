/**
 * Optional LLM mode for claims, beside the rules: an OpenAI-compatible chat-completions endpoint
 * (vLLM, llama.cpp server, Ollama's `/v1`) or Ollama's `/api/chat` is asked for JSON against a
 * schema, chunk by chunk with the discourse carried across (llm/ask.ts, llm/plan.ts), with time-outs
 * and retries (llm/client.ts). The model proposes; the text and the knowledge base decide: every
 * claim must quote a passage found verbatim in the text, its names are resolved through the same
 * resolver the rules link with, and it joins the rules' claims unless it repeats one (llm/claims.ts).
 * When the endpoint fails, the claims are the rules' and a warning says so. Nothing here runs
 * unless asked (`extract --llm`, or a draft ingested with extraction "rules + LLM").
 * @example
 * const out = await extractWithLlm(text, extract(text), llmConfigOf(readConfig()), { resolver });
 * out.claims; out.warnings;
 */
import { askChunks, type AskOptions } from './llm/ask.ts';
import { mergeLlmClaims, type LlmClaimStats } from './llm/claims.ts';
import type { LlmConfig } from './llm/config.ts';
import { planChunks } from './llm/plan.ts';
import type { NameResolver } from './llm/resolve.ts';
import type { ClaimCandidate, Extraction } from './types.ts';

export { completionsUrl, llmConfigOf, llmConfigured, type LlmConfig, type LlmSettings } from './llm/config.ts';
export { LLM_CLAIM_SCHEMA, PROMPT_VERSION } from './llm/prompt.ts';
export { MemoryAnswerCache, type LlmAnswerCache } from './llm/cache.ts';

export interface LlmExtraction {
  /** The rules' claims and the model's new ones. */
  claims: ClaimCandidate[];
  warnings: string[];
  stats: LlmClaimStats & { chunks: number; cached: number };
  /** The endpoint failed: some or all of the text was read by the rules only. */
  failed: boolean;
}

/** The rules' extraction of `text` with the model's claims merged in. */
export async function extractWithLlm(
  text: string,
  extraction: Pick<Extraction, 'language' | 'claims' | 'intrusion_sets'>,
  cfg: LlmConfig,
  options: AskOptions & { resolver: NameResolver; published?: string | null },
): Promise<LlmExtraction> {
  const chunks = planChunks(text, extraction, cfg);
  const asked = await askChunks(text, extraction.language, chunks, cfg, options);
  const merged = mergeLlmClaims(text, extraction, asked.answers, options.resolver, { published: options.published });
  return {
    claims: merged.claims,
    warnings: [...asked.warnings, ...merged.warnings],
    stats: { ...merged.stats, chunks: chunks.length, cached: asked.answers.filter((a) => a.cached).length },
    failed: asked.failed,
  };
}
