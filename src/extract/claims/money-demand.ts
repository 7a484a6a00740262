/**
 * A demand for money ("demanded a ransom of ...", "verlangte Geld von ...", "exigieron un rescate", "a exigé une
 * rançon", "потребовали выкуп", "yêu cầu trả tiền chuộc", "要求支付赎金"): extortion or a price asked, an act the text
 * tells, not a call on the one asked to pay. A call verb with money (the profile's `moneyDemands`) as its object, in the
 * same clause, makes no calls-for claim. The object stands after the verb, or before it where the verb closes its
 * clause ("... 50 000 Dollar verlangt"), within reach, with no punctuation and no conjunction of a second verb between
 * ("had paid two million dollars and urged its banks to ...": the money is the other verb's). A negation
 * between the two ("urged victims not to pay the ransom") makes the money what the call advises against: that stays a call.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execAll, execFrom } from '../lexicons/index.ts';
import { matches } from './text.ts';

/** Words from the call's verb to the money it demands after it ("demanded a ransom", "exigieron a la empresa un rescate"). */
const OBJECT_AFTER_REACH = 8;
/** Words from the money to a verb closing its clause after it ("50 000 US-Dollar von ... Behörden verlangt"). */
const OBJECT_BEFORE_REACH = 5;
/** Punctuation that closes the call's clause or sets off another phrase. */
const BREAK = /[,.;:!?()，。；：！？（）"“”«»„]/u;

export function moneyDemanded(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, lex, ix } = ctx;
  const re = lex.moneyDemands;
  if (!re) return false;
  const after = execFrom(re, text.slice(cue.end, f.clause.end));
  if (after) {
    const at = cue.end + after.index;
    const between = text.slice(cue.end, at);
    if (ix.count(cue.end, at) <= OBJECT_AFTER_REACH && !BREAK.test(between) && !matches(lex.verbJoin, between) && !matches(lex.negation, between)) return true;
  }
  const lead = text.slice(f.clause.start, cue.start);
  const before = [...execAll(re, lead)].at(-1);
  if (!before) return false;
  const end = f.clause.start + before.index + before[0].length;
  const gap = text.slice(end, cue.start);
  return ix.count(end, cue.start) <= OBJECT_BEFORE_REACH && !BREAK.test(gap) && !matches(lex.verbJoin, gap);
}
