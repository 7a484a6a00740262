/**
 * Exports of one report or entity, and claims as CSV, in the caller's view (src/export/): the web
 * UI's export buttons and `opstrack export --report ID` / `opstrack claims --csv` give the same.
 * - GET /export/report/:id            STIX 2.1 bundle: the report and what it references
 * - GET /export/report/:id/misp       the report as a MISP event
 * - GET /export/report/:id/claims.csv the claims read from it
 * - GET /export/report/:id/brief      printable HTML brief
 * - GET /export/entity/:id            STIX 2.1 bundle: the entity and its neighbourhood
 * - GET /export/entity/:id/claims.csv the claims about it, by it and addressed to it
 * - GET /export/entity/:id/brief      printable HTML brief
 * - GET /export/claims.csv            claims matching filters
 * - GET /export/search[/claims.csv|/brief]      what a search finds (GET /search's query and filters)
 * - GET /export/statements[/claims.csv|/brief]  the claims behind statements matching GET /statements'
 *   filters: the matrix page's selection (a cell or all, accusing stances) and the timeline's period
 * A report or entity the caller may not see is 404, as on every read; a selection holds only what
 * the caller may see (src/export/selection-export.ts).
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Errors } from '../../errors.ts';
import type { ClaimService } from '../../claims/claim-service.ts';
import { CLAIM_STANCES } from '../../model/claim.ts';
import type { UserViewer } from '../../model/viewer.ts';
import type { Store } from '../../storage/store.ts';
import { BRIEF_CSP, briefHtml } from '../../export/brief-html.ts';
import { claimsCsv, CLAIM_CSV_COLUMNS } from '../../export/claims-csv.ts';
import { allClaims, entityBundle, entityObjects, reportBundle, reportMispEvent, reportObjects } from '../../export/report-export.ts';
import { searchSelection, selectionBrief, selectionBundle, statementSelection, type Selection } from '../../export/selection-export.ts';
import type { SearchService } from '../../search/search-service.ts';
import { commonErrors, errorSchema, STIX_ID_PATTERN, StixIdParams } from '../schemas.ts';
import { searchRequestOf, searchSchema, type SearchReq } from './search/schema.ts';
import { StatementQuery, statementFilterOf } from './statements/schema.ts';

const tags = ['import-export'];
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const idRef = () => Type.Optional(Type.String({ pattern: STIX_ID_PATTERN }));

const ClaimsCsvQuery = Type.Object(
  {
    subject: idRef(), party: idRef(), addressee: idRef(), source: idRef(),
    from: Type.Optional(Type.String({ pattern: DATE })), to: Type.Optional(Type.String({ pattern: DATE })),
    stance: Type.Optional(Type.Array(Type.Union(CLAIM_STANCES.map((s) => Type.Literal(s))))),
  },
  { additionalProperties: false },
);

const bundleAnswer = { description: 'A STIX 2.1 bundle (application/stix+json;version=2.1).', type: 'object', properties: { type: { const: 'bundle' }, id: { type: 'string' }, objects: { type: 'array' } } };
const csvAnswer = { description: `text/csv; header: ${CLAIM_CSV_COLUMNS.join(',')} (docs/claims.md)` };
const htmlAnswer = { description: 'A printable HTML page (text/html).' };
const errors = { ...commonErrors, 404: errorSchema };
const schema = (summary: string, ok: object, querystring?: object) => ({ tags, summary, params: StixIdParams, ...(querystring ? { querystring } : {}), response: { 200: ok, ...errors } });

type IdReq = { Params: Static<typeof StixIdParams> };

const SelectionQuery = Type.Omit(StatementQuery, ['limit', 'offset'], { additionalProperties: false });
type SelectionReq = { Querystring: Static<typeof SelectionQuery> };
const selectionSchema = (summary: string, ok: object, querystring: object) => ({ tags, summary, querystring, response: { 200: ok, ...commonErrors } });

/** How a selection is written: STIX bundle, claims CSV, brief. */
type SelectionFormat = 'bundle' | 'csv' | 'brief';

function viewerOf(request: FastifyRequest): UserViewer {
  if (!request.viewer) throw new Errors.AUTH_REQUIRED();
  return request.viewer;
}

const fileName = (id: string) => id.replace(/[^a-z0-9-]/gi, '_');

function sendBundle(reply: FastifyReply, value: unknown, name: string) {
  reply.type('application/stix+json;version=2.1').header('content-disposition', `attachment; filename="${name}.json"`);
  return reply.send(JSON.stringify(value));
}

function sendCsv(reply: FastifyReply, text: string, name: string) {
  reply.type('text/csv; charset=utf-8; header=present').header('content-disposition', `attachment; filename="${name}.csv"`);
  return reply.send(text);
}

function sendHtml(reply: FastifyReply, html: string) {
  reply.header('content-security-policy', BRIEF_CSP).type('text/html; charset=utf-8');
  return reply.send(html);
}

async function sendSelection(reply: FastifyReply, format: SelectionFormat, selection: Selection, name: string, store: Store, viewer: UserViewer) {
  if (format === 'bundle') return sendBundle(reply, selectionBundle(selection), `opstrack-${name}`);
  if (format === 'brief') return sendHtml(reply, selectionBrief(selection));
  return sendCsv(reply, await claimsCsv(store, viewer, selection.claims), `claims-${name}`);
}

