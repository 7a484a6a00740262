/**
 * Turn letters of an interview or a briefing written without colons ("Q. …" / "R. …", "P. …" / "R. …", "F. …" / "A. …",
 * "В. …" / "О. …", "Q - …"): one capital of the language's profile (`questionLetters`, `answerLetters`) followed by a
 * period or a dash opens a paragraph as a question's or an answer's turn. The letter is no initial of a name and no
 * organisation.
 *
 * Such a letter is a turn label only in a text that asks: some question letter opens a paragraph ending in a question
 * mark, and some answer letter opens another. Elsewhere "A. The first finding …" numbers a list. Where the letter stands
 * before a capitalised surname whose speech verb follows it, or follows its apposition ("R. Smith said …",
 * "R. Smith, a researcher at X, said …"), it is a person's initial.
 */
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { execFrom, type CompiledLexicon } from './lexicons/index.ts';

export type TurnRole = 'question' | 'answer';

export interface TurnLetter extends Span {
  /** The letter as written ("Q", "R"). */
  name: string;
  role: TurnRole;
}

/** A capital, then a period or a spaced dash, then the turn's first word. */
const LETTER = /^(\s*)(\p{Lu})(?:\.[ \t]+|[ \t]+[-–—][ \t]+)(?=\S)/u;
/** A capitalised surname, an apposition set off by commas, and the word after them. */
const SURNAME = /^\p{Lu}\p{L}*(?:[-'’]\p{L}+)*(?:,[^,]*,)?\s+/u;
/** A sentence that ends in a question mark (closing quotes or brackets may follow). */
const QUESTION_END = /[?？][\s"'”’»)）]*$/u;

const cache = new WeakMap<Sentence[], TurnLetter[]>();

/** Every turn letter of the document, in order; none when the document does not ask and answer with them. */
export function turnLetters(sentences: Sentence[], lex: CompiledLexicon | null): TurnLetter[] {
  const cached = cache.get(sentences);
  if (cached) return cached;
  const out = lex?.questionLetters && lex.answerLetters ? find(sentences, lex) : [];
  cache.set(sentences, out);
  return out;
}

/** The turn letter opening this sentence, when it opens its paragraph. */
export function turnLetterOf(sentences: Sentence[], si: number, lex: CompiledLexicon | null): TurnLetter | undefined {
  const s = sentences[si];
  if (!s) return undefined;
  return turnLetters(sentences, lex).find((t) => t.start >= s.start && t.end <= s.end);
}

function find(sentences: Sentence[], lex: CompiledLexicon): TurnLetter[] {
  const out: TurnLetter[] = [];
  let asks = false;
  let answers = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.title || sentences[i - 1]?.paragraph === s.paragraph) continue;
    const m = LETTER.exec(s.text);
    if (!m) continue;
    const role = roleOf(lex, m[2]!);
    if (!role) continue;
    // "R. Smith said …": an initial before a capitalised surname whose sentence speaks.
    if (initial(lex, s.text.slice(m[0].length))) continue;
    const start = s.start + m[1]!.length;
    out.push({ start, end: start + 1, name: m[2]!, role });
    if (role === 'answer') answers = true;
    else if (QUESTION_END.test(lastOfParagraph(sentences, i).text)) asks = true;
  }
  return asks && answers ? out : [];
}

/** "Smith said …", "Smith, a researcher at X, said …": the letter before is the initial of a speaker's name. */
function initial(lex: CompiledLexicon, rest: string): boolean {
  const m = SURNAME.exec(rest);
  if (!m || !lex.say) return false;
  const verb = execFrom(lex.say, rest, m[0].length);
  return !!verb && verb.index === m[0].length;
}

function roleOf(lex: CompiledLexicon, letter: string): TurnRole | undefined {
  if (whole(lex.questionLetters, letter)) return 'question';
  if (whole(lex.answerLetters, letter)) return 'answer';
  return undefined;
}

function whole(re: RegExp | null, s: string): boolean {
  const m = re ? execFrom(re, s) : null;
  return !!m && m.index === 0 && m[0].length === s.length;
}

function lastOfParagraph(sentences: Sentence[], i: number): Sentence {
  let j = i;
  while (sentences[j + 1] && sentences[j + 1]!.paragraph === sentences[i]!.paragraph) j++;
  return sentences[j]!;
}
