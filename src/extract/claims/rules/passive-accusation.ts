/**
 * Passive attribution: "the attack was attributed to Iranian hackers, the FBI said", "fue atribuido
 * a ... por el FBI", "a été attribuée à ...", "был приписан ...". The grammatical subject does not
 * accuse: the accuser is the agent ("by X", "par X", "por X") or else the sentence's speaker; the
 * accused is the party the act is attributed to (after the cue), else the subject ("Iran was
 * accused of ..."). In Vietnamese and Chinese the agent stands between the passive marker and the verb
 * ("Nga bị Mỹ cáo buộc", "俄罗斯被美国指控"; passive-agent.ts).
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Party } from '../frame.ts';
import { endsInVictimMarker, firstOther, nearestBefore, partyValue, victimMarked } from '../parties.ts';
import { negated, passive } from '../text.ts';
import { groupTarget } from '../group-target.ts';
import { agentBefore, agentHead, agentInBracket, agentInCase, bracketAgentMarker } from '../passive-agent.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';

/** Words between the cue and the agent marker of the passive ("attributed to X by Y"). */
const AGENT_REACH = 8;
/** Words between the agent marker and the party (the head noun of "by the government of X"). */
const AGENT_HEAD = 3;

export function passiveAccusationRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  if (f.silent) return;
  const cue = f.cc.find((c) => c.cat === 'accuse' && (passive(text, lex, c) || agentBefore(ctx, f, c) || bracketAgentMarker(ctx, f, c) !== undefined) && !negated(text, lex, c));
  if (!cue) return;
  // The agent after the cue ("by X", or in its case: "приписана Y Израилем"), or between the passive marker and the
  // cue ("bị X cáo buộc", "被X指控", "wurde von X Y zugerechnet").
  const marked = agentOf(ctx, f, cue) ?? agentInCase(ctx, f, cue);
  // "by the US security firm X": the company the state premodifies; the state then only says where it is from.
  const before = marked ? undefined : agentBefore(ctx, f, cue);
  const bracketAt = marked || before ? undefined : bracketAgentMarker(ctx, f, cue);
  const bracketed = bracketAt === undefined ? undefined : agentInBracket(ctx, f, cue);
  const agent = marked ? agentHead(ctx, f, marked) : (before ?? bracketed);
  // "had previously been attributed to X", "avaient auparavant été attribuées à X": an attribution made before,
  // by no one named, is background the speaker tells, not the speaker's own.
  if (!agent && anteriorNear(ctx, f, cue)) return;
  const claimant = agent ? ctx.resolve(agent, f.si) : f.speaker;
  if (!claimant) return;
  const objectsFrom = ctx.ix.after(cue.start, 1);
  // "was blamed on X": a cue that ends in a victim's preposition takes the accused after it.
  const victimFrom = endsInVictimMarker(lex, cue) ? cue.end : objectsFrom;
  const after = f.cp.filter((p) => p !== agent && p !== f.speakerParty && !(agent && nationalityOfAgent(agent, marked, p)) && !victimMarked(text, lex, p, victimFrom));
  // "Russia was accused by Finland of jamming GPS signals", "俄罗斯被芬兰指责干扰GPS信号": a state that is the passive's
  // subject right before it is the accused; parties after the cue belong to the act it is accused of.
  // "wurde von Dänemark dem Iran zugerechnet": the party between the bracket's agent and its participle is the one the act
  // is ascribed to (even when a role word of the speaker after it borrows that party's state, or it premodifies a noun:
  // "von Forschern chinesischen Auftraggebern zugerechnet").
  let target = (bracketAt !== undefined ? inBracket(f, bracketed?.end ?? bracketAt, cue, claimant.value) : undefined) ?? passiveSubjectState(ctx, f, cue, agent, claimant.value) ?? firstOther(lex, after, claimant.value, objectsFrom);
  if (!target) {
    const subject = nearestBefore(text, lex, f.cp.filter((p) => p !== agent), cue.start, f.clause.start);
    const v = subject && subject !== f.speakerParty ? partyValue(subject) : undefined;
    if (v && v !== claimant.value) target = v;
  }
  target ??= groupTarget(f, claimant);
  if (!target) return;
  ctx.emit(f, claimant, 'accuses', target, 0.7, 'cue', agent?.person);
}

