/** Get API Root Information (spec section 4.2): GET {api-root}/. */
import type { FastifyInstance } from 'fastify';
import type { TaxiiContext } from '../context.ts';
import { TAXII_MEDIA_TYPE } from '../media-types.ts';
import type { ApiRootResource } from '../types.ts';
import { taxiiRoute } from './shared.ts';

export function apiRootRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  app.get(ctx.apiRootPath(), taxiiRoute(), async (request): Promise<ApiRootResource> => {
    ctx.viewer(request);
    return {
      title: `${ctx.options.title}: ${ctx.options.apiRoot}`,
      description: 'Collections of STIX 2.1 objects; what each caller sees follows the objects\' TLP markings.',
      versions: [TAXII_MEDIA_TYPE],
      max_content_length: ctx.options.maxContentLength,
    };
  });
}
