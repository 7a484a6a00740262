/**
 * What every TAXII route shares: the store, the collection and status repositories, the resolved
 * options, and the checks routes make before calling one Store method (medallion's pattern:
 * collection exists for this caller, caller may read/write it).
 */
import type { FastifyRequest } from 'fastify';
import type {} from '../auth/request-context.ts';
import { Errors } from '../errors.ts';
import type { UserViewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';
import { canRead, canWrite, CollectionRepository, isVisible } from './collections.ts';
import type { FilterLimits } from './filters.ts';
import type { Representation } from './media-types.ts';
import { StatusRepository } from './status-repository.ts';
import type { Collection, ResolvedTaxiiOptions } from './types.ts';

export class TaxiiContext {
  readonly store: Store;
  readonly collections: CollectionRepository;
  readonly statuses: StatusRepository;
  readonly options: ResolvedTaxiiOptions;
  readonly limits: FilterLimits;
  readonly #representations = new WeakMap<FastifyRequest, Representation>();

  constructor(options: ResolvedTaxiiOptions) {
    this.options = options;
    this.store = options.store;
    // Every TAXII request names a collection: found ones are kept (collections.ts, keepFound).
    this.collections = new CollectionRepository(options.db, { keepFound: true });
    this.statuses = new StatusRepository(options.db);
    this.limits = { defaultPageSize: options.defaultPageSize, maxPageSize: options.maxPageSize };
  }

  /** The authenticated caller; the auth plugin's hook has already refused anonymous requests. */
  viewer(request: FastifyRequest): UserViewer {
    if (!request.viewer) throw new Errors.AUTH_REQUIRED();
    return request.viewer;
  }

  /**
   * The collection named in the URL, checked for what the caller wants to do with it.
   * A collection they can neither read nor write is 404, as if it did not exist.
   */
  async collection(request: FastifyRequest, idOrAlias: string, need: 'info' | 'read' | 'write'): Promise<Collection> {
    const viewer = this.viewer(request);
    const collection = await this.collections.find(idOrAlias);
    if (!collection || !isVisible(collection, viewer)) throw new Errors.TAXII_NOT_FOUND(`collection ${idOrAlias}`);
    if (need === 'read' && !canRead(collection, viewer)) throw new Errors.AUTH_FORBIDDEN(`you may not read collection ${idOrAlias}`);
    if (need === 'write' && !canWrite(collection, viewer)) throw new Errors.AUTH_FORBIDDEN(`you may not write to collection ${idOrAlias}`);
    return collection;
  }

  /** The Store's collection scope: the default collection holds everything, so it filters nothing. */
  scope(collection: Collection): string | undefined {
    return collection.isDefault ? undefined : collection.id;
  }

  /** What the request's Accept header chose, set by the plugin's negotiation hook. */
  representation(request: FastifyRequest): Representation {
    return this.#representations.get(request) ?? 'taxii';
  }

  setRepresentation(request: FastifyRequest, representation: Representation): void {
    this.#representations.set(request, representation);
  }

  apiRootPath(): string {
    return `/${this.options.apiRoot}/`;
  }
}
