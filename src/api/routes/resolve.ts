/**
 * GET /api/resolve?q=NAME: which built-in knowledge entities a name stands for, in any language and
 * script ("Trung Quốc", "伏特台风", "Fancy Bear"), best first; the same answer as `opstrack resolve`.
 * The built-in knowledge is public and unmarked (owned by the installation), so the answer depends
 * on no viewer. The claim editors' entity pickers ask it beside the full-text search.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { defaultResolver } from '../../knowledge/index.ts';
import { commonErrors, itemList } from '../schemas.ts';

const ResolveQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 300, description: 'A name in any language or script.' }),
    type: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' }), { maxItems: 20, description: 'Only entities of these STIX types.' })),
  },
  { additionalProperties: false },
);

export const resolveSchema = {
  tags: ['objects'],
  summary: 'Built-in knowledge entities a name stands for (any language), best first',
  querystring: ResolveQuery,
  response: {
    200: itemList({
      type: 'object',
      required: ['id', 'type', 'name', 'matched'],
      properties: {
        id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' }, code: { type: 'string' },
        matched: { type: 'string' }, lang: { type: 'string' }, relation: { type: 'string' },
      },
    }),
    ...commonErrors,
  },
} as const;

export async function resolveRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: Static<typeof ResolveQuery> }>('/resolve', { schema: resolveSchema }, async (request) => {
    const { q, type } = request.query;
    const wanted = type?.length ? new Set(type) : undefined;
    const items = defaultResolver().resolve(q)
      .filter((m) => m.relation !== 'overlap' && (!wanted || wanted.has(m.entity.type)))
      .slice(0, 20)
      .map((m) => ({
        id: m.entity.id, type: m.entity.type, name: m.entity.name, matched: m.matched,
        ...(m.entity.code ? { code: m.entity.code } : {}), ...(m.lang ? { lang: m.lang } : {}),
      }));
    return { items };
  });
}
