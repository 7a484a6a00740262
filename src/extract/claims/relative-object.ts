/**
 * A relative clause set off by a comma whose relative word is the object or the indirect object of its
 * accusation verb: "Russia, which Washington blames for ...", "la Russie, à laquelle Washington impute ...",
 * "Rusia, a la que Washington atribuye ...", "Россия, которую Вашингтон обвиняет ...", "Russland, dem Washington
 * ... zuschreibt", "Nga, nước mà Washington cáo buộc ...". The party right after the relative word is the
 * clause's own subject, the accuser; the antecedent before the comma is the accused. It is neither the
 * accuser nor, in verb-final order, is the subject taken for an object told before the verb. A relative word
 * that is the subject ("Russia, which denies ...", "la Russie, qui accuse ...") is no such clause: the
 * profile's objectRelatives hold only forms that cannot be one, and a party must follow the word.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Party } from './frame.ts';
import { execAll } from '../lexicons/index.ts';
import { onlyArticle } from './text.ts';

/** Words at most between the relative word and the verb: the subject, auxiliaries, adverbs, and in verb-final order the objects. */
const VERB_GAP = 8;
/** What stands between the antecedent and the comma that opens the clause: at most its abbreviation in brackets. */
const BRACKET = /^\s*(?:\([^()]*\)|（[^（）]*）)?\s*[,，]/u;
/** Punctuation that closes a clause before its verb. */
const CLAUSE_BREAK = /[,.;:!?"“”«»„()，。；：！？]/u;

export interface RelativeObject {
  /** The relative clause's subject, who accuses. */
  subject: Party;
  /** The antecedent, the accused. */
  antecedent: Party;
}

/** The accuser and the accused of `cue` when it is the verb of a relative clause whose relative word is its object. */
export function relativeObject(ctx: ClaimContext, f: ClauseFrame, cp: readonly Party[], cue: Cue): RelativeObject | undefined {
  const { text, lex, ix } = ctx;
  const re = lex.objectRelatives;
  if (!re) return undefined;
  for (let k = cp.length - 1; k > 0; k--) {
    const subject = cp[k]!;
    if (subject.end > cue.start) continue;
    if (ix.count(subject.start, cue.start) > VERB_GAP) return undefined;
    const antecedent = cp[k - 1]!;
    const gap = text.slice(antecedent.end, subject.start);
    const comma = BRACKET.exec(gap);
    if (!comma) continue;
    // The relative word opens the clause right after the comma; only an article stands between it and the subject.
    const rest = gap.slice(comma[0].length);
    const word = execAll(re, rest).find((m) => !rest.slice(0, m.index).trim() && onlyArticle(lex, rest.slice(m.index + m[0].length)));
    if (!word) continue;
    const opensAt = antecedent.end + comma[0].length + word.index + word[0].length;
    // The verb is the clause's own: no clause punctuation and no other verb of stance or speech before it.
    if (CLAUSE_BREAK.test(text.slice(opensAt, cue.start)) || ix.count(opensAt, cue.start) > VERB_GAP) return undefined;
    if (f.cues.some((c) => c !== cue && c.start >= opensAt && c.end <= cue.start && c.cat !== 'hostile' && c.cat !== 'accuseNoun')) return undefined;
    return { subject, antecedent };
  }
  return undefined;
}
