/**
 * A state's name or adjective that names a language ("Chinese-speaking actors", "nhóm nói tiếng Trung
 * Quốc", "WeLiveSecurity en español"): no mention of the state as a party. The marker words live in
 * lexicons/entity/language-names.ts. Distances count tokens: the marker is the word right before the
 * name (only spaces between), or the suffix joined to it.
 */
import { execFrom } from './lexicons/index.ts';
import { languageAfterFor, languageBeforeFor } from './lexicons/entity/language-names.ts';
import { tokenIndex } from './tokens.ts';
import type { Span } from './types.ts';

/** Languages whose language names are lower-case adjectives after the marker ("en español"); elsewhere the name keeps its capital ("tiếng Nga"). */
const LOWER_CASE_NAMES = new Set(['es', 'fr']);

export function namesLanguage(text: string, lang: string, m: Span): boolean {
  const after = languageAfterFor(lang);
  if (after) {
    const x = execFrom(after, text.slice(m.end, m.end + 24));
    if (x && x.index === 0) return true;
  }
  const before = languageBeforeFor(lang);
  if (!before) return false;
  if (LOWER_CASE_NAMES.has(lang) && !/^\p{Ll}/u.test(text.slice(m.start, m.end))) return false;
  const from = tokenIndex(text, lang).before(m.start, 2);
  const gap = text.slice(from, m.start);
  for (let x = execFrom(before, gap); x; x = execFrom(before, gap, x.index + 1)) {
    if (!gap.slice(x.index + x[0].length).trim() && /\s$/u.test(gap)) return true;
  }
  return false;
}
