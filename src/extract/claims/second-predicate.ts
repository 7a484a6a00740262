/**
 * A stance verb as the second of two predicates sharing a subject ("The authority published a list of servers and warned
 * operators ...", "Die Behörde veröffentlichte eine Liste ... und warnte ...", "La commission a publié ... et a averti
 * ...", "Las autoridades publicaron ... y advirtieron ...", "Власти опубликовали ... и предупредили ...", "Bộ Quốc phòng
 * công bố ... và cảnh báo ...", "国防部公布了……，并警告……"). A kind noun that opens its sentence (a state body's common noun,
 * a state's authorities) speaks only before a verb of saying or of a stance (parties.ts); its first verb may be another
 * act, and the stance follows a conjunction of the profile's `verbJoin`. The stance verb comes right after the
 * conjunction, or after one of the profile's `predicateOpener` words ("has", "a", "đã", "将"), so that a conjunction
 * opening a clause with its own subject ("... und Reedereien warnten") does not count. Between the noun and the
 * conjunction no punctuation but a comma right before the conjunction (Chinese joins its predicates so: "，并警告").
 */
import { execAfter, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';

/** Tokens between the conjunction and the stance verb: one auxiliary or opener at most. */
const OPENER_TOKENS = 1;

/** Punctuation that ends the first predicate's reach, a comma right before the conjunction aside. */
const CLAUSE_BREAK = /[.;:!?。；：！？]/u;
const COMMA = /[,，、]/u;

/**
 * Does a stance verb of `cats` follow a conjunction of `verbJoin` in `win` (the sentence's rest after the subject,
 * starting at text offset `at`) as the second predicate of that subject?
 */
export function secondPredicateStance(lex: CompiledLexicon, ix: TokenIndex, win: string, at: number, cats: readonly (keyof CompiledLexicon)[]): boolean {
  const join = lex.verbJoin;
  if (!join) return false;
  for (let m = execFrom(join, win); m; m = execAfter(join, win, m)) {
    const before = win.slice(0, m.index);
    if (CLAUSE_BREAK.test(before)) return false;
    if (COMMA.test(before.replace(/[,，、]\s*$/u, ''))) return false;
    const after = m.index + m[0].length;
    const rest = win.slice(after);
    if (stanceAt(lex, rest, cats)) return true;
    // One opener between ("et a averti", "and has warned", "并将警告").
    const opener = lex.predicateOpener ? execFrom(lex.predicateOpener, rest) : null;
    if (opener && /^\s*$/u.test(rest.slice(0, opener.index))) {
      const next = after + opener.index + opener[0].length;
      if (ix.count(at + after, at + next) <= OPENER_TOKENS && stanceAt(lex, win.slice(next), cats)) return true;
    }
  }
  return false;
}

/** A verb of `cats` opens `rest`: nothing but white space before it. */
function stanceAt(lex: CompiledLexicon, rest: string, cats: readonly (keyof CompiledLexicon)[]): boolean {
  for (const cat of cats) {
    const re = lex[cat];
    if (!(re instanceof RegExp)) continue;
    const m = execFrom(re, rest);
    if (m && /^\s*$/u.test(rest.slice(0, m.index))) return true;
  }
  return false;
}
