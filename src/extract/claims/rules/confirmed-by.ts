/**
 * A confirmation told in the passive with its agent: "in an incident confirmed by the US authorities",
 * "un incidente confirmado por las autoridades estadounidenses", "une intrusion confirmée par l'entreprise",
 * "ein Angriff, bestätigt von der Bahn", "инцидент, подтвержденный министерством", "vụ việc được xác nhận bởi
 * ...". The agent confirms the hit (it is the one hit, or speaks for it): claimant and target are the agent.
 * As with an active confirmation, a hit must be told in the sentence or the one before it.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';
import { matches, negated } from '../text.ts';
import { agentAfter } from '../passive-agent.ts';

export function confirmedByRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const re = lex.confirmedBy;
  if (!re || f.silent || f.produced.some((c) => c.stance === 'confirms')) return;
  const clauseText = text.slice(f.clause.start, f.clause.end);
  for (let m = execFrom(re, clauseText); m; m = execAfter(re, clauseText, m)) {
    const cue = { start: f.clause.start + m.index, end: f.clause.start + m.index + m[0].length };
    if (negated(text, lex, cue) || !toldHit(ctx, f)) continue;
    const agent = agentAfter(ctx, f, cue.end);
    const r = ctx.resolve(agent, f.si);
    if (!r) continue;
    if (agent?.kind === 'person' && agent.person) ctx.speakers.add(agent.person);
    const c = ctx.emit(f, r, 'confirms', r.value, 0.7, 'cue', agent?.person);
    // The agent is told of, it does not speak what follows.
    if (c) ctx.untold.add(c);
    return;
  }
}

/** Does the clause's sentence, or the one before it, tell a hostile act or a threat? */
function toldHit(ctx: ClaimContext, f: ClauseFrame): boolean {
  const { lex, input } = ctx;
  if (f.cues.some((c) => c.cat === 'hostile') || matches(lex.threat, f.sentence.text)) return true;
  const prev = input.sentences[f.si - 1];
  return !!prev && !prev.title && (matches(lex.hostile, prev.text) || matches(lex.threat, prev.text));
}