/**
 * Does the state only tell where the agent is from: it premodifies it ("by the US security firm X to Y") or stands
 * inside its phrase ("par la société américaine X")? It is then no other party of the clause.
 */
function nationalityOfAgent(agent: Party, marked: Party | undefined, p: Party): boolean {
  return p.kind === 'country' && (p === marked || (p.start >= agent.start && p.end <= agent.end));
}

/** The first party other than the claimant between the agent of a verbal bracket (or its marker) and the participle cue. */
function inBracket(f: ClauseFrame, from: number, cue: Cue, claimant: string): string | undefined {
  for (const p of f.cp) {
    const v = p.start >= from && p.end <= cue.start ? partyValue(p) : undefined;
    if (v && v !== claimant) return v;
  }
  return undefined;
}

/** Does the clause tell an attribution made before by no one named (see above)? Its act is then told of no one either. */
export function backgroundAttribution(ctx: ClaimContext, f: ClauseFrame): boolean {
  return f.cc.some((c) => c.cat === 'accuse' && passive(ctx.text, ctx.lex, c) && !agentOf(ctx, f, c) && anteriorNear(ctx, f, c));
}

/** The party after an agent marker within a few words after the cue ("by the FBI"). */
function agentOf(ctx: ClaimContext, f: ClauseFrame, cue: Cue): Party | undefined {
  const re = ctx.lex.agentMarkers;
  if (!re) return undefined;
  const end = ctx.ix.after(cue.end, AGENT_REACH);
  const window = ctx.text.slice(cue.end, end);
  for (let m = execFrom(re, window); m; m = execAfter(re, window, m)) {
    const at = cue.end + m.index + m[0].length;
    const p = f.cp.find((q) => q.start >= at && ctx.ix.count(at, q.start) <= AGENT_HEAD && !/[,;:.!?，。；：]/u.test(ctx.text.slice(at, q.start)));
    if (p) return p;
  }
  return undefined;
}

/** Words either side of a passive cue where an adverb of anteriority may stand ("had previously been attributed", "atribuidas anteriormente a"). */
const ANTERIOR_REACH = 3;

/** An adverb of anteriority within a few words of the cue, in its clause, with no punctuation between. */
function anteriorNear(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const re = ctx.lex.anterior;
  if (!re) return false;
  const from = Math.max(f.clause.start, ctx.ix.before(cue.start, ANTERIOR_REACH));
  const to = Math.min(f.clause.end, ctx.ix.after(cue.end, ANTERIOR_REACH));
  const window = ctx.text.slice(from, to);
  for (let m = execFrom(re, window); m; m = execAfter(re, window, m)) {
    const at = from + m.index;
    const [a, b] = at < cue.start ? [at + m[0].length, cue.start] : [cue.end, at];
    if (!/[,;:.!?，。；：]/u.test(ctx.text.slice(a, b))) return true;
  }
  return false;
}

/** Words besides the agent between the passive's subject and its verb (the auxiliary and the passive marker: "was", "a été", "wurde", "bị", "被"). */
const SUBJECT_GAP = 3;

/** The state that is the subject of the passive accusation, right before its auxiliary (the agent aside). */
function passiveSubjectState(ctx: ClaimContext, f: ClauseFrame, cue: Cue, agent: Party | undefined, claimant: string): string | undefined {
  const { text, lex, ix } = ctx;
  const subject = nearestBefore(text, lex, f.cp.filter((p) => p !== agent && p !== f.speakerParty), cue.start, f.clause.start);
  if (!subject || subject.kind !== 'country') return undefined;
  const v = partyValue(subject);
  if (!v || v === claimant) return undefined;
  const inAgent = agent && agent.start >= subject.end && agent.end <= cue.start;
  const gap = inAgent ? ix.count(subject.end, agent.start) + ix.count(agent.end, cue.start) : ix.count(subject.end, cue.start);
  const between = inAgent ? text.slice(subject.end, agent.start) + text.slice(agent.end, cue.start) : text.slice(subject.end, cue.start);
  if (gap > SUBJECT_GAP || /[,;:.!?，。；：、]/u.test(between)) return undefined;
  return v;
}
