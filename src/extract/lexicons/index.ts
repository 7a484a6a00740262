/**
 * Claim cue lexicons by language, compiled once into regular expressions. Latin and Cyrillic cues
 * match whole words (Unicode-aware boundaries); Chinese cues match as substrings.
 */
import type { CueLexicon } from './types.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';
import { ru } from './ru.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { es } from './es.ts';

export type { CueLexicon } from './types.ts';

export const LEXICONS: Record<string, CueLexicon> = { en, vi, zh, ru, fr, de, es };

export type CueCategory = Exclude<keyof CueLexicon, 'lang' | 'noWordBoundaries'>;

export type CompiledLexicon = { lang: string; noWordBoundaries: boolean } & Record<CueCategory, RegExp | null>;

const compiled = new Map<string, CompiledLexicon>();

export function compileCues(sources: string[], noWordBoundaries = false): RegExp | null {
  if (!sources.length) return null;
  // Longest first so that alternation prefers "nói thêm" over "nói".
  const alt = [...sources].sort((a, b) => b.length - a.length).join('|');
  const body = noWordBoundaries ? `(?:${alt})` : `(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`;
  return new RegExp(body, 'giu');
}

/**
 * One cue list per language, compiled on first use: `for(lang)` is the list's pattern for that
 * language (Chinese without word boundaries), or null when the language has none.
 */
export function cuesPerLanguage(lists: Readonly<Record<string, string[]>>): (lang: string) => RegExp | null {
  const compiled = new Map<string, RegExp | null>();
  return (lang) => {
    let c = compiled.get(lang);
    if (c === undefined) {
      const list = lists[lang];
      c = list ? compileCues(list, lang === 'zh') : null;
      compiled.set(lang, c);
    }
    return c;
  };
}

export function lexiconFor(lang: string): CompiledLexicon | null {
  const lex = LEXICONS[lang];
  if (!lex) return null;
  let c = compiled.get(lang);
  if (!c) {
    const out = { lang, noWordBoundaries: !!lex.noWordBoundaries } as CompiledLexicon;
    for (const [k, v] of Object.entries(lex)) {
      if (Array.isArray(v)) (out as Record<string, unknown>)[k] = compileCues(v, lex.noWordBoundaries);
    }
    compiled.set(lang, (c = out));
  }
  return c;
}
