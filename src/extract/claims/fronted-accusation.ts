/**
 * An accusation fronted as the object of a denial, its subject after the verb (topicalisation in verb-second and
 * free word order): "Die Vorwürfe wies X zurück", "Die Anschuldigungen gegen Y bestritt X", "Las acusaciones las
 * rechazó X". A noun of accusation can be no denier, so a fronted phrase headed by one is the verb's object even when
 * it opens with an article, and a party inside it (the accused after "gegen", an accuser in the genitive) is none of
 * the verb's subject. The head is the accusation noun of the profile within the phrase's first words; the subject is
 * found after the verb as for any inverted denial (inverted-stance.ts).
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { whole } from './text.ts';

/** Max words before the accusation noun that heads the fronted phrase (an article or demonstrative and an adjective). */
const HEAD_REACH = 2;
/** Max words of the accusation noun itself ("cáo buộc", "những cáo buộc"). */
const NOUN_WORDS = 3;

/**
 * Where the accusation noun heading a phrase fronted before the denial cue ends, if the clause opens with one:
 * accusation cues that start before it are the fronted object's words, no accusation of the clause.
 */
export function frontedAccusation(ctx: ClaimContext, f: ClauseFrame, cue: Cue): number | undefined {
  if (cue.cat !== 'deny') return undefined;
  const { text, lex } = ctx;
  const lead = text.slice(f.clause.start, cue.start);
  const words = [...lead.matchAll(/[^\s,，;:]+([,，;:]?)/gu)].slice(0, HEAD_REACH + NOUN_WORDS);
  for (let k = 0; k <= HEAD_REACH && k < words.length; k++) {
    // Clause punctuation before the head: "Tras las acusaciones, ..." fronts a phrase, not the object.
    if (k > 0 && words[k - 1]![1]) return undefined;
    for (let j = k + 1; j <= Math.min(words.length, k + NOUN_WORDS); j++) {
      const last = words[j - 1]!;
      const noun = lead.slice(words[k]!.index, last.index + last[0].length - last[1]!.length);
      const end = f.clause.start + last.index + last[0].length - last[1]!.length;
      // A party before the noun is a subject and the noun its verb ("X cáo buộc Y"), or the noun is someone's object.
      if (whole(lex.accuseNoun, noun)) return f.parties.some((p) => p.start >= f.clause.start && p.start < end) ? undefined : end;
      if (last[1]) break;
    }
  }
  return undefined;
}
