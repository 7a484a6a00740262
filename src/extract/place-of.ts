/**
 * A state named as where someone was, not as a party: the place of a visit, a meeting or a speech
 * ("Speaking at a conference in Singapore, the British minister ...", "En visite à Tokyo, ...",
 * "在访问印度期间"), of an arrest or a trial ("arrested in Thailand", "detenido en Portugal", "在泰国被捕"),
 * of rented servers or of a residence ("servers rented in the Netherlands", "who lives in Canada").
 * The head comes right before the state with a preposition and at most an article between (a verb of
 * visiting takes the place as its object, with none), or, in
 * the languages that put the verb last, right after a state that follows a preposition of place
 * ("in Italien festgenommen"). The heads live in lexicons/entity/place-heads.ts.
 */
import { execAfter, execFrom, type CompiledLexicon } from './lexicons/index.ts';
import { placeHeadsAfterFor, placeHeadsFor, placePrepositionsFor, visitHeadsFor } from './lexicons/entity/place-heads.ts';
import { tokenIndex } from './tokens.ts';
import { onlyArticle } from './claims/text.ts';
import type { Span } from './types.ts';

/** Word tokens looked at before a state for its head: the head itself (up to two words), a preposition and an article. */
const HEAD_REACH = 4;
/** Clause punctuation: a head across it is another clause's. */
const BREAK = /[,;:!?()，；：！？（）。“”"«»„]/u;

/** Is `gap` a preposition of place with at most an article after it, or (after a verb of visiting, `bare`) empty or an article? */
function placeGap(lex: CompiledLexicon, prep: RegExp | null, gap: string, bare: boolean): boolean {
  if (BREAK.test(gap)) return false;
  const t = gap.trim();
  if (bare && onlyArticle(lex, t)) return true;
  const p = prep ? execFrom(prep, t) : null;
  return !!p && p.index === 0 && onlyArticle(lex, t.slice(p[0].length));
}

/** Is the state mention `m` the place of a visit, meeting, speech, arrest, trial, server or residence? */
export function placeOfOther(text: string, lex: CompiledLexicon, m: Span): boolean {
  const heads = placeHeadsFor(lex.lang);
  const prep = placePrepositionsFor(lex.lang);
  const ix = tokenIndex(text, lex.lang);
  const from = ix.before(m.start, HEAD_REACH);
  const before = text.slice(from, m.start);
  for (const [re, bare] of [[heads, false], [visitHeadsFor(lex.lang), true]] as const) {
    if (!re) continue;
    for (let h = execFrom(re, before); h; h = execAfter(re, before, h)) {
      if (placeGap(lex, prep, before.slice(h.index + h[0].length), bare)) return true;
    }
  }
  const after = placeHeadsAfterFor(lex.lang);
  if (after && prep) {
    const from = ix.before(m.start, 2);
    const before = text.slice(from, m.start);
    let marked = false;
    for (let p = execFrom(prep, before); p; p = execAfter(prep, before, p)) {
      if (onlyArticle(lex, before.slice(p.index + p[0].length))) marked = true;
    }
    const h = marked ? execFrom(after, text.slice(m.end, ix.after(m.end, 2))) : null;
    if (h && !text.slice(m.end, m.end + h.index).trim()) return true;
  }
  return false;
}
