/**
 * A subject pronoun opening a relative clause that hangs on the object of the main clause refers to
 * the main clause's subject: "X tracks the activity as Y, which it describes as ...", "X suit
 * l'activité sous le nom Y, qu'elle décrit comme ...", "X отслеживает группировку Y, которую она
 * описывает как ...". The subject is the organisation that opens the sentence; a state or a person
 * there is left to the discourse.
 */
import type { Party } from './frame.ts';
import type { SelfView } from './self-host.ts';
import { endsWithRelativePronoun } from './relative-opener.ts';

/** Words before the subject at the sentence's opening (an article, a possessive, a date word). */
const OPENING_REACH = 2;

/** The party opening the sentence that a pronoun right after a relative pronoun refers to. */
export function relativeSubject(ctx: SelfView, pronoun: Party): Party | undefined {
  if (!ctx.lex.relativePronouns) return undefined;
  const s = ctx.input.sentences.find((x) => x.start <= pronoun.start && pronoun.start < x.end);
  if (!s) return undefined;
  const before = ctx.text.slice(s.start, pronoun.start);
  // the pronoun comes right after the relative pronoun, which a comma opens ("…, which it", "…, qu'elle")
  if (!endsWithRelativePronoun(ctx.lex, before)) return undefined;
  const subject = ctx.known.find((q) => q.start >= s.start && q.end <= pronoun.start);
  if (!subject || subject.kind !== 'organization') return undefined;
  if (ctx.ix.count(s.start, subject.start) > OPENING_REACH || /[.;:!?。；：]/u.test(ctx.text.slice(subject.end, pronoun.start))) return undefined;
  return subject;
}
