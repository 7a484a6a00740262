/**
 * Statement routes of the JSON API: thin handlers over ClaimService's statement reads. The viewer
 * comes from the auth plugin; counts and claims are the viewer's (src/claims/statement-queries.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../../errors.ts';
import type { UserViewer } from '../../../model/viewer.ts';
import type { ClaimService } from '../../../claims/claim-service.ts';
import type { Statement } from '../../../claims/statement-queries.ts';
import { statementOfClaim } from '../../../claims/statement-queries.ts';
import { CLAIM_TYPE } from '../../../model/claim.ts';
import type { SqlDb } from '../../../storage/sql-db.ts';
import { getSchema, listSchema, statementFilterOf, type GetReq, type ListReq } from './schema.ts';

export interface StatementRoutesOptions {
  service: ClaimService;
  db: SqlDb;
}

function viewerOf(request: FastifyRequest): UserViewer {
  const viewer = (request as FastifyRequest & { viewer?: UserViewer | null }).viewer;
  if (!viewer) throw new Errors.AUTH_REQUIRED();
  return viewer;
}

const refsOf = (s: Statement) => [s.claimant_ref, s.party_ref, ...s.subject_refs, ...s.addressee_refs, ...s.claims.map((c) => c.source_ref)];

export async function statementRoutes(app: FastifyInstance, { service, db }: StatementRoutesOptions): Promise<void> {
  async function described(viewer: UserViewer, statements: Statement[]) {
    const names = await service.sentenceNames(viewer, statements.flatMap(refsOf));
    return {
      items: statements.map((s) => ({ ...s, sentence: service.sentence(s, names, s.sources) })),
      names: Object.fromEntries(names.names),
    };
  }

  app.get<ListReq>('/statements', { schema: listSchema }, async (request) => {
    const q = request.query;
    const viewer = viewerOf(request);
    const { statements, total } = await service.statements(viewer, statementFilterOf(q));
    return { ...(await described(viewer, statements)), total };
  });

  app.get<GetReq>('/statements/:id', { schema: getSchema }, async (request) => {
    const viewer = viewerOf(request);
    let { id } = request.params;
    if (id.startsWith(`${CLAIM_TYPE}--`)) {
      // by a claim: only when the caller sees that claim (else the same 404 as an unknown id)
      await service.get(viewer, id).catch(() => { throw new Errors.STORE_NOT_FOUND(id); });
      id = (await statementOfClaim(db, id)) ?? id;
    }
    const { items: [statement], names } = await described(viewer, [await service.statement(viewer, id)]);
    return { statement, names };
  });
}
