/**
 * A court's ruling on a suit ("an Israeli court dismissed the petition", "der High Court in London wies das
 * Argument zurück", "un tribunal de Madrid rechazó la demanda", "Tòa án Hàn Quốc bác bỏ đơn kiện"): the court
 * that dismisses or rejects decides a case; it denies no accusation made against its state. A denial verb
 * whose subject is a court noun of the profile (`courts`), with at most the court's seat between them and a
 * few words of time or manner, makes no denial. A state that rejects a court's ruling still denies ("Russia
 * rejected the court's ruling"), and so does a party set off from a court phrase by a comma ("Moscow, citing a
 * court ruling, rejected the claims").
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { execAll } from '../../lexicons/index.ts';

/** Words at most between the court (or its seat) and the verb: a time or manner ("on Sunday", "am Freitag", "ra phán quyết"). */
const RULING_REACH = 5;
/** Words at most between the court noun and the name of its seat ("court in", "Tòa trọng tài thường trực ở", "tribunal de"). */
const SEAT_REACH = 4;

export function courtRuling(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, lex, ix } = ctx;
  const re = lex.courts;
  if (!re) return false;
  const from = Math.max(f.clause.start, ix.before(cue.start, RULING_REACH + SEAT_REACH + 4));
  const before = text.slice(from, cue.start);
  for (const m of execAll(re, before)) {
    const at = from + m.index + m[0].length;
    // The court is the verb's subject: no clause break and no other cue between them.
    if (/[,;:.!?，。；：、]/u.test(text.slice(at, cue.start))) continue;
    if (f.cc.some((c) => c !== cue && c.start >= at && c.end <= cue.start)) continue;
    // Any party between them is the court's seat, named right after it.
    const between = f.cp.filter((p) => p.start >= at && p.end <= cue.start);
    if (between.some((p) => ix.count(at, p.start) > SEAT_REACH)) continue;
    const last = Math.max(at, ...between.map((p) => p.end));
    if (ix.count(last, cue.start) <= RULING_REACH) return true;
  }
  return false;
}
