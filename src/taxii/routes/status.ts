/** Get Status (spec section 4.3): GET {api-root}/status/{status-id}/. */
import type { FastifyInstance } from 'fastify';
import { Errors } from '../../errors.ts';
import type { TaxiiContext } from '../context.ts';
import type { StatusResource } from '../types.ts';
import { taxiiRoute } from './shared.ts';

export function statusRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  app.get<{ Params: { statusId: string } }>(
    `${ctx.apiRootPath()}status/:statusId/`,
    taxiiRoute(['taxii'], { statusId: 100 }),
    async (request): Promise<StatusResource> => {
      const status = await ctx.statuses.find(ctx.viewer(request), request.params.statusId);
      if (!status) throw new Errors.TAXII_NOT_FOUND(`status ${request.params.statusId}`);
      return status;
    },
  );
}
