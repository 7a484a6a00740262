/**
 * The gap between a subject and its verb, or between an inverted verb and its subject, less the short adverbials of
 * manner or time and the fronted object pronouns of the profile (`gapAdverbials`: "las rechazó de plano el Gobierno",
 * "a démenti formellement le ministère", "中方对此予以否认"). Such a word holds no party and tells no object, so it
 * counts toward no reach between the two; a phrase that holds a party ("en Pekín") is none of them.
 */
import { execAll, type CompiledLexicon } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';

/** Words of the gap [from, to) that belong to an adverbial of the profile. */
export function adverbialWords(text: string, lex: CompiledLexicon, ix: TokenIndex, from: number, to: number): number {
  const re = lex.gapAdverbials;
  if (!re || to <= from) return 0;
  let n = 0;
  for (const m of execAll(re, text.slice(from, to))) n += ix.count(from + m.index, from + m.index + m[0].length);
  return n;
}

/** The gap's text with the adverbials of the profile left out. */
export function withoutAdverbials(lex: CompiledLexicon, gap: string): string {
  const re = lex.gapAdverbials;
  if (!re) return gap;
  let out = '';
  let at = 0;
  for (const m of execAll(re, gap)) {
    out += `${gap.slice(at, m.index)} `;
    at = m.index + m[0].length;
  }
  return out + gap.slice(at);
}
