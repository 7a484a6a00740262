/**
 * A chain of possessors in the object of a hostile act: "against the websites of public bodies and strategic
 * sectors of Spain and other members of NATO", "hacking the networks of X, of the German Y and of the US Z",
 * "contra las páginas de instituciones y sectores de ... de la OTAN", "vào máy tính của Hội đồng ... của X". Each
 * possessive marker (profile `possessive`) hangs one more owner on the noun before it; the party that closes the
 * chain owns what is hit, so it stays on the victim side however long the chain grows. A comma may stand only
 * where it lists one more possessor (", of the German Y"); any other punctuation, a cue or an agent marker ends
 * the phrase (checked by the caller).
 */
import type { TokenIndex } from '../tokens.ts';
import { execAfter, execFrom, type CompiledLexicon } from '../lexicons/index.ts';

/** Words at most from the opening of the object (the verb or victim marker) to the party that closes its chain of possessors. */
export const POSSESSOR_CHAIN_REACH = 16;
/** Words at most between the last possessive marker and the party (an adjective of the owner's noun, a short name: "of the German Y"). */
const OWNER_WORDS = 4;

/**
 * Does the party at `end` of the gap [gapStart, end) close a chain of possessors: at most POSSESSOR_CHAIN_REACH words,
 * a possessive marker at most OWNER_WORDS words before the party, and every comma of the gap right before a
 * possessive marker (after an optional coordinator)?
 */
export function closesPossessorChain(text: string, lex: CompiledLexicon, ix: TokenIndex, gapStart: number, end: number): boolean {
  const re = lex.possessive;
  if (!re || ix.count(gapStart, end) > POSSESSOR_CHAIN_REACH) return false;
  const gap = text.slice(gapStart, end);
  if (/[.;:!?()\[\]"«»“”„，。；：、（）]/u.test(gap)) return false;
  let last: RegExpExecArray | null = null;
  for (let m = execFrom(re, gap); m; m = execAfter(re, gap, m)) last = m;
  if (!last || ix.count(gapStart + last.index + last[0].length, end) > OWNER_WORDS) return false;
  // Each comma lists one more possessor: the marker right after it, or after a coordinator.
  for (let c = gap.indexOf(','); c >= 0; c = gap.indexOf(',', c + 1)) {
    const rest = gap.slice(c + 1).trimStart();
    const m = execFrom(re, rest);
    if (!m || (m.index > 0 && !startsWithCoordinator(lex, rest.slice(0, m.index)))) return false;
  }
  return true;
}

/** Is the text a coordinator and nothing else ("and ", "y ", "và ")? */
function startsWithCoordinator(lex: CompiledLexicon, s: string): boolean {
  const re = lex.coordinators;
  if (!re) return false;
  const m = execFrom(re, s);
  return !!m && m.index === 0 && !s.slice(m[0].length).trim();
}
