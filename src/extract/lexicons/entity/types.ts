import type { CueLexicon } from '../types.ts';

/**
 * The part of a language profile that entity recognition reads (role words, honorifics, speech
 * verbs that mark a speaker, source markers, hostile and threat words for parties and sectors):
 * for a language that has no claim profile yet.
 */
export type EntityProfile = Partial<CueLexicon> & { lang: string };
