/**
 * Contracts of the TAXII module: the plugin's options and the TAXII 2.1 resources it serves
 * (property names are the specification's, snake_case, and never renamed).
 */
import type { StixObject } from '../model/stix/core.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { Store } from '../storage/store.ts';

export interface TaxiiOptions {
  store: Store;
  /** The handle on the TAXII tables (collections, status): the store's database, given by the composition root. */
  db: SqlDb;
  /** Discovery title. Default `OpsTrack TAXII 2.1`. */
  title?: string;
  description?: string;
  contact?: string;
  /** The one API root's path segment under /taxii2/. Default `opstrack`. */
  apiRoot?: string;
  /** Largest POST body accepted, in bytes; advertised as `max_content_length`. Default 10 MiB. */
  maxContentLength?: number;
  /** Largest page served; a larger `limit` is lowered to it. Default 1000. */
  maxPageSize?: number;
  /** Page size when the client gives no `limit`. Default 100. */
  defaultPageSize?: number;
  /**
   * Byte budget of a Get Objects page (the objects' JSON text): a page of long reports holds fewer
   * objects and `next` carries the rest; one object larger than it comes alone. Default 1 MiB.
   */
  maxPageBytes?: number;
}

export type ResolvedTaxiiOptions = Required<Omit<TaxiiOptions, 'description' | 'contact'>> &
  Pick<TaxiiOptions, 'description' | 'contact'>;

/** A collection as stored, with its per-organisation permissions. */
export interface Collection {
  id: string;
  title: string;
  description?: string;
  alias?: string;
  mediaTypes: string[];
  /** The installation's default collection: holds every object, readable by every authenticated user. */
  isDefault: boolean;
  /** Every authenticated user may read. */
  everyoneRead: boolean;
  /** Every editor or admin may write. */
  everyoneWrite: boolean;
  readOrgs: string[];
  writeOrgs: string[];
  /** The organisation that created it (absent: the installation); reads and writes it without a grant. */
  ownerOrg?: string;
  created: string;
}

export interface NewCollection {
  title: string;
  description?: string;
  alias?: string;
  mediaTypes?: string[];
  everyoneRead?: boolean;
  everyoneWrite?: boolean;
  /** Organisation ids allowed to read (writers may read too). */
  readOrgs?: string[];
  /** Organisation ids whose editors and admins may write. */
  writeOrgs?: string[];
  /** The creating organisation (absent: the installation, e.g. the CLI). */
  ownerOrg?: string;
}

export interface DiscoveryResource {
  title: string;
  description?: string;
  contact?: string;
  default?: string;
  api_roots?: string[];
}

export interface ApiRootResource {
  title: string;
  description?: string;
  versions: string[];
  max_content_length: number;
}

export interface CollectionResource {
  id: string;
  title: string;
  description?: string;
  alias?: string;
  can_read: boolean;
  can_write: boolean;
  media_types?: string[];
}

export interface Envelope {
  more?: boolean;
  next?: string;
  objects?: StixObject[];
}

export interface ManifestRecord {
  id: string;
  date_added: string;
  version: string;
  media_type?: string;
}

export interface StatusDetails {
  id: string;
  version: string;
  message?: string;
}

export interface StatusResource {
  id: string;
  status: 'complete' | 'pending';
  request_timestamp?: string;
  total_count: number;
  success_count: number;
  successes?: StatusDetails[];
  failure_count: number;
  failures?: StatusDetails[];
  pending_count: number;
  pendings?: StatusDetails[];
}

export interface TaxiiErrorMessage {
  title: string;
  description?: string;
  error_id?: string;
  error_code?: string;
  http_status?: string;
  external_details?: string;
  details?: Record<string, unknown>;
}
