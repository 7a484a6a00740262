/**
 * A hit told of what the subject leaves unnamed: "the firm did not name the agencies that were
 * breached", "n'a pas nommé les agences qui ont été piratées", "không tiết lộ tên các cơ quan bị
 * xâm nhập", "未透露遭到攻击的机构名称". The negated verb of naming or disclosing (profile `withheldNames`)
 * keeps the victims (or whether there was a hit at all) to itself: the hit after it, in the same
 * stretch of the clause, is no confirmation of the subject's own, nor of anyone's.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execAfter, execAll, execFrom } from '../lexicons/index.ts';
import { whole } from './text.ts';

/** Words between the withheld naming and the hit it leaves unnamed ("did not name the two state agencies that were breached"). */
const WITHHELD_REACH = 10;

export function withheldHit(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.withheldNames;
  if (!re || cue.start <= f.clause.start) return false;
  const before = ctx.text.slice(f.clause.start, cue.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    const end = f.clause.start + m.index + m[0].length;
    if (end > cue.start) continue;
    const gap = ctx.text.slice(end, cue.start);
    // A new clause after a stop or a semicolon ("did not name them; its own network was hit"), or after a word
    // that opens one ("did not name the attackers but confirmed ..."), tells a hit of its own; a relative
    // pronoun ("the agencies which were breached") hangs the hit on what is left unnamed.
    if (/[.;:!?。；：]/u.test(gap) || opensOwnClause(ctx, gap)) continue;
    if (ctx.ix.count(end, cue.start) <= WITHHELD_REACH) return true;
  }
  return false;
}

function opensOwnClause(ctx: ClaimContext, gap: string): boolean {
  const { clauseOpeners, relativePronouns } = ctx.lex;
  if (!clauseOpeners) return false;
  return execAll(clauseOpeners, gap).some((m) => !whole(relativePronouns, m[0]));
}
