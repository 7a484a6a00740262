/**
 * An unknown subject of a responsibility predicate: "it is unclear who was behind the attack", "wer hinter
 * dem Angriff stecke, ist offen", "трудно сказать, кто стоит за атакой", "chưa xác định được quốc gia nào
 * đứng sau". The clause names no actor, so
 * neither the predicate nor the hostile act told in it accuses anyone.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { whole } from '../text.ts';

/** Words an unknown subject may take ("who", "which country", "quốc gia nào"). */
const UNKNOWN_WORDS = 3;

export function unknownActorClause(ctx: ClaimContext, f: ClauseFrame): boolean {
  return f.cc.some((c) => {
    if (c.cat !== 'blame') return false;
    for (let n = 1; n <= UNKNOWN_WORDS; n++) {
      if (whole(ctx.lex.unknownActors, ctx.text.slice(ctx.ix.before(c.start, n), c.start).trim())) return true;
    }
    return false;
  });
}
