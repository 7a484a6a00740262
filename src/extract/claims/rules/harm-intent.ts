/**
 * A speaker telling of a hostile actor's readiness or preparation to do harm ("the FBI director said
 * Chinese hackers were preparing to cause real damage", "заявил, что китайские хакеры готовятся нанести
 * ущерб", "cho biết tin tặc Trung Quốc sẵn sàng tàn phá", "称中国黑客准备在适当时机造成破坏") warns of
 * the threat from that actor, besides whatever the same words attribute. The actor stands before the
 * phrase of intent in the speaker's words: a state beside an actor noun ("Chinese hackers", "tin tặc của
 * Trung Quốc"), else a threat group (warned of through its state, else by its name). With no speaker,
 * or no actor, or the speaker's own side as the actor ("we are ready to respond"), no warning.
 * So with an actor's ongoing or intended pursuit of a hostile act ("said Kimsuky tries to get into government
 * agencies", "Россия стремится получить информацию", "cho biết tin tặc Nga tiếp tục tấn công"); a state named
 * as the subject right before either phrase ("Iran is trying to exploit") is the actor without an actor noun.
 */
import { toldStates } from '../group-target.ts';
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Party } from '../frame.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';
import { actorBeside } from '../threat-actor.ts';
import { partyState } from '../parties.ts';

/** Words between a state as the bare subject and its phrase of intent ("Iran is trying to", "Nga đang tìm cách"). */
const SUBJECT_REACH = 2;

export function harmIntentRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const speaker = f.speaker;
  if (!speaker || f.silent) return;
  const lo = Math.max(f.clause.start, f.contentStart);
  if (Math.min(f.clause.end, f.contentEnd) <= lo) return;
  // The phrase opens in the clause and may run on past a comma into its infinitive ("versuche, einzudringen").
  const words = text.slice(lo, Math.min(f.sentence.end, f.contentEnd));
  for (const re of [lex.harmIntent, lex.hostilePursuit]) {
    if (!re) continue;
    for (let m = execFrom(re, words); m; m = execAfter(re, words, m)) {
      const at = lo + m.index;
      if (at >= f.clause.end) break;
      // The actor may stand in an earlier clause of the speaker's words ("hackers are positioned in ..., ready to ...").
      const target = actorBefore(ctx, f, Math.max(f.sentence.start, f.contentStart), at);
      if (!target || target === speaker.value) continue;
      // A warning cue of the clause already names who warns of this actor ("warnte das BSI, X habe es auf ... abgesehen").
      if (f.produced.slice(f.before).some((c) => c.stance === 'warns' && c.target === target)) return;
      ctx.emit(f, speaker, 'warns', target, 0.6, 'reported');
      return;
    }
  }
}

/** The actor named last before the phrase of intent: a state with an actor noun beside it, else a threat group. */
function actorBefore(ctx: ClaimContext, f: ClauseFrame, lo: number, at: number): string | undefined {
  const state = f.parties.filter((p) => p.start >= lo && p.end <= at && !!partyState(p) && (actorBeside(ctx, p) || bareSubject(ctx, p, at))).at(-1);
  if (state) return partyState(state);
  const group = ctx.input.groups.filter((g) => g.start >= lo && g.end <= at).at(-1);
  if (!group) return undefined;
  // The group's state when the text ties it to one (group-target.ts), else the group itself.
  const told = toldStates(group);
  return told.length === 1 ? told[0] : told.length ? undefined : group.name;
}

/** A state standing as the subject right before the phrase of intent: a few words off, no clause punctuation between. */
function bareSubject(ctx: ClaimContext, p: Party, at: number): boolean {
  // An opening quotation mark may stand between ("Россия «стремится получить ...»": the quoted words are the predicate).
  return ctx.ix.count(p.end, at) <= SUBJECT_REACH && !/[,.;:!?»”，。；：、]/u.test(ctx.text.slice(p.end, at));
}
