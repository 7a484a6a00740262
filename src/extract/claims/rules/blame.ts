/**
 * A predicate of responsibility in someone's words: "X is behind the attack", "X war dafür
 * verantwortlich", "X đứng sau", "за этим стоит X". The accused is the predicate's subject (before
 * it, or after it in inverted order); the claimant is whoever speaks.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Party } from '../frame.ts';
import { afterLocative, partyValue, plausibleParty, victimMarked } from '../parties.ts';
import { unknownActorClause } from './unknown-actor.ts';
import { groupTarget } from '../group-target.ts';
import { negatedCue } from '../text.ts';
import { impersonalVoice } from '../impersonal-voice.ts';
import { inActVictimPhrase } from '../act-victim.ts';
import { accusedBefore } from '../disjunct-accused.ts';
import { objectOfHostileVerb } from '../hostile-object.ts';
import { listedStates } from '../reported-list.ts';

/**
 * Words between the predicate and the act it makes someone answer for ("responsible for the breach"): a duty
 * told of a body ("which is responsible for counter-intelligence, said ... the breach") answers for no act.
 */
const BLAMED_ACT_REACH = 4;

export function blameRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const blameCue = f.cc.find((c) => c.cat === 'blame');
  const speaker = impersonalVoice(ctx, f);
  if (!blameCue || !speaker || f.silent || f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes')) return;
  // "Трудно сказать, кто стоит за атакой", "wer hinter dem Angriff stecke": an unknown subject accuses no one.
  if (unknownActorClause(ctx, f)) return;
  // "ohne Russland dafür verantwortlich zu machen", "X is not behind it": a negated predicate blames no one.
  if (negatedCue(text, lex, blameCue)) return;
  // "detrás hay un Estado, Irán": a state word or a number is no party.
  const other = (p: Party) => p.start >= f.contentStart && p !== f.speakerParty && plausibleParty(lex, p) && !!partyValue(p) && partyValue(p) !== speaker.value;
  // Said by no one in a publisher's text (impersonal-voice.ts), the predicate's subject stands before it ("X is behind"):
  // a party after it, or a place ("für einen Stromausfall in Kiew verantwortlich"), is as often where the act hit.
  const told = !!f.speaker;
  // A party after the act the predicate names ("responsible for the sabotage of X", "à l'origine du sabotage de X") is the act's victim.
  const actBetween = (p: Party) => f.cc.some((h) => h.cat === 'hostile' && h.start >= blameCue.end && h.end <= p.start);
  const after = told ? f.cp.find((p) => p.start >= blameCue.end && other(p) && !victimMarked(text, lex, p, blameCue.end) && !actBetween(p)) : undefined;
  // Before a verb-final predicate, the victim of the act it names is not its subject ("für den Angriff auf den Konzern X verantwortlich": act-victim.ts).
  const accused = [...f.cp].reverse().find((p) => p.end <= blameCue.start && other(p) && (told || !afterLocative(text, lex, p)) && !inActVictimPhrase(ctx, f.cc, p)) ?? after;
  let target = (accused ? partyValue(accused) : undefined) ?? groupTarget(f, speaker) ?? f.about[0]?.name;
  let conf = 0.65;
  // "the unit is responsible for cyber operations": an actor the clause does not name as a party is the one
  // the discourse has been telling of: whom the speaker accused or warned of, else the party most accused so far.
  if (!target && f.cc.some((c) => c.cat === 'hostile' && blamedAct(ctx, blameCue, c))) {
    target = ctx.discourse.actorToldBy(speaker.value) ?? ctx.discourse.mostAccused(speaker.value);
    conf = 0.5;
  }
  if (!target) return;
  ctx.emit(f, speaker, 'attributes', target, conf, 'cue');
  // "hackers working for X and Y were behind the breach", "X和Y的黑客是幕后黑手": every state of the subject's list is
  // blamed, not only the one nearest the predicate (reported-list.ts reads the list from its first member).
  // "hackers who attacked X and Y were behind ...": a list in the object of an act names its victims.
  const accusable = (p: Party) => p.end <= blameCue.start && other(p) && (told || !afterLocative(text, lex, p)) && !inActVictimPhrase(ctx, f.cc, p) && !objectOfHostileVerb(ctx, p, f.clause.start, f.cp);
  if (!accused || !accusable(accused)) return;
  const head = accusedBefore(text, lex, f.cp, accused)[0];
  if (!head) return;
  for (const v of [...(accusable(head) ? [partyValue(head)] : []), ...listedStates(ctx, f, head, accusable, speaker.value, target, [blameCue])]) {
    if (v && v !== target) ctx.emit(f, speaker, 'attributes', v, conf, 'cue');
  }
}

/** Is the hostile word the act the predicate makes someone answer for: next to it, on either side (verb-final "für Sabotage verantwortlich"), in one clause? */
function blamedAct(ctx: ClaimContext, cue: Cue, act: Cue): boolean {
  const [a, b] = act.start >= cue.end ? [cue.end, act.start] : [act.end, cue.start];
  return b >= a && ctx.ix.count(a, b) <= BLAMED_ACT_REACH && !/[,;:.!?，。；：]/u.test(ctx.text.slice(a, b));
}
