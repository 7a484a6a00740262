/**
 * A warning whose words tell an actor's ongoing or intended hostile act ("warned that X continues to attack
 * banks in Y", "предупреждают, что X продолжает атаковать российские организации", "cảnh báo nhóm X tiếp tục
 * tấn công", "警告X持续攻击") warns of that actor, not of the victim its act names after it. The actor stands
 * between the cue and the phrase of pursuit or intent (lexicon `hostilePursuit`, `harmIntent`), a few words
 * into the warning, with no clause break between: a state beside an actor noun ("Chinese hackers"), a state as
 * the bare subject, else a threat group (its state, else its own name, as for any group warned of).
 *
 * So with a threat group named in the warning's clause after the cue ("warned German companies of the threat
 * from X", "cảnh báo các cơ quan tại Việt Nam về nguy cơ X mở rộng", "предупредило компании об угрозе со стороны
 * X", "warnte Unternehmen vor der Gefahr durch X"): the party right after the cue is the audience warned, the
 * group is the threat warned of.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Resolved } from '../frame.ts';
import { execFrom } from '../../lexicons/index.ts';
import { actorBeside } from '../threat-actor.ts';
import { partyState } from '../parties.ts';
import { groupsWarnedOf } from './warn-target.ts';

/** Words from the warning cue to the phrase of pursuit: the warning's own complement. */
const COMPLEMENT_WORDS = 12;
/** Words between a state as the bare subject and the phrase ("Iran continues to attack"). */
const SUBJECT_WORDS = 2;

export function pursuingActor(ctx: ClaimContext, f: ClauseFrame, cue: Cue, claimant: Resolved): string | undefined {
  const { text, lex, ix } = ctx;
  const end = f.sentence.end;
  const words = text.slice(cue.end, end);
  let at = -1;
  for (const re of [lex.hostilePursuit, lex.harmIntent]) {
    const m = re ? execFrom(re, words) : null;
    if (m && (at < 0 || cue.end + m.index < at)) at = cue.end + m.index;
  }
  if (at < 0 || ix.count(cue.end, at) > COMPLEMENT_WORDS || /[.;!?。；！？]/u.test(text.slice(cue.end, at))) return undefined;
  const state = f.parties.filter((p) => p.start >= cue.end && p.end <= at && !!partyState(p) && (actorBeside(ctx, p) || bareSubject(ctx, p.end, at))).at(-1);
  const group = ctx.input.groups.filter((g) => g.start >= cue.end && g.end <= at && bareSubject(ctx, g.end, at, 4)).at(-1);
  let v: string | undefined;
  if (state && (!group || state.start > group.start)) v = partyState(state);
  else if (group) v = groupsWarnedOf(ctx, f, claimant, [group]);
  return v && v !== claimant.value ? v : undefined;
}

/** The actor right before the phrase: a few words off, no clause punctuation between. */
function bareSubject(ctx: ClaimContext, from: number, at: number, words = SUBJECT_WORDS): boolean {
  return ctx.ix.count(from, at) <= words && !/[,.;:!?»”，。；：、]/u.test(ctx.text.slice(from, at));
}

/** The threat group named first after the warning cue in its clause, warned of through its state, else by its name. */
export function groupAfterWarning(ctx: ClaimContext, f: ClauseFrame, cue: Cue, claimant: Resolved): string | undefined {
  const g = ctx.input.groups.find((x) => x.start >= cue.end && x.end <= f.clause.end);
  if (!g) return undefined;
  const v = groupsWarnedOf(ctx, f, claimant, [g]);
  return v && v !== claimant.value ? v : undefined;
}
