/**
 * Evidence that points to the accused, in someone's words: "the traces point to China", "les traces mènent à
 * la Chine", "die Spuren deuten auf China hin", "las huellas apuntan a China", "следы указывают на Китай",
 * "线索指向中国", "các dấu vết đều chỉ về Trung Quốc". The accused is the party right after the predicate (a
 * party before it is no subject: the evidence is); the claimant is whoever speaks.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { partyValue, plausibleParty, victimMarked } from '../parties.ts';
import { negatedCue } from '../text.ts';
import { impersonalVoice } from '../impersonal-voice.ts';
import { execAll, execFrom } from '../../lexicons/index.ts';

/** Words between the predicate and the accused (an article, an adjective: "to the Russian", "на российских"). */
const ACCUSED_WORDS = 3;
/** Words between the predicate and a state whose government the pointed-at actor belongs to ("points to an operator
 *  within the Russian government", "apuntan a una célula dentro del gobierno ruso"). */
const GOVERNMENT_WORDS = 6;

export function pointsToRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const cue = f.cc.find((c) => c.cat === 'pointsTo');
  const speaker = impersonalVoice(ctx, f);
  if (!cue || !speaker || f.silent || f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes')) return;
  // "the evidence did not point to Russia": a negated pointer points to no one.
  if (negatedCue(text, lex, cue)) return;
  const accused = f.cp.find((p) => p.start >= cue.end && p !== f.speakerParty && plausibleParty(lex, p) && !!partyValue(p) && partyValue(p) !== speaker.value && !victimMarked(text, lex, p, cue.end));
  if (!accused || /[,;:.!?，。；：]/u.test(text.slice(cue.end, accused.start))) return;
  const n = ix.count(cue.end, accused.start);
  if (n > ACCUSED_WORDS && !(n <= GOVERNMENT_WORDS && ofGovernment(ctx, cue.end, accused))) return;
  ctx.emit(f, speaker, 'attributes', partyValue(accused)!, 0.6, 'cue');
}

/**
 * Whether the state stands beside a government noun (the profile's `governmentNouns`) that closes the words after the
 * predicate: the actor pointed at is of that state's government ("an operator within the Russian government", "una
 * célula dentro del gobierno ruso", "a unit of the government of Xland").
 */
function ofGovernment(ctx: ClaimContext, from: number, p: { start: number; end: number }): boolean {
  const re = ctx.lex.governmentNouns;
  if (!re) return false;
  // The noun right after the state ("the Russian government").
  const after = execFrom(re, ctx.text.slice(p.end, ctx.ix.after(p.end, 2)));
  if (after && /^\s*$/u.test(ctx.text.slice(p.end, p.end + after.index))) return true;
  // The noun before it, at most a preposition between ("del gobierno ruso", "the government of Russia").
  const gap = ctx.text.slice(from, p.start);
  return execAll(re, gap).some((m) => ctx.ix.count(from + m.index + m[0].length, p.start) <= 1);
}
