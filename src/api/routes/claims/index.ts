/**
 * The claim routes of the JSON API: thin handlers over ClaimService (src/claims/claim-service.ts),
 * each with its JSON Schema (schema.ts) so the OpenAPI document lists them. The viewer comes from
 * the auth plugin (`request.viewer`); every read passes it on, so TLP filtering and counting happen
 * in the claim queries. Register with `{ service }`, built by the composition root.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../../errors.ts';
import type { UserViewer } from '../../../model/viewer.ts';
import type { ClaimService } from '../../../claims/claim-service.ts';
import { claimJsonSchema } from '../../../model/claim.ts';
import type { ClaimFilter } from '../../../claims/claim-queries.ts';
import type { ClaimInput } from '../../../claims/build-claim.ts';
import { claimExtensionDefinition, opstrackIdentity } from '../../../claims/extension-definition.ts';
import {
  aboutSchema, bySourceSchema, contestedSchema, createSchema, extensionSchema, getSchema, listSchema, matrixSchema, timelineSchema,
  type AboutReq, type BySourceReq, type CreateReq, type FilterQuery, type GetReq, type ListReq, type MatrixReq, type PageReq,
  type TimelineReq,
} from './schema.ts';

export interface ClaimsRoutesOptions {
  service: ClaimService;
}

function viewerOf(request: FastifyRequest): UserViewer {
  // protected routes never run without one (auth plugin); this guards a misconfigured route
  const viewer = (request as FastifyRequest & { viewer?: UserViewer | null }).viewer;
  if (!viewer) throw new Errors.AUTH_REQUIRED();
  return viewer;
}

function filterOf(q: FilterQuery): ClaimFilter {
  return {
    subject: q.subject, claimant: q.claimant, party: q.party, addressee: q.addressee, source: q.source,
    respondsTo: q.responds_to, stances: q.stance, from: q.from, to: q.to, sector: q.sector, country: q.country,
    limit: q.limit, offset: q.offset,
  };
}

/** The published claim schema (src/claims/claim.schema.json holds the same text). */
const schemaText = `${JSON.stringify(claimJsonSchema(), null, 2)}\n`;

export async function claimsRoutes(app: FastifyInstance, options: ClaimsRoutesOptions): Promise<void> {
  const { service } = options;
  if (!service) throw new Errors.STORE_CONFIG('claimsRoutes needs a claim service');

  app.get<ListReq>('/claims', { schema: listSchema }, async (request) => {
    const { claims, total } = await service.list(viewerOf(request), filterOf(request.query));
    return { items: claims, total };
  });

  app.post<CreateReq>('/claims', { schema: createSchema }, async (request, reply) => {
    const claims = await service.put(viewerOf(request), request.body.claims as unknown as ClaimInput[]);
    return reply.code(201).send({ items: claims });
  });

  app.get<PageReq>('/claims/contested', { schema: contestedSchema }, async (request) => ({
    items: await service.contested(viewerOf(request), request.query),
  }));

  app.get<MatrixReq>('/claims/matrix', { schema: matrixSchema }, async (request) => ({
    cells: await service.matrix(viewerOf(request), request.query),
  }));

  app.get<TimelineReq>('/claims/timeline', { schema: timelineSchema }, async (request) => ({
    points: await service.timeline(viewerOf(request), { ...filterOf(request.query), interval: request.query.interval }),
  }));

  app.get<AboutReq>('/claims/about/:id', { schema: aboutSchema }, async (request) =>
    service.about(viewerOf(request), request.params.id, { from: request.query.from, to: request.query.to }),
  );

  app.get<BySourceReq>('/claims/by-source/:id', { schema: bySourceSchema }, async (request) => {
    const { claims, total } = await service.bySource(viewerOf(request), request.params.id, request.query);
    return { items: claims, total };
  });

  app.get('/claims/extension', { schema: extensionSchema, config: { public: true } }, async () => ({
    type: 'bundle',
    id: 'bundle--5d1e9ab7-0c4b-4c35-b1c8-52f0e7a1c6d3',
    objects: [opstrackIdentity(), claimExtensionDefinition()],
  }));

  app.get('/claims/schema.json', { schema: extensionSchema, config: { public: true } }, async (_request, reply) =>
    reply.type('application/schema+json').send(schemaText),
  );

  app.get<GetReq>('/claims/:id', { schema: getSchema }, async (request) => {
    const viewer = viewerOf(request);
    const claim = await service.get(viewer, request.params.id);
    return request.query.history ? { claim, versions: await service.history(viewer, claim.id) } : { claim };
  });
}
