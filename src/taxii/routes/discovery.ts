/** Server Discovery (spec section 4.1): GET /taxii2/. The API root is named by its path (relative URL). */
import type { FastifyInstance } from 'fastify';
import type { TaxiiContext } from '../context.ts';
import type { DiscoveryResource } from '../types.ts';
import { taxiiRoute } from './shared.ts';

export function discoveryRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  app.get('/', taxiiRoute(), async (request): Promise<DiscoveryResource> => {
    ctx.viewer(request);
    // Relative to the discovery URL's host (spec section 4.1.1 allows it): never built from the
    // request's Host header, which a client or a proxy chooses.
    const root = `${app.prefix}${ctx.apiRootPath()}`;
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
