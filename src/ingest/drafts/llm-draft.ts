/**
 * The worker-thread half of a "rules + LLM" draft, after the model was asked (draft-service.ts asks
 * it, chunk by chunk, with the answer cache): the model's claims resolved with the ingesting user's
 * knowledge, checked against the text and merged with the rules' (src/extract/llm/claims.ts), and
 * the review items made again from the merged extraction. Pure: nothing is stored here.
 */
import type { ChunkAnswer } from '../../extract/llm/ask.ts';
import { mergeLlmClaims, type LlmClaimStats } from '../../extract/llm/claims.ts';
import type { Extraction } from '../../extract/types.ts';
import type { DraftItem } from '../../model/draft.ts';
import type { KnowledgeSource } from '../knowledge-resolver.ts';
import { resolverOf } from './build-draft.ts';
import { itemsFromExtraction } from './draft-items.ts';

export interface MergeLlmInput {
  task: 'merge-llm';
  text: string;
  extraction: Extraction;
  answers: ChunkAnswer[];
  knowledge: KnowledgeSource;
  published?: string;
}

export interface MergedLlmDraft {
  extraction: Extraction;
  items: DraftItem[];
  warnings: string[];
  stats: LlmClaimStats;
}

export function mergeLlmDraft(input: MergeLlmInput): MergedLlmDraft {
  const merged = mergeLlmClaims(input.text, input.extraction, input.answers, resolverOf(input.knowledge), { published: input.published });
  const extraction = { ...input.extraction, claims: merged.claims };
  return { extraction, items: itemsFromExtraction(extraction), warnings: merged.warnings, stats: merged.stats };
}
