/**
 * An act told with its source after it: "the attacks came from the X group", "die Angriffe gingen von der Gruppe X
 * aus", "les attaques provenaient du groupe X", "атаки исходили от группировки X", "los ataques procedían del grupo
 * X", "các cuộc tấn công xuất phát từ nhóm X", "攻击来自X组织". A threat group named as the source did the act, as
 * an agent after "carried out by" does (rules/done-by.ts reads both). A state named as the source is read by
 * reported speech (rules/reported-act.ts), which weighs where states stand; this marker only names group doers.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execAll } from '../lexicons/index.ts';

/** The markers of origin (profile `actOrigin`) inside the clause's reported words, as cues of a doer. */
export function originMarkers(ctx: ClaimContext, f: ClauseFrame): Cue[] {
  const re = ctx.lex.actOrigin;
  const from = Math.max(f.clause.start, f.contentStart);
  const to = Math.min(f.clause.end, f.contentEnd);
  if (!re || to <= from) return [];
  return execAll(re, ctx.text.slice(from, to)).map((m) => ({ cat: 'doneBy', start: from + m.index, end: from + m.index + m[0].length, text: m[0] }));
}
