/**
 * A speech verb coordinated after an earlier verb of its clause, with no subject of its own, is spoken by that verb's
 * subject: "X admitted that its network was breached, and said that ...", "X признала, что ..., и заявила, что ...",
 * "X a reconnu que ... et a affirmé que ...", "X räumte ein, dass ..., und erklärte, ...", "X承认……，并表示……",
 * "X thừa nhận ..., và cho biết ...", "X admitió que ... y afirmó que ...". The party nearest before the second verb
 * belongs to the first verb's words (its object, a possessive, a state that acted), and an earlier sentence's speaker
 * is another party. Not shared: a subject of its own after the conjunction ("..., and Y said", "..., and he said").
 */
import type { Sentence } from '../segment.ts';
import type { ClaimContext } from './context.ts';
import { STANCE_CUES, type Cue, type Party } from './frame.ts';
import { joinBefore } from './verb-join.ts';

/** Words (an auxiliary, an adverb) between the conjunction and the speech verb. */
const JOIN_REACH = 2;

const FIRST_VERBS = new Set<string>(['say', ...STANCE_CUES]);

/**
 * The subject of the verb that the speech verb `c` is coordinated after, by `subjectOf` (the subject of a speech verb),
 * when it stands before that verb; undefined when `c` is not so coordinated.
 */
export function coordinatedSpeaker(ctx: ClaimContext, parties: Party[], cues: Cue[], s: Sentence, c: Cue, subjectOf: (verb: Cue) => Party | undefined): Party | undefined {
  const { text } = ctx;
  const join = joinBefore(ctx, s.start, c.start, JOIN_REACH);
  if (!join || /[.;:!?。；：]/u.test(text.slice(join.end, c.start))) return undefined;
  const joinStart = join.start;
  // "..., and Britain said", "..., and he said": a subject of its own.
  if (parties.some((p) => p.start >= joinStart && p.end <= c.start)) return undefined;
  let first: Cue | undefined;
  for (const o of cues) if (o !== c && o.end <= joinStart && FIRST_VERBS.has(o.cat)) first = o;
  if (!first || /[.;:!?。；：]/u.test(text.slice(first.end, joinStart))) return undefined;
  const subject = subjectOf(first);
  return subject && subject.end <= first.start && subject.start >= s.start ? subject : undefined;
}
