/**
 * The agent of a passive, who acts (accuses, denies, confirms) while the subject of the sentence undergoes
 * the act: after the passive and its marker ("rejected by X", "confirmée par X", "отвергнуто посольством"),
 * or before the verb in Vietnamese and Chinese ("Nga bị Canada trừng phạt", "bị Điện Kremlin bác bỏ",
 * "被美方指控", "遭到俄方驳斥"). Distances count words.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Party } from './frame.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';
import { premodifiedHead } from './state-premodifier.ts';
import { nationalityOfCompany } from './parties.ts';

/** Words between the end of a passive with its marker and the agent's first word ("by the US authorities"). */
const AFTER_REACH = 4;
/** Words between the passive marker and the agent's name ("bị chính phủ Canada"). */
const HEAD_BEFORE = 2;
/** Words between the agent's name and the cue (a noun of its phrase or an adverb: "被美国政府指控", "bị Mỹ cũng cáo buộc"). */
const HEAD_AFTER = 1;
/** Words before the cue where the passive marker may stand. */
const MARKER_REACH = 6;
/** Clause punctuation: a marker across it is another clause's. */
const CLAUSE_BREAK = /[,;:.!?，；：。、()（）"“”«»]/u;

/**
 * The agent right after a passive and its marker ending at `end`, in the clause and with no punctuation
 * between ("par le ministère lituanien": a role word the agent's name qualifies is that named party).
 */
export function agentAfter(ctx: ClaimContext, f: ClauseFrame, end: number): Party | undefined {
  const near = f.cp.filter((p) => p.start >= end && ctx.ix.count(end, p.start) <= AFTER_REACH && !/[,;:.!?，。；：]/u.test(ctx.text.slice(end, p.start)));
  const agent = near.find((p) => p.kind !== 'backref' && p.kind !== 'pronoun') ?? near[0];
  return agent && agentHead(ctx, f, agent);
}

/**
 * The agent a party after the passive's marker stands for: "by US security firm X", "por la empresa estadounidense X":
 * the organisation a state premodifies (state-premodifier.ts) when the state tells a company's nationality (parties.ts
 * nationalityOfCompany); the state only says where the agent is from. "accused by Finland of jamming X": no company noun,
 * the state is the agent.
 */
export function agentHead(ctx: ClaimContext, f: ClauseFrame, p: Party): Party {
  return p.kind === 'country' && nationalityOfCompany(ctx.text, ctx.lex, p) ? premodifiedHead(ctx.lex, ctx.ix, ctx.text, f.cp, p) : p;
}

/** The agent standing between a passive marker and the cue ("bị Canada trừng phạt"), if the cue is so told. */
export function agentBefore(ctx: ClaimContext, f: ClauseFrame, cue: Cue): Party | undefined {
  const re = ctx.lex.agentFirstPassive;
  if (!re) return undefined;
  const from = Math.max(f.clause.start, ctx.ix.before(cue.start, MARKER_REACH));
  const window = ctx.text.slice(from, cue.start);
  let at = -1;
  for (let m = execFrom(re, window); m; m = execAfter(re, window, m)) at = from + m.index + m[0].length;
  if (at < 0 || CLAUSE_BREAK.test(ctx.text.slice(at, cue.start))) return undefined;
  // Only the agent's noun phrase between the marker and the cue: "được Mỹ thông báo rằng Nga đứng sau" is no passive of "đứng sau".
  const agent = f.cp.find((p) => p.start >= at && p.end <= cue.start);
  if (!agent || ctx.ix.count(at, agent.start) > HEAD_BEFORE || ctx.ix.count(agent.end, cue.start) > HEAD_AFTER) return undefined;
  return agent;
}
