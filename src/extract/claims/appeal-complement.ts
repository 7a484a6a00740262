/**
 * The complement of an appeal ("urged Britain to hold Russia accountable", "forderte London auf, Moskau zur
 * Rechenschaft zu ziehen", "призвала Лондон привлечь Москву к ответственности", "敦促英国追究俄罗斯的责任"): the one
 * called on is asked to take the stance, it does not take it, and the stance's object is no speaker either. A stance
 * verb whose subject stands after an appeal verb, in the same clause with no conjunction of a second verb
 * between, belongs to the call; the call itself is the claim. With such a conjunction the second verb is the
 * caller's: its subject is the appeal's.
 */
import type { ClaimContext } from './context.ts';
import type { Cue, Party } from './frame.ts';
import { matches, startsWith } from './text.ts';

/** Words from an appeal's verb to a stance verb of its complement ("urged the British government to hold"). */
const COMPLEMENT_REACH = 8;

/**
 * The appeal whose addressee `subject` is, when `cue` follows within reach in the same clause: `joined` when a
 * conjunction of a second verb stands between ("urged Britain to act and warned Russia": that verb is the caller's).
 */
export function appealAddressing(ctx: ClaimContext, cues: Cue[], subject: Party, cue: Cue): { appeal: Cue; joined: boolean } | undefined {
  const { text, lex, ix } = ctx;
  const appeal = cues.find((c) => c.cat === 'callFor' && c !== cue && c.start < subject.start && c.end <= cue.start && startsWith(lex.appeal, c.text) && ix.count(c.end, cue.start) <= COMPLEMENT_REACH && !/[.;:!?。；：！？"“”«»„]/u.test(text.slice(c.end, cue.start)));
  return appeal ? { appeal, joined: matches(lex.verbJoin, text.slice(subject.end, cue.start)) } : undefined;
}
