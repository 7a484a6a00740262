/** Server Discovery (spec section 4.1): GET /taxii2/. */
import type { FastifyInstance } from 'fastify';
import type { TaxiiContext } from '../context.ts';
import type { DiscoveryResource } from '../types.ts';
import { taxiiRoute } from './shared.ts';

export function discoveryRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  app.get('/', taxiiRoute(), async (request): Promise<DiscoveryResource> => {
    ctx.viewer(request);
    const root = `${request.protocol}://${request.host}${app.prefix}${ctx.apiRootPath()}`;
    const { title, description, contact } = ctx.options;
    return {
      title,
      ...(description ? { description } : {}),
      ...(contact ? { contact } : {}),
      default: root,
      api_roots: [root],
    };
  });
}
