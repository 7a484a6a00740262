/**
 * A denial told in the passive with its agent: "an accusation swiftly rejected by the Chinese embassy",
 * "une accusation aussitôt rejetée par l'ambassade de Chine", "una acusación rechazada de inmediato por
 * la embajada", "ein Vorwurf, zurückgewiesen von der Botschaft", "что было отвергнуто посольством Китая".
 * The agent denies (claimant and target of the denial are the agent), not the subject of the sentence,
 * which is the accuser; the stance rule leaves such a cue to this rule. As with a denial qualifier, the
 * sentence must tell an accusation, or the text an accusation of the agent.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import type { Span } from '../../types.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';
import { matches, negated } from '../text.ts';
import { agentAfter, agentBefore } from '../passive-agent.ts';

/** The passive denials of the clause ("rejected by", "rejetée par", "отвергнуто"), as spans of the text. */
export function passiveDenials(ctx: ClaimContext, clause: Span): Span[] {
  const re = ctx.lex.deniedBy;
  if (!re) return [];
  const clauseText = ctx.text.slice(clause.start, clause.end);
  const out: Span[] = [];
  for (let m = execFrom(re, clauseText); m; m = execAfter(re, clauseText, m)) out.push({ start: clause.start + m.index, end: clause.start + m.index + m[0].length });
  return out;
}

export function deniedByRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  if (f.silent) return;
  // The agent after the passive ("rejected by X"), or before the verb with Vietnamese and Chinese markers ("bị X bác bỏ", "被X否认").
  const denials = [
    ...passiveDenials(ctx, f.clause).map((cue) => ({ cue, agent: agentAfter(ctx, f, cue.end) })),
    ...f.cc.filter((c) => c.cat === 'deny').map((cue) => ({ cue, agent: agentBefore(ctx, f, cue) })).filter((d) => d.agent),
  ];
  for (const { cue, agent } of denials) {
    if (negated(text, lex, cue)) continue;
    const r = ctx.resolve(agent, f.si);
    if (!r) continue;
    const accusationTold = f.cues.some((c) => c.cat === 'accuse' || c.cat === 'accuseNoun' || c.cat === 'blame') || matches(lex.accusedPassive, f.sentence.text) || !!ctx.discourse.accuserOf(r.value);
    if (!accusationTold) continue;
    if (agent?.kind === 'person' && agent.person) ctx.speakers.add(agent.person);
    const c = ctx.emit(f, r, 'denies', r.value, 0.7, 'cue', agent?.person);
    // The agent is told of, it does not speak what follows.
    if (c) ctx.untold.add(c);
  }
}
