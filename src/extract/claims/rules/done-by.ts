/**
 * An act told with its perpetrator as the agent: "la campagne menée par la Russie", "el ataque fue
 * orquestado por Irán", "攻击行动由美国国家安全局发起", "vụ tấn công do Nga thực hiện". The agent did the
 * act, it does not speak: whoever speaks attributes the act to the agent's state (or to a threat group
 * named as the agent, under the state it is said to be linked to, else its own name).
 *
 * The act must be hostile and told right before the marker (or inside it). A marker of the profile's `doneBy` is either a participle with its agent after it ("menée par",
 * "llevado a cabo por"), or a frame that holds its agent ("由 … 实施", "do … thực hiện"). A marker of origin
 * ("came from", "procedían del", "来自": act-origin.ts) is read the same way when its source is a threat group.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, GroupMention, Party } from '../frame.ts';
import { groupsIn, linkedBefore, partyState } from '../parties.ts';
import { negated, victimStateSpans } from '../text.ts';
import { markVoiced, statementVoice } from '../impersonal-voice.ts';
import { originMarkers } from '../act-origin.ts';

/** Words between the end of a participle marker and the head of its agent ("menée par l'acteur de la menace Turla"). */
const AGENT_REACH = 6;
/** Words between the hostile act and the marker of its perpetrator ("l'intrusion dans le réseau portuaire est l'œuvre de"). */
const ACT_REACH = 8;
/** Words after a threat group named as the agent where the state it is linked to may stand. */
const SPONSOR_REACH = 14;

export function doneByRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const speaker = statementVoice(ctx, f);
  if (!speaker || f.silent || !lex.doneBy) return;
  // An attribution the clause already made (by a stance verb or a passive) is this one.
  if (f.produced.slice(f.before).some((c) => c.stance === 'accuses' || c.stance === 'attributes')) return;
  // A marker of origin ("came from", "provenaient du", "来自") names a doer only when it is a threat group (act-origin.ts).
  const origins = new Set(originMarkers(ctx, f));
  for (const cue of [...f.cc.filter((c) => c.cat === 'doneBy'), ...origins]) {
    if (cue.start < f.contentStart || cue.end > f.contentEnd || negated(text, lex, cue)) continue;
    // What was done must be a hostile act told before the marker (or inside a frame marker): "l'enquête menée par la police" is none.
    // "les serveurs piratés ont été déconnectés lors d'une opération menée par le FBI": a participle describing what was hit is no act done.
    const states = victimStateSpans(text, lex, f.clause.start, cue.end);
    const act = (h: Cue) => h.cat === 'hostile' && !states.some((s) => h.start >= s.start && h.end <= s.end);
    if (!f.cc.some((h) => act(h) && h.start >= f.clause.start && h.end <= cue.end && h.start < cue.end && ix.count(h.end, cue.start) <= ACT_REACH)) continue;
    const target = agentTarget(ctx, f, cue, speaker.value, origins.has(cue));
    if (target && target !== speaker.value) {
      const c = ctx.emit(f, speaker, 'attributes', target, 0.6, 'cue');
      if (c) return markVoiced(ctx, f, f.produced.length - 1);
    }
  }

  function agentTarget(ctx: ClaimContext, f: ClauseFrame, cue: Cue, speakerValue: string, groupOnly: boolean): string | undefined {
    const reach = ix.after(cue.end, AGENT_REACH);
    const inReach = (x: { start: number; end: number }) => x.start > cue.start && x.start < reach && !/[,;:.!?，。；：]/u.test(text.slice(cue.start, x.start));
    const agent = f.cp.find((p: Party) => inReach(p) && p !== f.speakerParty && partyState(p) && !p.victim);
    const group = groupsIn(ctx.input.groups, f.clause).find(inReach) as GroupMention | undefined;
    // A threat group before any state: the state the text links it to, else the group itself.
    if (group && (!agent || group.start < agent.start)) {
      const until = ix.after(group.end, SPONSOR_REACH);
      const sponsor = f.cp.find((p) => p.start >= group.end && p.end <= until && partyState(p) && linkedBefore(text, lex, p));
      return sponsor ? partyState(sponsor) : group.name;
    }
    if (groupOnly) return undefined;
    const v = agent ? partyState(agent) : undefined;
    return v && v !== speakerValue ? v : undefined;
  }
}
