/**
 * The lexicon entity recognition works with: the language's claim profile where there is one, else
 * its entity profile (role words, speech verbs, hostile words), compiled the same way. Claims only
 * ever use the claim profile.
 */
import { LEXICONS, compileCues, lexiconFor, type CompiledLexicon } from '../index.ts';
import type { EntityProfile } from './types.ts';
import { es } from './es.ts';

export type { EntityProfile } from './types.ts';

export const ENTITY_PROFILES: Record<string, EntityProfile> = { es };

const compiled = new Map<string, CompiledLexicon>();

export function entityLexiconFor(lang: string): CompiledLexicon | null {
  const full = lexiconFor(lang);
  if (full) return full;
  const profile = ENTITY_PROFILES[lang];
  if (!profile) return null;
  let c = compiled.get(lang);
  if (!c) {
    const out: Record<string, unknown> = { lang, noWordBoundaries: !!profile.noWordBoundaries };
    // Every category any profile has, absent ones as null (no cue of that kind).
    for (const l of Object.values(LEXICONS)) for (const [k, v] of Object.entries(l)) if (Array.isArray(v)) out[k] ??= null;
    for (const [k, v] of Object.entries(profile)) if (Array.isArray(v)) out[k] = compileCues(v, profile.noWordBoundaries);
    c = out as CompiledLexicon;
    compiled.set(lang, c);
  }
  return c;
}
