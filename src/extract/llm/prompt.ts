/**
 * What the model is asked: the claim schema, the instructions, and the user message of one chunk
 * with the discourse carried from the chunks before it (who was speaking, which operation was under
 * discussion). `PROMPT_VERSION` is part of every cache key: change it whenever the schema, the
 * instructions or the message layout change, so answers to an older prompt are not reused.
 */
import type { Stance } from '../types.ts';

export const PROMPT_VERSION = 'claims-v2.1';

export const STANCES: readonly Stance[] = ['attributes', 'accuses', 'denies', 'confirms', 'warns', 'calls-for'];

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
          claimant: { type: 'string', description: 'the state (its name or ISO 3166-1 alpha-2 code) whose official speaks, else the organisation, as named in the text' },
          stance: { type: 'string', enum: STANCES },
          target: { type: 'string', description: 'the accused or warned party, as named in the text (for a denial: the party that denies being accused)' },
          about: { type: 'array', items: { type: 'string' }, description: 'threat groups or operations the claim is about, as named in the text' },
          quote: { type: 'string', description: 'the exact passage of the text carrying the claim, copied verbatim' },
        },
      },
    },
  },
} as const;

export const SYSTEM = [
  'You extract claims about state cyber operations from news text in any language.',
  'A claim: who (claimant) attributes/accuses, denies, confirms, warns or calls for something, against whom (target), about which threat group or operation.',
  'Name the claimant and target as the text names them (a state, its capital, its ministry, a company); a state\'s officials speak for the state.',
  'A statement that refers back ("this", "these accusations") is about the operation under discussion.',
  'For each claim copy the passage that carries it EXACTLY as it appears in the text (same characters, same language, no translation).',
  'Answer with JSON only, matching the schema: {"claims": [...]}; an empty list when there is no claim.',
].join(' ');

/** What the text before a chunk left open: the latest speaker and the operation under discussion. */
export interface DiscourseContext {
  speaker?: string;
  operation?: string[];
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** The messages for one chunk; `part`/`parts` tell the model it reads an excerpt. */
export function chunkMessages(text: string, context: DiscourseContext, part: number, parts: number): ChatMessage[] {
  const lines: string[] = [];
  if (parts > 1) lines.push(`Part ${part} of ${parts} of one article.`);
  if (context.speaker) lines.push(`Speaking at the end of the previous part: ${context.speaker}.`);
  if (context.operation?.length) lines.push(`Operation under discussion at the end of the previous part: ${context.operation.join(', ')}.`);
  const head = lines.length ? `${lines.join('\n')}\n\nText:\n` : '';
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: `${head}${text}` },
  ];
}
