/**
 * The STIX 2.1 model: object types, identifiers, timestamps, vocabularies and the validator.
 * @module
 */
export * from './types.ts';
export * from './ids.ts';
export * from './timestamps.ts';
export * from './vocab.ts';
export * from './validate.ts';
