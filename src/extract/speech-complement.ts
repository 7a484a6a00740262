/**
 * Where the words a speech verb reports open. With a complementiser ("said that", "a déclaré que", "заявил, что")
 * they open at it; without one ("said the group had ...", "cho biết Trung Quốc ...", "表示，美国 ...") they open
 * right after the verb, unless a place adjunct follows it first ("said in Beijing"): the place is where they spoke.
 */
import { execAll, type CompiledLexicon } from './lexicons/index.ts';

/** Characters after a speech verb read for a place marker opening its first phrase. */
const ADJUNCT_LOOKAHEAD = 24;

/** Does the complement of the speech verb ending at `end` open right after it (no place adjunct first)? */
export function complementOpensAt(text: string, lex: CompiledLexicon, end: number): boolean {
  const after = text.slice(end, end + ADJUNCT_LOOKAHEAD);
  const lead = after.length - after.trimStart().length;
  const re = lex.postingMarkers;
  return !re || !execAll(re, after).some((m) => m.index === lead);
}

/**
 * Do the reported words [from, to) tell the speaker's own side rather than an accused one: a denial ("said Russia had
 * no knowledge of it", "表示，中方从未参与") or a hit told in the passive with its agent ("sagte, Deutschland sei von
 * russischen Hackern angegriffen worden")? A state named in such words may be the official's own.
 */
export function ownSideTold(text: string, lex: CompiledLexicon, from: number, to: number): boolean {
  const words = text.slice(from, to);
  if ([lex.deny, lex.denyQualifier].some((re) => !!re && execAll(re, words).length > 0)) return true;
  return !!lex.passive && !!lex.agentMarkers && execAll(lex.passive, words).length > 0 && execAll(lex.agentMarkers, words).length > 0;
}
