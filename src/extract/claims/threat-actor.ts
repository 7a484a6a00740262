/**
 * The actor of a hostile act told before a warning's threat word ("Chinese hackers infiltrated the agencies for
 * years, posing a serious threat", "российские хакеры проникали в сети, что создает угрозу", "發現中國駭客組織長期
 * 滲透…，構成嚴重威脅"): a state beside an actor noun, standing before the act, is the threat warned of, never the
 * one who warns. The speaker, else the publisher, warns of it.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Party } from './frame.ts';
import { matches, whole } from './text.ts';
import { partyState } from './parties.ts';

/** Words on either side of a state where its actor noun may stand ("Chinese state hackers", "tin tặc của Trung Quốc"). */
const ACTOR_REACH = 3;

/** Is the party a state beside an actor noun ("Chinese hackers", "хакеры из России")? */
export function actorBeside(ctx: ClaimContext, p: Party): boolean {
  const re = ctx.lex.actorNouns;
  if (!re || !partyState(p)) return false;
  return matches(re, ctx.text.slice(ctx.ix.before(p.start, ACTOR_REACH), ctx.ix.after(p.end, ACTOR_REACH)));
}

/** Is the warning cue's subject the actor of a hostile act told between it and the cue? */
export function threatActor(ctx: ClaimContext, f: ClauseFrame, subject: Party, cue: Cue): boolean {
  if (subject.kind !== 'country' && !(subject.kind === 'organization' && subject.country)) return false;
  if (!actorBeside(ctx, subject)) return false;
  // The act: a hostile word that is not the actor noun itself, or a hostile verb.
  const between = { start: subject.end, end: cue.start };
  if (between.end <= between.start) return false;
  const actorNoun = ctx.lex.actorNouns;
  if (f.cues.some((c) => c.cat === 'hostile' && c.start >= between.start && c.end <= between.end && !(actorNoun && whole(actorNoun, c.text)))) return true;
  return !!ctx.lex.hostileVerbs && matches(ctx.lex.hostileVerbs, ctx.text.slice(between.start, between.end));
}
