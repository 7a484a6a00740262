/**
 * A conditional threat: a warning of a response whose condition names the one who would act ("If Russia
 * conducts further cyberattacks, we are prepared to respond", "Si la Russie mène de nouvelles attaques,
 * nous riposterons", "Falls Russland weitere Angriffe startet, werden wir reagieren", "Если Россия
 * проведет новые атаки, мы готовы ответить", "如果俄罗斯继续发动攻击，我们将作出回应", "Nếu Nga tiếp tục tấn
 * công, chúng tôi sẽ đáp trả"). The actor of the condition, named as its subject right after its word, is
 * the one warned (its state, else the threat group, by its state when the knowledge base ties it to one),
 * not a victim the condition names after it; and no party of the condition is a subject of the warning.
 */
import { toldStates } from '../group-target.ts';
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Party } from '../frame.ts';
import { partyState, partyValue } from '../parties.ts';
import { conditionalSpans } from '../supposed.ts';

/** Max words between the conditional word and the actor it opens with ("if the Russian government ..."). */
const ACTOR_REACH = 3;

/** The conditional clause before the cue, in its sentence, that ends before it. */
export function conditionBefore(ctx: ClaimContext, f: ClauseFrame, cue: Cue): { start: number; body: number; end: number } | undefined {
  return conditionalSpans(ctx.lex, f.sentence).filter((c) => c.end <= cue.start).at(-1);
}

/** Is the party inside a conditional clause of its sentence ("if Russia attacks Ukraine, we ...")? */
export function inCondition(ctx: ClaimContext, f: ClauseFrame, p: Party): boolean {
  return conditionalSpans(ctx.lex, f.sentence).some((c) => p.start >= c.start && p.end <= c.end);
}

/** Whom a warning after a conditional clause warns: the actor that opens the condition, if it names one. */
export function conditionalActor(ctx: ClaimContext, f: ClauseFrame, cue: Cue, claimant: string): string | undefined {
  const span = conditionBefore(ctx, f, cue);
  if (!span) return undefined;
  const { ix } = ctx;
  const { body: a, end: b } = span;
  // The first party or threat group of the condition, within reach of its word, is its subject.
  const party = f.parties.find((p) => p.start >= a && p.end <= b && p.kind !== 'pronoun' && p.kind !== 'self' && p.kind !== 'backref' && !p.victim);
  const group = f.about.find((g) => g.start >= a && g.end <= b);
  const first = party && (!group || party.start <= group.start) ? party : undefined;
  const start = first ? first.start : group?.start;
  if (start === undefined || ix.count(a, start) > ACTOR_REACH) return undefined;
  const value = first ? partyState(first) ?? partyValue(first) : toldStates(group!).length === 1 ? toldStates(group!)[0] : group!.name;
  return value && value !== claimant ? value : undefined;
}