const FORMATS: Array<[suffix: string, format: SelectionFormat, what: string, ok: object]> = [
  ['', 'bundle', 'as a STIX 2.1 bundle (with what the objects reference, markings, extension definitions, the plain mapping of the claims)', bundleAnswer],
  ['/claims.csv', 'csv', 'its claims as CSV', csvAnswer],
  ['/brief', 'brief', 'as a printable brief: the claims with passages and sources (HTML)', htmlAnswer],
];

export interface ExportRoutesOptions {
  store: Store;
  claims: ClaimService;
  search: SearchService;
}

export async function exportRoutes(app: FastifyInstance, { store, claims, search }: ExportRoutesOptions): Promise<void> {
  for (const [suffix, format, what, ok] of FORMATS) {
    app.get<SearchReq>(`/export/search${suffix}`, { schema: selectionSchema(`What a search finds (GET /search's query and filters), ${what}`, ok, searchSchema.querystring) }, async (request, reply) => {
      const viewer = viewerOf(request);
      const found = await searchSelection(store, search, viewer, searchRequestOf(request.query));
      return sendSelection(reply, format, found, 'search', store, viewer);
    });
    app.get<SelectionReq>(`/export/statements${suffix}`, { schema: selectionSchema(`The claims behind the statements matching GET /statements' filters (the matrix's or timeline's selection), ${what}`, ok, SelectionQuery) }, async (request, reply) => {
      const viewer = viewerOf(request);
      const found = await statementSelection(store, claims, viewer, statementFilterOf(request.query));
      return sendSelection(reply, format, found, 'statements', store, viewer);
    });
  }

  app.get<IdReq>('/export/report/:id', { schema: schema('A report as a STIX 2.1 bundle with what it references (entities, observables, claims and their plain mapping, markings, extension definitions)', bundleAnswer) }, async (request, reply) => {
    const { id } = request.params;
    return sendBundle(reply, await reportBundle(store, claims, viewerOf(request), id), `opstrack-${fileName(id)}`);
  });

  app.get<IdReq>('/export/report/:id/misp', { schema: schema('A report as a MISP event (core format)', { description: 'A MISP event: {"Event": {...}}.', type: 'object', additionalProperties: true }) }, async (request, reply) => {
    const { id } = request.params;
    reply.type('application/json').header('content-disposition', `attachment; filename="misp-${fileName(id)}.json"`);
    return reply.send(JSON.stringify(await reportMispEvent(store, claims, viewerOf(request), id)));
  });

  app.get<IdReq>('/export/report/:id/claims.csv', { schema: schema('The claims read from a report, as CSV', csvAnswer) }, async (request, reply) => {
    const viewer = viewerOf(request);
    const { id } = request.params;
    const { claims: cited } = await reportObjects(store, claims, viewer, id);
    return sendCsv(reply, await claimsCsv(store, viewer, cited), `claims-${fileName(id)}`);
  });

  app.get<IdReq>('/export/report/:id/brief', { schema: schema('A printable brief of a report: its claims with passages and sources (HTML)', htmlAnswer) }, async (request, reply) => {
    const { report, objects, claims: cited } = await reportObjects(store, claims, viewerOf(request), request.params.id);
    return sendHtml(reply, briefHtml({ subject: report, claims: cited.filter((c) => objects.some((o) => o.id === c.id)), objects, now: new Date().toISOString() }));
  });

  app.get<IdReq>('/export/entity/:id', { schema: schema('An entity as a STIX 2.1 bundle with its neighbourhood (relationships and their ends, claims naming it)', bundleAnswer) }, async (request, reply) => {
    const { id } = request.params;
    return sendBundle(reply, await entityBundle(store, claims, viewerOf(request), id), `opstrack-${fileName(id)}`);
  });

  app.get<IdReq>('/export/entity/:id/claims.csv', { schema: schema('The claims about an entity, by it and addressed to it, as CSV', csvAnswer) }, async (request, reply) => {
    const viewer = viewerOf(request);
    const { id } = request.params;
    const { claims: named } = await entityObjects(store, claims, viewer, id);
    return sendCsv(reply, await claimsCsv(store, viewer, named), `claims-${fileName(id)}`);
  });

  app.get<IdReq>('/export/entity/:id/brief', { schema: schema('A printable brief of an entity: the claims naming it with passages and sources (HTML)', htmlAnswer) }, async (request, reply) => {
    const { entity, objects, claims: named } = await entityObjects(store, claims, viewerOf(request), request.params.id);
    return sendHtml(reply, briefHtml({ subject: entity, claims: named.filter((c) => objects.some((o) => o.id === c.id)), objects, now: new Date().toISOString() }));
  });

  app.get<{ Querystring: Static<typeof ClaimsCsvQuery> }>('/export/claims.csv', {
    schema: { tags, summary: 'Claims the caller may see, matching filters, as CSV (columns in docs/claims.md)', querystring: ClaimsCsvQuery, response: { 200: csvAnswer, ...commonErrors } },
  }, async (request, reply) => {
    const viewer = viewerOf(request);
    const q = request.query;
    const found = await allClaims(claims, viewer, { subject: q.subject, party: q.party, addressee: q.addressee, source: q.source, from: q.from, to: q.to, stances: q.stance });
    return sendCsv(reply, await claimsCsv(store, viewer, found), 'opstrack-claims');
  });
}
