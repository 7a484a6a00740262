/**
 * Schema of the search route: one query over names in every language, indicator values, report
 * text and claim passages, with filters; each hit says why it matched.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { TlpLevel } from '../../../model/tlp.ts';
import type { SearchRequest } from '../../../search/search-service.ts';
import { commonErrors, stixObjectSchema, TypesQuery } from '../../schemas.ts';

const DAY = { pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'A day (YYYY-MM-DD) or an RFC 3339 timestamp.' };

export const searchSchema = {
  tags: ['search'],
  summary: 'Search names and aliases (any language), indicators, report text and claim passages',
  description:
    'Every word must match the start of a word (any order); a word of four or more letters that no name starts with also ' +
    'matches the names within one edit of it (two from eight letters). An IP address, domain, URL, e-mail address or hash ' +
    '(refanged or defanged) matches whole. `hits` says for each item which field matched (name, alias, observable, ' +
    'description, text, passage), shows the alias or the sentence, its language, and any spelling correction used.',
  querystring: Type.Object(
    {
      q: Type.String({ minLength: 1, maxLength: 500 }),
      type: Type.Optional(TypesQuery),
      tlp: Type.Optional(Type.Array(Type.Union(['clear', 'green', 'amber', 'amber+strict', 'red'].map((l) => Type.Literal(l))), {
        maxItems: 5, description: "TLP levels; repeat for several. 'clear' includes unmarked objects.",
      })),
      lang: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'Language of the matched text (BCP 47; `zh` takes `zh-Hant` too).' })),
      since: Type.Optional(Type.String({ ...DAY, description: `Hits dated on or after this day: a report's publication, a claim's statement date, else the version's date. ${DAY.description}` })),
      until: Type.Optional(Type.String({ ...DAY, description: `Hits dated on or before this day. ${DAY.description}` })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: {
      type: 'object',
      required: ['items', 'hits'],
      properties: {
        items: { type: 'array', items: stixObjectSchema },
        hits: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'field', 'text', 'corrections'],
            properties: {
              id: { type: 'string' },
              field: { type: 'string', enum: ['name', 'alias', 'observable', 'description', 'text', 'passage'] },
              text: { type: 'string' },
              lang: { type: 'string' },
              date: { type: 'string' },
              tlp: { type: 'string' },
              corrections: { type: 'array', items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } },
            },
          },
        },
      },
    },
    ...commonErrors,
  },
} as const;

export interface SearchReq {
  Querystring: Static<typeof searchSchema.querystring>;
}

/** The search the query string asks for (GET /search and the search exports). */
export function searchRequestOf({ q, type, tlp, lang, since, until, limit }: SearchReq['Querystring']): SearchRequest {
  return { q, types: type, tlp: tlp as TlpLevel[] | undefined, lang, since, until, limit };
}
