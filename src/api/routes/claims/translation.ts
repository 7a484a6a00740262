/**
 * Machine translation of a claim's passage (src/translate/passage-translator.ts), only when the
 * operator configured an OpenAI-compatible endpoint: `GET /claims/translation` says whether it is
 * on; `POST /claims/:id/translation` translates the passage of a claim the caller can see.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { Errors } from '../../../errors.ts';
import type { ClaimService } from '../../../claims/claim-service.ts';
import { CLAIM_TYPE } from '../../../model/claim.ts';
import type { PassageTranslator } from '../../../translate/passage-translator.ts';
import { commonErrors, errorSchema } from '../../schemas.ts';

const Params = Type.Object({ id: Type.String({ pattern: `^${CLAIM_TYPE}--[0-9a-fA-F-]{36}$` }) });
const Body = Type.Object({ lang: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$', default: 'en', description: 'Translate into (default en).' })) }, { additionalProperties: false });

const translationAnswer = {
  type: 'object',
  required: ['text', 'lang', 'source_lang', 'machine', 'model', 'cached'],
  properties: {
    text: { type: 'string' }, lang: { type: 'string' }, source_lang: { type: 'string' }, machine: { type: 'boolean' },
    model: { type: 'string' }, cached: { type: 'boolean' },
  },
} as const;

export async function translationRoutes(app: FastifyInstance, { claims, translator }: { claims: ClaimService; translator?: PassageTranslator }): Promise<void> {
  app.get('/claims/translation', {
    schema: {
      tags: ['claims'],
      summary: 'Whether machine translation of passages is available (an OpenAI-compatible endpoint is configured)',
      response: { 200: { type: 'object', required: ['enabled'], properties: { enabled: { type: 'boolean' }, model: { type: 'string' } } }, ...commonErrors },
    },
  }, async () => (translator ? { enabled: true, model: translator.model } : { enabled: false }));

  app.post<{ Params: Static<typeof Params>; Body: Static<typeof Body> | null }>('/claims/:id/translation', {
    schema: {
      tags: ['claims'],
      summary: "A machine translation of a claim's passage (cached); 404 when no endpoint is configured",
      params: Params,
      body: Type.Unsafe<Static<typeof Body> | null>({ ...Body, type: ['object', 'null'] }),
      response: { 200: translationAnswer, ...commonErrors, 404: errorSchema, 413: errorSchema, 502: errorSchema },
    },
  }, async (request) => {
    if (!translator) throw new Errors.STORE_NOT_FOUND('translation: no OpenAI-compatible endpoint is configured (OPSTRACK_LLM_URL, OPSTRACK_LLM_MODEL)');
    if (!request.viewer) throw new Errors.AUTH_REQUIRED();
    const claim = await claims.get(request.viewer, request.params.id);
    return translator.translate(claim.evidence.text, claim.evidence.lang, request.body?.lang ?? 'en');
  });
}
