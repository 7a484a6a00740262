/**
 * An unknown subject of a responsibility predicate: "it is unclear who was behind the attack", "wer hinter
 * dem Angriff stecke, ist offen", "трудно сказать, кто стоит за атакой". The clause names no actor, so
 * neither the predicate nor the hostile act told in it accuses anyone.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { whole } from '../text.ts';

export function unknownActorClause(ctx: ClaimContext, f: ClauseFrame): boolean {
  return f.cc.some((c) => c.cat === 'blame' && whole(ctx.lex.unknownActors, ctx.text.slice(ctx.ix.before(c.start, 1), c.start).trim()));
}
