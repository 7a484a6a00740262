/**
 * Echoing another's attribution: "similar accusations", "co-signed the advisory", "supporting
 * the British assessment". The echoing states (the subject, or the agent of a passive: "cosigné par
 * le Canada") make the last attribution told their own; so do alliances and companies that stand as
 * the subject before the cue ("NATO and the EU backed ...", "Microsoft shares this analysis").
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { matches } from '../text.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';

/** Words after the cue where the agent marker of a passive may stand ("co-signed by"). */
const AGENT_REACH = 4;

export function echoRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const prev = ctx.discourse.lastAttribution;
  const similarCue = f.cc.find((c) => c.cat === 'similar');
  if (!prev || !similarCue) return;
  const echoed = new Set<string>();
  // The echoing parties are the subject or the agent, not what follows the cue ("supporting the British assessment").
  const joining = matches(lex.joinVerbs, similarCue.text);
  const after = text.slice(similarCue.end, ix.after(similarCue.end, AGENT_REACH));
  const byAgent = agentFollows(lex.agentMarkers, after);
  // The subject may follow the verb ("к оценке присоединились США", "dann schlossen sich Paris und Rom an"): with no state
  // before the cue, the states after it join, save those that had made the attribution themselves (whom they join).
  const joiner = (q: (typeof f.cp)[number]) => {
    const r = ctx.resolve(q, f.si);
    return r?.kind === 'state' && r.value !== prev.claimant && r.value !== prev.target && !ctx.discourse.hasAccused(r.value, prev.target);
  };
  const inverted = joining && !byAgent && !f.cp.some((q) => q.end <= similarCue.start && q.start >= f.clause.start && joiner(q));
  for (const p of f.cp.filter((q) => !joining || q.end <= similarCue.start || byAgent || inverted)) {
    const r = ctx.resolve(p, f.si);
    // A body that is no state (an alliance, a company) echoes only as the subject before the cue ("NATO backed ...").
    if (r && r.kind !== 'state' && (p.end > similarCue.start || (inverted && f.cp.some((q) => q.start >= similarCue.end && joiner(q))))) continue;
    if (!r || r.value === prev.claimant || r.value === prev.target || echoed.has(r.value)) continue;
    if (inverted && p.start >= similarCue.end && ctx.discourse.hasAccused(r.value, prev.target)) continue;
    // A speaker telling of another's echo does not echo; one who says it joins ("a dit partager cette analyse") does.
    if (f.speaker && r.value === f.speaker.value && !joining) continue;
    echoed.add(r.value);
    ctx.emit(f, r, 'attributes', prev.target, 0.5, 'echo');
  }
}

/** An agent marker ("by", "par", "bởi", "由") within the first words after the cue, before its agent. */
function agentFollows(re: RegExp | null, after: string): boolean {
  if (!re) return false;
  for (let m = execFrom(re, after); m; m = execAfter(re, after, m)) {
    if (/^\s*(?:\p{L}+\s+){0,2}?$/u.test(after.slice(0, m.index)) && /^\s/u.test(after.slice(m.index + m[0].length))) return true;
  }
  return false;
}
