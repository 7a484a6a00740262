/**
 * Adjectives of likeness ("similar", "similaires", "ähnliche", "аналогичные", "tương tự", "类似") and the
 * noun they qualify: beside a noun of statement ("similar accusations", "des déclarations similaires",
 * "cáo buộc tương tự") another party makes the statement again (rules/echo.ts); beside any other noun
 * ("similar samples", "des courriels similaires") they tell of more of the act told before (parties.ts).
 * Distances count words (tokens.ts).
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import { execFrom } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';
import type { Span } from '../types.ts';
import { markerEndsAt } from './text.ts';

/** Words after an adjective of likeness where its noun may stand ("similar public accusations", "类似的指控"). */
const NOUN_AFTER_REACH = 3;
/** Words before an adjective of likeness that its noun may fill, right before it ("des déclarations similaires", "cáo buộc tương tự"). */
const NOUN_BEFORE_REACH = 3;
/** Clause punctuation: a noun across it is another phrase's. */
const CLAUSE_BREAK = /[,;:.!?，；：。、()（）]/u;

/**
 * A noun of statement (an accusation, an attribution, or the profile's `statementNouns`) beside the
 * adjective at `cue`: after it within a few words of the same phrase, or closing right before it.
 */
export function statementBeside(text: string, lex: CompiledLexicon, ix: TokenIndex, cue: Span): boolean {
  const after = text.slice(cue.end, ix.after(cue.end, NOUN_AFTER_REACH));
  const before = text.slice(ix.before(cue.start, NOUN_BEFORE_REACH), cue.start);
  return [lex.accuseNoun, lex.attributionNouns, lex.statementNouns].some((re) => {
    if (!re) return false;
    const m = execFrom(re, after);
    if (m && !CLAUSE_BREAK.test(after.slice(0, m.index))) return true;
    return markerEndsAt(re, before);
  });
}
