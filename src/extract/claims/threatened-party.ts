/**
 * A party threatened with a consequence (profile `threatensParty`): "threatened X with sanctions", "menace X de
 * représailles", "amenazó a X con sanciones", "đe dọa trừng phạt X", "威胁对X实施制裁". The cue is a warning whose
 * target is the party threatened; the sanction or reprisal it names is threatened, not imposed, so an accusation
 * cue inside it accuses no one, and the threat noun it opens is a verb, not a threat the state before it poses.
 */
import type { ClaimContext } from './context.ts';
import type { Cue } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';
import { whole } from './text.ts';

/** Is this accusation cue ("sanctions", "trừng phạt", "制裁") the consequence of a threat made to a party in the clause's cues? */
export function threatenedAct(ctx: ClaimContext, cues: readonly Cue[], cue: Cue): boolean {
  return cues.some((w) => w.cat === 'warn' && w.start <= cue.start && cue.end <= w.end && w.end - w.start > cue.end - cue.start && whole(ctx.lex.threatensParty, w.text));
}

/** Does a threat of a party with a consequence start at `at` (the threat noun read as its verb: "la Chine menace X de ...")? */
export function threatensPartyAt(ctx: Pick<ClaimContext, 'text' | 'lex'>, at: number, end: number): boolean {
  const re = ctx.lex.threatensParty;
  if (!re) return false;
  const m = execFrom(re, ctx.text.slice(at, end));
  return !!m && m.index === 0;
}
