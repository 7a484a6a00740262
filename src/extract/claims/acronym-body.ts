/**
 * A state body known by its acronym, with no state spelt beside it ("В ЦИК подтвердили ...", "La CENI a confirmé ...",
 * "El CNE advirtió ..."): the acronym alone is first found as an organisation of no state, which would hide the
 * profile's `stateBodyRefs` entry naming it as a state body. Such an organisation, lying within a `stateBodyRefs`
 * match of the sentence, gives way to the body (parties.ts `sentenceParties`), whose state is then resolved as any
 * state body's (state-body.ts: the state named with it earlier, else the home state, else none). An acronym the
 * profile does not list as a state body (a company's, an international body's) keeps its organisation.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import { execAll } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Party } from './frame.ts';

/** An acronym: capitals (and digits) only, at least two letters ("ЦИК", "CENI", "CNE"). */
const ACRONYM = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;

/** The countryless organisations of the sentence named by an acronym within one of the profile's state-body references. */
export function acronymBodies(text: string, lex: CompiledLexicon, s: Sentence, inS: Party[]): Party[] {
  const re = lex.stateBodyRefs;
  if (!re) return [];
  const cands = inS.filter((p) => p.kind === 'organization' && !p.country && ACRONYM.test(text.slice(p.start, p.end)));
  if (!cands.length) return [];
  const out: Party[] = [];
  for (const m of execAll(re, s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    for (const p of cands) if (p.start >= start && p.end <= end && !out.includes(p)) out.push(p);
  }
  return out;
}
