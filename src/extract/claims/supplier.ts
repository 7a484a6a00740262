/**
 * The supplier of a means: "spyware supplied by the Israeli firm X", "des outils fournis par l'entreprise israélienne
 * X", "herramientas suministradas por la empresa israelí X". A state inside the phrase that names who supplied the
 * means sold or handed it over; it is not who deployed it (claims/rules/reported-act.ts).
 */
import { execAfter, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import { tokenIndex } from '../tokens.ts';
import type { Span } from '../types.ts';

/** Words at most between a supplier marker and the state in the supplier's description ("by the Israeli firm"). */
const SUPPLIER_REACH = 4;

/** Is the party inside a phrase naming the supplier of a means (profile `supplierMarkers`), no punctuation between? */
export function supplierOfMeans(text: string, lex: CompiledLexicon, p: Span): boolean {
  const re = lex.supplierMarkers;
  if (!re) return false;
  const ix = tokenIndex(text, lex.lang);
  const before = text.slice(ix.before(p.start, SUPPLIER_REACH + 4), p.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    const gap = before.slice(m.index + m[0].length);
    if (!/[,.;:!?()，。；：、（）]/u.test(gap) && ix.count(p.start - gap.length, p.start) <= SUPPLIER_REACH) return true;
  }
  return false;
}
