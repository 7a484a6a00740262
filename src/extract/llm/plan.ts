/**
 * The chunks of an article with what the rules knew at the start of each (the fallback discourse
 * for its prompt): the speaker of the latest rule claim before it, and the threat group named last
 * before it. CPU work (segmentation): run where extraction runs, in a worker thread for drafts.
 */
import type { Extraction } from '../types.ts';
import type { PlannedChunk } from './ask.ts';
import { chunkText } from './chunks.ts';
import type { LlmConfig } from './config.ts';

export const DEFAULT_CHUNK_TOKENS = 2000;
export const DEFAULT_MAX_CHARS = 400_000;

export function planChunks(text: string, extraction: Pick<Extraction, 'language' | 'claims' | 'intrusion_sets'>, cfg: Pick<LlmConfig, 'chunkTokens' | 'maxChars'>): PlannedChunk[] {
  const chunks = chunkText(text, extraction.language, cfg.chunkTokens ?? DEFAULT_CHUNK_TOKENS, cfg.maxChars ?? DEFAULT_MAX_CHARS);
  const groupMentions = extraction.intrusion_sets
    .flatMap((g) => g.mentions.map((m) => ({ name: g.name, end: m.end })))
    .sort((a, b) => a.end - b.end);
  return chunks.map((c, i) => {
    if (i === 0) return c;
    const claim = [...extraction.claims].filter((x) => x.evidence.end <= c.start).sort((a, b) => a.evidence.end - b.evidence.end).pop();
    const group = groupMentions.filter((m) => m.end <= c.start).pop();
    const speaker = claim?.speaker ?? claim?.claimant;
    const operation = group ? [group.name] : claim?.about.length ? claim.about : undefined;
    return { ...c, before: { ...(speaker ? { speaker } : {}), ...(operation ? { operation } : {}) } };
  });
}
