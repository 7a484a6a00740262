/**
 * A person introduced as the subject of the sentence right before a personal pronoun is whom the pronoun means,
 * even when someone else spoke earlier: "X of McAfee said ... . Analyst Y of Group-IB examined the samples.
 * According to him, ..." is Y's claim, not X's. The subject is the sentence's first person, opening it within a
 * few words (a role phrase before the name: "Аналитик компании X Y", "Bộ trưởng X"). When the text ties that person
 * to no state or body, the pronoun stands for no claimant rather than for the speaker before.
 */
import type { Sentence } from '../segment.ts';
import type { TokenIndex } from '../tokens.ts';
import type { PersonCandidate } from '../people.ts';
import type { Party } from './frame.ts';

/** Words before the name of the person who opens a sentence as its subject (a role phrase). */
const SUBJECT_OPENING = 6;

/** The person opening, as its subject, the sentence before the pronoun `p` in the same paragraph. */
export function subjectPersonBefore(people: Party[], sentences: Sentence[], ix: TokenIndex, p: Party): PersonCandidate | undefined {
  const si = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  const s = sentences[si];
  const prev = si > 0 ? sentences[si - 1] : undefined;
  if (!s || !prev || prev.title || prev.paragraph !== s.paragraph) return undefined;
  let first: Party | undefined;
  for (const q of people) if (q.start >= prev.start && q.end <= prev.end && (!first || q.start < first.start)) first = q;
  if (!first || ix.count(prev.start, first.start) > SUBJECT_OPENING) return undefined;
  return first.person;
}
