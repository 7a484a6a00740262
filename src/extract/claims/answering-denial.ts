/**
 * A denial told as the reply to the clause before it in its own sentence ("X also accuses Y of Z, which Y
 * rejects", "..., ce que Y rejette", "..., lo que Y niega", "..., что Y отрицает", "此前有报道称……，Y予以否认"):
 * a clause of its own (own-clause.ts) whose denial answers the telling just before it. It denies that telling,
 * not the charge an earlier sentence told, so that a denial of the same party told before in another sentence
 * does not make it a restatement (postprocess.ts, dropRestatements): each answers its own accusation.
 */
import { execAll } from '../lexicons/index.ts';
import type { ClaimContext } from './context.ts';
import type { Cue, CueCategory } from './frame.ts';
import type { Span } from '../types.ts';

/** Cues that tell what a reply can deny: a statement, a report or an accusation. */
const TELLING = new Set<CueCategory>(['say', 'accuse', 'blame', 'pointsTo', 'doneBy']);
/** The cues of a denial. */
const DENIAL = new Set<CueCategory>(['deny', 'denyQualifier']);

/**
 * Is `part`, a clause of its own after the start of sentence clause `whole`, a denial of what the clause before it
 * tells: a statement or accusation verb there, or a reporting word of the profile ("reports said ...").
 */
export function answersClauseBefore(ctx: ClaimContext, part: Span, whole: Span, cues: readonly Cue[]): boolean {
  if (part.start <= whole.start || !cues.some((c) => DENIAL.has(c.cat) && c.start >= part.start && c.end <= part.end)) return false;
  if (cues.some((c) => TELLING.has(c.cat) && c.start >= whole.start && c.end <= part.start)) return true;
  return !!ctx.lex.reportWords && execAll(ctx.lex.reportWords, ctx.text.slice(whole.start, part.start)).length > 0;
}
