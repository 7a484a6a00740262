/**
 * A name the text takes up with a kind noun: "Velmora published details. The company attributed the attack to ...",
 * "Velmora hat Details veröffentlicht. Demnach hat das Unternehmen ...". A lone capitalised word that opens its sentence
 * proves nothing by its capital (and in German every noun has one); when it is the subject there (a verb follows it)
 * and a definite company noun of the profile ("the company", "das Unternehmen", "la empresa") comes within the next
 * sentences, that noun points back to it, and the word is an organisation's name (claims/company-ref.ts resolves the noun).
 */
import type { CompiledLexicon } from './lexicons/index.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { execAfter, execFrom } from './lexicons/index.ts';
import { tokenIndex } from './tokens.ts';

/** Sentences after the name's own within which the company noun may take it up. */
const KIND_NOUN_REACH = 2;
/** Words after the kind noun within which a marker of its own complement ("of", "des", "de la") makes it no reference. */
const COMPLEMENT_TOKENS = 1;

/**
 * Is the word ending at `end` in sentence `si` (its subject: `rest`, the text after it, opens with a lower-case word that
 * attaches no complement, a verb where the word is a subject) taken up by a company noun of the profile in the next KIND_NOUN_REACH
 * sentences, and no word of a longer name in `named`? A company noun with a complement of its own ("the organisation of the summit", "die
 * Organisation des Gipfels", "l'organisation du sommet") names something else and does not count.
 */
export function takenUpByKindNoun(lex: CompiledLexicon | null, text: string, sentences: readonly Sentence[], si: number, end: number, nameLength: number, rest: string, named: readonly Span[]): boolean {
  const refs = lex?.companyRefs;
  const verb = /^[ \t]+(\p{Ll}+)(?![\p{L}\p{N}])/u.exec(rest)?.[1];
  if (!lex || !refs || !verb || attachingWord(lex, verb) || inLongerName(text, named, text.slice(end - nameLength, end))) return false;
  const next = sentences[si + 1];
  const last = sentences[Math.min(sentences.length - 1, si + KIND_NOUN_REACH)];
  if (!next || !last) return false;
  // In the word's own sentence a company noun is another argument of its verb ("Ihre Systeme seien ..., teilte das Unternehmen mit").
  const from = next.start;
  const span = text.slice(from, last.end);
  const ix = tokenIndex(text, lex.lang);
  for (let m = execFrom(refs, span); m; m = execAfter(refs, span, m)) {
    const after = from + m.index + m[0].length;
    const words = text.slice(after, ix.after(after, COMPLEMENT_TOKENS + 1));
    if (!ownComplement(lex, words)) return true;
  }
  return false;
}

/**
 * Is `word` one word of a longer name among `named` (spans of names read so far: "Orsolan Resorts", "Las Vegas Sands")?
 * Alone it is then that name shortened (claims/short-mention.ts), no name of its own.
 */
function inLongerName(text: string, named: readonly Span[], word: string): boolean {
  return named.some((k) => {
    const words = text.slice(k.start, k.end).split(/[ \t]+/u);
    return words.length > 1 && words.includes(word);
  });
}

/**
 * Is `word` one of the profile's markers that attach a complement or open a noun phrase ("de", "of", "la")? Then the
 * capitalised word before it heads a phrase ("Synthèse de la menace"), no subject before its verb.
 */
function attachingWord(lex: CompiledLexicon, word: string): boolean {
  for (const re of [lex.possessive, lex.bodyOf, lex.articles, lex.closedClass]) {
    const m = re ? execFrom(re, word) : null;
    if (m && m.index === 0 && m[0].length === word.length) return true;
  }
  return false;
}

/** Does `next` (the words right after a company noun) open with a word of the profile for its own complement ("of", "des")? */
function ownComplement(lex: CompiledLexicon, next: string): boolean {
  const t = next.replace(/^[ \t]+/u, '').toLowerCase();
  const m = lex.companyRefComplements ? execFrom(lex.companyRefComplements, t) : null;
  return !!m && m.index === 0;
}
