/**
 * Coordination with an organisation: the conjuncts of one subject are parties of one kind. In "Korvath und Amnesty
 * International erklärten", "Korvath y Amnistía Internacional afirmaron", "Korvath và Amnesty International cho biết",
 * "Korvath и Google обвинили", the name the knowledge does not hold is joined by a coordinator of the profile to an
 * organisation the text has already named, and the speech verb that follows that organisation is the verb of both:
 * the name is an organisation too, not a word its capital alone would make suspect (a sentence's first word, a German
 * noun, a Vietnamese syllable). A role word, an honorific or another capitalised word right before the name makes it
 * part of a person's phrase instead (people.ts reads it).
 */
import type { CompiledLexicon } from './lexicons/index.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { execFrom } from './lexicons/index.ts';

/** The last word before a position, captured. */
const WORD_BEFORE = /(\S+)\s*$/u;

/** Does `re` match all of `s`? */
function whole(re: RegExp | null | undefined, s: string): boolean {
  if (!re || !s) return false;
  const m = execFrom(re, s);
  return !!m && m.index === 0 && m[0].length === s.length;
}

/**
 * The organisation of `orgs` that the name ending at `end` of sentence `s` is joined to by a coordinator of the profile
 * ("Korvath und Amnesty International"), when nothing that makes the name a person's stands right before it; else null.
 * `orgs`: lists of organisation spans (the knowledge's, the text's found so far).
 */
export function organisationJoinedAfter(lex: CompiledLexicon | null, s: Sentence, start: number, end: number, ...orgs: readonly (readonly Span[])[]): Span | null {
  if (!lex?.coordinators) return null;
  let k: Span | undefined;
  for (const list of orgs) for (const o of list) if (o.start > end && o.end <= s.end && (!k || o.start < k.start)) k = o;
  if (!k) return null;
  const prev = WORD_BEFORE.exec(s.text.slice(0, start - s.start))?.[1];
  if (prev && (/^\p{Lu}/u.test(prev) || whole(lex.honorifics, prev.toLowerCase()) || whole(lex.roles, prev.toLowerCase()))) return null;
  const gap = s.text.slice(end - s.start, k.start - s.start).trim();
  return whole(lex.coordinators, gap) ? k : null;
}
