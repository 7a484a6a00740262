/**
 * A speaker telling of a hostile actor's readiness or preparation to do harm ("the FBI director said
 * Chinese hackers were preparing to cause real damage", "заявил, что китайские хакеры готовятся нанести
 * ущерб", "cho biết tin tặc Trung Quốc sẵn sàng tàn phá", "称中国黑客准备在适当时机造成破坏") warns of
 * the threat from that actor, besides whatever the same words attribute. The actor stands before the
 * phrase of intent in the speaker's words: a state beside an actor noun ("Chinese hackers", "tin tặc của
 * Trung Quốc"), else a threat group (warned of through its state, else by its name). With no speaker,
 * or no actor, or the speaker's own side as the actor ("we are ready to respond"), no warning.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Party } from '../frame.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';
import { matches } from '../text.ts';
import { partyState } from '../parties.ts';

/** Words (Vietnamese syllables count one each) on either side of a state where its actor noun may stand ("tin tặc của Trung Quốc", "Chinese state hackers"). */
const ACTOR_REACH = 3;

export function harmIntentRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const re = lex.harmIntent;
  const speaker = f.speaker;
  if (!re || !speaker || f.silent) return;
  const lo = Math.max(f.clause.start, f.contentStart);
  const hi = Math.min(f.clause.end, f.contentEnd);
  if (hi <= lo) return;
  const words = text.slice(lo, hi);
  for (let m = execFrom(re, words); m; m = execAfter(re, words, m)) {
    const at = lo + m.index;
    // The actor may stand in an earlier clause of the speaker's words ("hackers are positioned in ..., ready to ...").
    const target = actorBefore(ctx, f, Math.max(f.sentence.start, f.contentStart), at);
    if (!target || target === speaker.value) continue;
    ctx.emit(f, speaker, 'warns', target, 0.6, 'reported');
    return;
  }
}

/** The actor named last before the phrase of intent: a state with an actor noun beside it, else a threat group. */
function actorBefore(ctx: ClaimContext, f: ClauseFrame, lo: number, at: number): string | undefined {
  const state = f.parties.filter((p) => p.start >= lo && p.end <= at && !!partyState(p) && actorBeside(ctx, p)).at(-1);
  if (state) return partyState(state);
  const group = ctx.input.groups.filter((g) => g.start >= lo && g.end <= at).at(-1);
  if (!group) return undefined;
  return group.countries.length === 1 ? group.countries[0] : group.countries.length ? undefined : group.name;
}

function actorBeside(ctx: ClaimContext, p: Party): boolean {
  const re = ctx.lex.actorNouns;
  if (!re) return false;
  return matches(re, ctx.text.slice(ctx.ix.before(p.start, ACTOR_REACH), ctx.ix.after(p.end, ACTOR_REACH)));
}
