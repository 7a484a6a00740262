/**
 * Words that make a state's name or adjective name a language, not the state: "Chinese-speaking",
 * "Russian-language", "nói tiếng Trung Quốc", "en español", "en russe". A group said to speak a
 * language is tied to no state by it (the labels keep the group as the target when the text names no
 * state), and a page "en español" is no Spanish body's. `LANGUAGE_BEFORE` stand right before the
 * name (in es and fr only before an adjective in lower case: "en español", not "en España");
 * `LANGUAGE_AFTER` right after it, with no space ("Chinese-speaking"). Read by language-of.ts.
 */
import { cuesPerLanguage } from '../index.ts';

export const LANGUAGE_BEFORE: Record<string, string[]> = {
  vi: ['tiếng'],
  es: ['en', 'de habla'],
  fr: ['en'],
};

export const LANGUAGE_AFTER: Record<string, string[]> = {
  en: ['-speaking', '-language'],
  de: ['-sprachig\\p{L}*'],
  fr: ['-phones?', 'ophones?'],
};

export const languageBeforeFor = cuesPerLanguage(LANGUAGE_BEFORE);
export const languageAfterFor = cuesPerLanguage(LANGUAGE_AFTER);
