/**
 * A relative clause whose subject is its antecedent, set off by a comma after a party that stands in
 * the object of an earlier verb: "Iran rejected the accusations of the agency, which attributed the
 * intrusion to X", "Moscou a dénoncé le rapport du gouvernement, qui accuse X", "отверг обвинения
 * правительства, которое приписало X ...". The antecedent makes a claim of its own (it accuses); the
 * clause is read apart from the antecedent on, so that the earlier verb's subject does not take the
 * accusation and the earlier verb does not take the antecedent for its target. "..., which Minsk
 * denied" is no such clause: a party stands between the relative word and the verb (own-clause.ts); nor is
 * a relative clause after the victim of an attack ("a report on the attack on X, which it attributes to Y").
 */
import type { ClaimContext } from './context.ts';
import { STANCE_OR_SAY, type Cue, type Party } from './frame.ts';
import type { Span } from '../types.ts';
import { hasRelativeOpeners, relativeOpenerAtStart } from './relative-opener.ts';

/** Words at most between the relative word and its verb (auxiliaries, adverbs, a time: "has since", "la víspera"). */
const VERB_GAP = 3;
/** The cues whose subject may be a relative word. */
const RELATIVE_SUBJECT_CUES = new Set(['accuse', 'blame', 'warn']);
/** The kinds of party that can be an antecedent making a claim. */
const ANTECEDENT_KINDS = new Set(['country', 'organization', 'person']);

/**
 * Where the relative clause of `cue` starts, counted from its antecedent, when the cue's subject is a
 * relative word after a comma that follows a party in the object of an earlier stance or speech verb.
 */
export function relativeSubjectStart(ctx: ClaimContext, clause: Span, parties: readonly Party[], cues: readonly Cue[], cue: Cue): number | undefined {
  const { text, lex, ix } = ctx;
  if (!RELATIVE_SUBJECT_CUES.has(cue.cat)) return undefined;
  if (!hasRelativeOpeners(lex.lang)) return undefined;
  // The antecedent: the last party before the cue, followed only by an optional bracket (its abbreviation),
  // or itself the abbreviation in one, and the comma.
  let antecedent: Party | undefined;
  for (const p of parties) if (p.start >= clause.start && p.end <= cue.start && (!antecedent || p.start > antecedent.start)) antecedent = p;
  if (!antecedent || !ANTECEDENT_KINDS.has(antecedent.kind)) return undefined;
  const after = text.slice(antecedent.end, cue.start);
  const bracket = /^\s*(?:\([^()]*\)|（[^（）]*）|[)）])?\s*/u.exec(after)![0];
  const opener = relativeOpenerAtStart(lex.lang, after.slice(bracket.length));
  if (!opener) return undefined;
  const verbFrom = antecedent.end + bracket.length + opener[0].length;
  if (/[,.;:!?"“”«»„，。；：]/u.test(text.slice(verbFrom, cue.start)) || ix.count(verbFrom, cue.start) > VERB_GAP) return undefined;
  // The antecedent stands in the object of an earlier verb of the clause, which has a subject of its own.
  const earlier = cues.find((c) => c.start >= clause.start && c.end <= antecedent!.start && (STANCE_OR_SAY.has(c.cat) || c.cat === 'accuseNoun'));
  const earlierSubject = parties.some((p) => p.start >= clause.start && p.end <= antecedent!.start);
  if (!earlier || !earlierSubject) return undefined;
  // "a report on the attack against the university in X, which it attributes to Y": an antecedent in the
  // phrase of a hostile act is its victim, and the relative word may be the act's object.
  if (cues.some((c) => c.cat === 'hostile' && c.start >= earlier.end && c.end <= antecedent!.start)) return undefined;
  return antecedent.start;
}
