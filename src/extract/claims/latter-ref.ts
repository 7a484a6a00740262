/**
 * Anaphora by "the latter": "ce dernier", "cette dernière", "Letzterer", "este último", "последний", "người này",
 * "后者" mean the party named last before them (a person, a body, a state), not whoever spoke last: "Le ministre X
 * a accusé ... . Le chercheur Y a étudié les fichiers. Ce dernier affirme que ..." is Y's claim, so Y's body's.
 * The reference reaches back over its own sentence and the one before it, within the paragraph; with no party
 * named there, it stands for no claimant.
 */
import type { Sentence } from '../segment.ts';
import type { Party } from './frame.ts';

/** The party named last before the reference `p`, in its sentence or the one before in the same paragraph. */
export function latterAntecedent(known: Party[], sentences: Sentence[], p: Party): Party | undefined {
  const si = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  if (si < 0) return undefined;
  const s = sentences[si]!;
  const prev = si > 0 ? sentences[si - 1] : undefined;
  const from = prev && !prev.title && prev.paragraph === s.paragraph ? prev.start : s.start;
  let last: Party | undefined;
  for (const q of known) {
    if (q.start >= p.start) break;
    if (q.start >= from && q.end <= p.start && (!last || q.end >= last.end)) last = q;
  }
  return last;
}
