/**
 * The model asked about every chunk of an article, one after another so the discourse carries
 * over: the speaker of the last claim it found and the operation that claim was about go into the
 * next chunk's prompt (else what the rules saw before that chunk). Answers come from the cache when
 * the same messages were asked before. An answer cut short by the output limit is asked again in
 * two halves (twice at most), else its complete items are kept. When the endpoint fails after its
 * retries, the chunks left are not asked: their claims are the rules' only, and a warning says so.
 * Network and JSON only: no resolver, nothing heavy, so it may run on the event loop.
 */
import { readClaims, type ProposedClaim } from './answer.ts';
import { answerKey, type LlmAnswerCache } from './cache.ts';
import { halveChunk, type TextChunk } from './chunks.ts';
import { askModel } from './client.ts';
import type { LlmConfig } from './config.ts';
import { chunkMessages, PROMPT_VERSION, type DiscourseContext } from './prompt.ts';

export interface ChunkAnswer {
  start: number;
  end: number;
  claims: ProposedClaim[];
  /** Items of the answer dropped as malformed (one reason each). */
  dropped: string[];
  cached: boolean;
}

export interface AskResult {
  answers: ChunkAnswer[];
  /** What the draft tells the reviewer: chunks not read, items dropped, cut-short answers. */
  warnings: string[];
  /** True when the endpoint failed: some or all chunks were not asked. */
  failed: boolean;
}

/** A chunk with what the rules knew at its start (the fallback discourse). */
export interface PlannedChunk extends TextChunk {
  before?: DiscourseContext;
}

export interface AskOptions {
  cache?: LlmAnswerCache;
  /** Told before the first chunk and after each (for a draft's progress and lease). */
  onChunk?: (done: number, total: number) => void | Promise<void>;
  /** No chunk is asked after this time (ms since the epoch): the rest is left to the rules, with a warning. */
  deadline?: number;
}

const MAX_SPLITS = 2;

function contextFor(previous: ChunkAnswer | undefined, before: DiscourseContext | undefined): DiscourseContext {
  const last = previous?.claims[previous.claims.length - 1];
  const operation = last?.about.length ? last.about : before?.operation;
  const speaker = last?.claimant ?? before?.speaker;
  return { ...(speaker ? { speaker } : {}), ...(operation?.length ? { operation } : {}) };
}

export async function askChunks(text: string, lang: string, chunks: readonly PlannedChunk[], cfg: LlmConfig, options: AskOptions = {}): Promise<AskResult> {
  const answers: ChunkAnswer[] = [];
  const warnings: string[] = [];
  const dropped: string[] = [];
  const total = chunks.length;

  async function ask(chunk: TextChunk, context: DiscourseContext, part: number, depth: number): Promise<ChunkAnswer[]> {
    const messages = chunkMessages(chunk.text, context, part, total);
    const key = answerKey(cfg.model, messages);
    const cached = await options.cache?.get(key);
    if (cached !== undefined) {
      const read = readClaims(cached, false);
      return [{ start: chunk.start, end: chunk.end, claims: read.claims, dropped: read.dropped, cached: true }];
    }
    const answer = await askModel(cfg, messages);
    if (answer.truncated && depth < MAX_SPLITS) {
      const halves = halveChunk(chunk, lang);
      if (halves) {
        const out: ChunkAnswer[] = [];
        for (const h of halves) out.push(...(await ask(h, contextFor(out[out.length - 1], context), part, depth + 1)));
        return out;
      }
    }
    let read;
    try {
      read = readClaims(answer.content, answer.truncated);
    } catch (err) {
      warnings.push(`LLM answer for part ${part} of ${total} unusable (${(err as Error).message}); its claims are the rules' only`);
      return [];
    }
    if (answer.truncated) warnings.push(`LLM answer for part ${part} of ${total} was cut short by the model's output limit; ${read.claims.length} complete claim(s) kept`);
    else await options.cache?.put(key, { model: cfg.model, promptVersion: PROMPT_VERSION, answer: answer.content });
    return [{ start: chunk.start, end: chunk.end, claims: read.claims, dropped: read.dropped, cached: false }];
  }

  await options.onChunk?.(0, total);
  for (let i = 0; i < total; i++) {
    const chunk = chunks[i]!;
    if (options.deadline !== undefined && Date.now() > options.deadline) {
      warnings.push(`LLM extraction stopped at its time limit before part ${i + 1} of ${total}; the claims from there on are the rules' only`);
      return { answers, warnings: withDropped(warnings, dropped), failed: true };
    }
    try {
      const got = await ask(chunk, contextFor(answers[answers.length - 1], chunk.before), i + 1, 0);
      answers.push(...got);
      for (const a of got) dropped.push(...a.dropped);
    } catch (err) {
      const rest = total > 1 ? ` from part ${i + 1} of ${total} on` : '';
      warnings.push(`${(err as Error).message}; the claims${rest} are the rules' only`);
      return { answers, warnings: withDropped(warnings, dropped), failed: true };
    }
    await options.onChunk?.(i + 1, total);
  }
  return { answers, warnings: withDropped(warnings, dropped), failed: false };
}

function withDropped(warnings: string[], dropped: string[]): string[] {
  if (!dropped.length) return warnings;
  const shown = dropped.slice(0, 3).join('; ');
  return [...warnings, `${dropped.length} LLM claim(s) dropped as malformed: ${shown}${dropped.length > 3 ? '; ...' : ''}`];
}
