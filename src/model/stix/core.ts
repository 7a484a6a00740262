/**
 * The shape every STIX 2.1 object shares. Specific types (Indicator, Relationship, ...) live in
 * types.ts; storage and transport only rely on this core, so custom objects and extensions pass
 * through untouched.
 */
export type StixId<T extends string = string> = `${T}--${string}`;
/** RFC 3339 UTC timestamp as STIX writes it, e.g. `2016-05-12T08:17:27.000Z`. */
export type StixTimestamp = string & { readonly __brand?: 'StixTimestamp' };

export interface StixObject {
  type: string;
  id: string;
  spec_version?: string;
  created?: StixTimestamp;
  modified?: StixTimestamp;
  revoked?: boolean;
  created_by_ref?: string;
  object_marking_refs?: string[];
  extensions?: Record<string, unknown>;
  [property: string]: unknown;
}

export interface Bundle {
  type: 'bundle';
  id: StixId<'bundle'>;
  objects: StixObject[];
}
