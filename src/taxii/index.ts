export { taxiiPlugin, TAXII_DEFAULTS } from './plugin.ts';
export { CollectionRepository, canRead, canWrite, toCollectionResource } from './collections.ts';
export { TAXII_MEDIA_TYPE, STIX_MEDIA_TYPE } from './media-types.ts';
export type * from './types.ts';
