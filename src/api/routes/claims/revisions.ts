/**
 * Claim revision routes: thin handlers over ClaimRevisions (src/claims/claim-revisions.ts).
 * Writes need role editor (the auth plugin refuses readers first); the owner rule is the store's.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../../errors.ts';
import type { ClaimRevisions, ClaimChanges } from '../../../claims/claim-revisions.ts';
import type { UserViewer } from '../../../model/viewer.ts';
import { historySchema, retractSchema, reviseSchema, type ClaimIdReq, type ReviseReq } from './revisions-schema.ts';

export interface ClaimRevisionRoutesOptions {
  revisions: ClaimRevisions;
}

function viewerOf(request: FastifyRequest): UserViewer {
  if (!request.viewer) throw new Errors.AUTH_REQUIRED();
  return request.viewer;
}

/** The writer's organisation, whose identity authors the version. */
function authorOf(request: FastifyRequest): { orgName: string } {
  const user = (request as FastifyRequest & { user?: { orgName?: string } | null }).user;
  return { orgName: user?.orgName ?? viewerOf(request).orgId };
}

export async function claimRevisionRoutes(app: FastifyInstance, { revisions }: ClaimRevisionRoutesOptions): Promise<void> {
  if (!revisions) throw new Errors.STORE_CONFIG('claimRevisionRoutes needs ClaimRevisions');
  const editor = app.auth.requireRole('editor');

  app.patch<ReviseReq>('/claims/:id', { schema: reviseSchema, onRequest: editor }, async (request) => ({
    claim: await revisions.correct(viewerOf(request), authorOf(request), request.params.id, request.body.changes as ClaimChanges),
  }));

  app.post<ClaimIdReq>('/claims/:id/retract', { schema: retractSchema, onRequest: editor }, async (request) => ({
    claim: await revisions.retract(viewerOf(request), authorOf(request), request.params.id),
  }));

  app.get<ClaimIdReq>('/claims/:id/history', { schema: historySchema }, async (request) => revisions.history(viewerOf(request), request.params.id));
}
