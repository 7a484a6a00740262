/** Route options every TAXII route shares: Basic challenge on 401, the media types it can answer with. */
import type { RouteShorthandOptions } from 'fastify';
import type { Representation } from '../media-types.ts';

export function taxiiRoute(offers: Representation[] = ['taxii'], params?: Record<string, number>): RouteShorthandOptions {
  const options: RouteShorthandOptions = { config: { authChallenge: 'basic', taxiiOffers: offers } };
  if (params) {
    options.schema = {
      params: {
        type: 'object',
        required: Object.keys(params),
        properties: Object.fromEntries(Object.entries(params).map(([k, max]) => [k, { type: 'string', minLength: 1, maxLength: max }])),
      },
    };
  }
  return options;
}

export const COLLECTION_PARAM = { collectionId: 100 };
export const OBJECT_PARAMS = { collectionId: 100, objectId: 300 };

export interface CollectionParams {
  collectionId: string;
}
export interface ObjectParams extends CollectionParams {
  objectId: string;
}
