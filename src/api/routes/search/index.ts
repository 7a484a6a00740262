/**
 * GET /api/search: the search service (src/search) over HTTP, as the caller may see.
 */
import type { FastifyInstance } from 'fastify';
import { Errors } from '../../../errors.ts';
import type { SearchService } from '../../../search/search-service.ts';
import { searchRequestOf, searchSchema, type SearchReq } from './schema.ts';

export interface SearchRoutesOptions {
  search: SearchService;
}

export async function searchRoutes(app: FastifyInstance, { search }: SearchRoutesOptions): Promise<void> {
  app.get<SearchReq>('/search', { schema: searchSchema }, async (request) => {
    if (!request.viewer) throw new Errors.AUTH_REQUIRED();
    const hits = await search.search(request.viewer, searchRequestOf(request.query));
    return {
      items: hits.map((h) => h.object),
      hits: hits.map((h) => ({
        id: h.object.id, field: h.match.field, text: h.match.text, corrections: h.match.corrections,
        ...(h.match.lang ? { lang: h.match.lang } : {}), ...(h.date ? { date: h.date } : {}), ...(h.tlp ? { tlp: h.tlp } : {}),
      })),
    };
  });
}
