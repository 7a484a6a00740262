/**
 * A shortened later mention of a multi-word organisation name (or a one-word name written again): "Velmora Resorts ... Velmora itself played the incident
 * down. Later the company confirmed ..." names Velmora Resorts again with one of its own words, which keeps the
 * organisation in reach of a company noun that follows however far back its full name stood.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { Party } from './frame.ts';
import { ORG_NAME_GENERIC, ORG_NAME_WORDS } from '../lexicons/entity/company-names.ts';
import { wordTokens } from '../tokens.ts';

/** Words that name a kind of body or a legal form ("Systems", "Group", "GmbH"): no short form of a name on their own. */
const KIND_WORDS = new Set([...ORG_NAME_WORDS, ...ORG_NAME_GENERIC]);
/** A word that can stand for the name alone: a capitalised proper word of at least four letters. */
const PROPER_WORD = /^\p{Lu}[\p{L}\d]{3,}$/u;
/** Only spaces between two words: they belong to one run of capitalised words. */
const SAME_RUN = /^[ \t]+$/u;

/**
 * The words of a multi-word name that may stand for it alone ("Velmora" and "Resorts" of "Velmora Resorts", not "Group");
 * a one-word name is its own form: written again where the name rules read no name ("das Team von Velmora" in German,
 * where a capital proves nothing), it names the organisation again all the same.
 */
function shortForms(name: string): string[] {
  const words = name.split(/\s+/u);
  return words.filter((w) => PROPER_WORD.test(w) && !KIND_WORDS.has(w));
}

/**
 * The start of the last mention of one word of `q`'s name, alone, in text[from, to): no capitalised word
 * right before or after it in the same run ("Velmora Gateway" is another name) and inside none of the `known`
 * parties' mentions. Undefined when there is none.
 */
export function shortMentionAt(lex: CompiledLexicon, text: string, known: readonly Party[], q: Party, from: number, to: number): number | undefined {
  const forms = q.value ? shortForms(q.value) : [];
  if (!forms.length || to <= from) return undefined;
  const tokens = wordTokens(text.slice(from, to), lex.lang, from);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!forms.includes(t.word)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const joined = (a: { end: number } | undefined, b: { start: number; word: string } | undefined, w: string | undefined) =>
      !!a && !!b && !!w && /^\p{Lu}/u.test(w) && SAME_RUN.test(text.slice(a.end, b.start));
    if (joined(prev, t, prev?.word) || joined(t, next, next?.word)) continue;
    if (/^[-‐]/u.test(text.slice(t.end, t.end + 1))) continue;
    if (known.some((k) => k.start < t.end && t.start < k.end)) continue;
    return t.start;
  }
  return undefined;
}
