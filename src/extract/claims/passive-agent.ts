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

/** Words between the passive's auxiliary and its participle closing the clause ("wurde von Litauen dem Nachbarland zugerechnet"). */
const BRACKET_REACH = 10;
/** Words between the agent's marker and the agent's name ("von den niederländischen Behörden"). */
const BRACKET_HEAD = 2;

/**
 * Where the agent's phrase opens in a passive whose auxiliary opens the verbal bracket and whose participle cue closes
 * it, the agent's marker between them (the profile's `bracketPassiveAgents`: "wurde von Litauen Belarus zugerechnet",
 * "wird von mehreren Staaten dem X zugeschrieben"): right after the marker. None across punctuation, nor when no
 * auxiliary of the profile's `passive` stands before the marker.
 */
export function bracketAgentMarker(ctx: ClaimContext, f: ClauseFrame, cue: Cue): number | undefined {
  const { lex, ix, text } = ctx;
  if (!lex.bracketPassiveAgents || !lex.passive) return undefined;
  const from = Math.max(f.clause.start, ix.before(cue.start, BRACKET_REACH));
  const window = text.slice(from, cue.start);
  let aux = -1;
  for (let m = execFrom(lex.passive, window); m; m = execAfter(lex.passive, window, m)) aux = from + m.index + m[0].length;
  if (aux < 0 || CLAUSE_BREAK.test(text.slice(aux, cue.start))) return undefined;
  const m = execFrom(lex.bracketPassiveAgents, text.slice(aux, cue.start));
  return m ? aux + m.index + m[0].length : undefined;
}

/**
 * The agent of such a bracket: the party its phrase opens with, only lower-case words (a determiner, an adjective)
 * before it ("von den niederländischen Behörden"); a capitalised noun before it is the agent's own head ("von
 * Sicherheitsexperten chinesischen Auftraggebern": the state is the one ascribed to).
 */
export function agentInBracket(ctx: ClaimContext, f: ClauseFrame, cue: Cue): Party | undefined {
  const at = bracketAgentMarker(ctx, f, cue);
  if (at === undefined) return undefined;
  const p = f.cp.find((q) => q.start >= at && q.end <= cue.start);
  if (!p || p.kind === 'pronoun' || p.kind === 'backref' || ctx.ix.count(at, p.start) > BRACKET_HEAD) return undefined;
  return /\p{Lu}/u.test(ctx.text.slice(at, p.start)) ? undefined : p;
}

/**
 * The agent of a passive told by its case with no marker (the profile's `agentCase`, the Russian instrumental: "была
 * приписана Ирану Израилем", "приписан Китаю властями Филиппин", "приписана Литвой Белоруссии"): a party after the cue
 * whose first word, or the head noun right before it, is in that case. That word must open right after the cue or
 * after another party (not after a preposition: "связанной с Ираном"), and be followed by no word of another case
 * (the feminine adjective "российской разведке" is the dative).
 */
export function agentInCase(ctx: ClaimContext, f: ClauseFrame, cue: Cue): Party | undefined {
  const { lex, ix, text } = ctx;
  const re = lex.agentCase;
  if (!re) return undefined;
  const reach = ix.after(cue.end, AFTER_REACH);
  const wordAt = (at: number) => text.slice(at, ix.after(at, 1)).trim();
  const inCase = (w: string) => {
    const m = w ? execFrom(re, w) : null;
    return !!m && m.index === 0 && m[0].length === w.length;
  };
  const opensAfterCueOrParty = (at: number) =>
    ix.count(cue.end, at) === 0 || f.cp.some((q) => q.end <= at && ix.count(q.end, at) === 0 && !CLAUSE_BREAK.test(text.slice(q.end, at)));
  const agentWordAt = (at: number) => {
    if (!inCase(wordAt(at)) || !opensAfterCueOrParty(at)) return false;
    // A lower-case word right after it must be in the same case (the noun an adjective of the instrumental agrees with).
    const end = ix.after(at, 1);
    const next = text.slice(end, ix.after(end, 1)).trimStart();
    const following = /^\p{Ll}/u.test(next) ? next : '';
    return !following || inCase(following);
  };
  for (const p of f.cp) {
    if (p.start < cue.end || p.start > reach || CLAUSE_BREAK.test(text.slice(cue.end, p.start))) continue;
    if (p.kind === 'pronoun' || p.kind === 'backref') continue;
    const head = ix.before(p.start, 1);
    if (agentWordAt(p.start) || (head >= cue.end && /^\p{Ll}/u.test(wordAt(head)) && agentWordAt(head))) return p;
  }
  return undefined;
}
