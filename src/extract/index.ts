/** Public surface of the extraction engine (pure: text in, candidates out). */
export { extract, type ExtractOptions, type ExtractionWithExtras } from './extract.ts';
export { detectLanguage, CLAIM_LANGUAGES, hasClaimLexicon } from './language.ts';
export { segmentDocument, type Sentence, type SegmentedDocument } from './segment.ts';
export { extractObservables, refang } from './observables.ts';
export type * from './types.ts';
