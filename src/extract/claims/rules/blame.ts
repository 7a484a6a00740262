/**
 * A predicate of responsibility in someone's words: "X is behind the attack", "X war dafür
 * verantwortlich", "X đứng sau", "за этим стоит X". The accused is the predicate's subject (before
 * it, or after it in inverted order); the claimant is whoever speaks.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Party } from '../frame.ts';
import { partyValue, plausibleParty, victimMarked } from '../parties.ts';

export function blameRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const blameCue = f.cc.find((c) => c.cat === 'blame');
  const speaker = f.speaker;
  if (!blameCue || !speaker || f.silent || f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes')) return;
  // "detrás hay un Estado, Irán": a state word or a number is no party.
  const other = (p: Party) => p.start >= f.contentStart && p !== f.speakerParty && plausibleParty(lex, p) && !!partyValue(p) && partyValue(p) !== speaker.value;
  const accused = [...f.cp].reverse().find((p) => p.end <= blameCue.start && other(p)) ?? f.cp.find((p) => p.start >= blameCue.end && other(p) && !victimMarked(text, lex, p, blameCue.end));
  const groupState = f.about.flatMap((g) => g.countries).find((c) => c !== speaker.value);
  const target = (accused ? partyValue(accused) : undefined) ?? groupState ?? f.about[0]?.name;
  if (target) ctx.emit(f, speaker, 'attributes', target, 0.65, 'cue');
}
