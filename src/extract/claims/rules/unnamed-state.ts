/**
 * An attribution to a state actor the speaker leaves unnamed: "the scale of the attacks points to a state
 * actor", "deuten auf einen staatlichen Akteur hin", "propres à un acteur étatique", "propios de un actor
 * estatal", "указывают на государственного субъекта". The speaker attributes the act, to no state: the
 * claim has no target. It is made only where nothing else in the sentence attributes, the clause tells a
 * hostile act, the words are the speaker's, not negated or supposed ("no sign of a state actor", "if a state
 * actor ..."), and no state stands in or right beside the phrase ("a Chinese state actor", "linked to
 * Iran") nor a group right before it or anywhere after it in the clause ("a state-backed group, tracked
 * as X"): there the actor is named, and other rules read it.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { groupsIn } from '../parties.ts';
import { execAll } from '../../lexicons/index.ts';
import { negated } from '../text.ts';
import { withoutSupposed } from '../supposed.ts';
import { SOURCE_NAMES } from '../../lexicons/sources.ts';
import { impersonalVoice } from '../impersonal-voice.ts';

/** Words between the phrase and a state after it or a group before it that names the actor ("state actor linked to Iran", "Midnight Blizzard, a state actor"); a state before it names it only right beside it ("Chinese state actor"), else it is the victim's ("the ministries of Estonia"). */
const NAMED_REACH = 2;

/** Words between a universal quantifier and the act it determines ("any such attack", "toute nouvelle attaque"). */
const QUANTIFIED_REACH = 1;

/** Whether an act of the clause is determined by a universal quantifier of the profile ("any attack", "любая атака", "任何攻击"). */
function quantifiedAct(ctx: ClaimContext, f: ClauseFrame, from: number, to: number): boolean {
  const re = ctx.lex.universalQuantifiers;
  if (!re) return false;
  const acts = f.cc.filter((c) => c.cat === 'hostile');
  return execAll(re, ctx.text.slice(from, to)).some((m) => {
    const end = from + m.index + m[0].length;
    return acts.some((c) => c.start >= end && ctx.ix.count(end, c.start) <= QUANTIFIED_REACH);
  });
}

export function unnamedStateRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const re = lex.unnamedStateActors;
  const speaker = impersonalVoice(ctx, f);
  if (!re || !speaker || f.silent) return;
  // A government's or its service's conclusion, or a research source's finding ("Kaspersky said a state-sponsored
  // group is behind it"): a company that reports its own hit names no actor by "a state actor".
  if (speaker.kind !== 'state' && !SOURCE_NAMES.has(speaker.value)) return;
  if (f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes' || c.stance === 'denies')) return;
  // The act may be told by its author alone: "the breach was conducted by a state actor", "a state actor was
  // responsible for the activity" (a verb of doing or a predicate of responsibility is an act's).
  if (!f.cc.some((c) => c.cat === 'hostile' || c.cat === 'doneBy' || c.cat === 'blame') || f.cc.some((c) => c.cat === 'warn' || c.cat === 'deny' || c.cat === 'denyQualifier')) return;
  const from = Math.max(f.clause.start, f.contentStart);
  const to = Math.min(f.clause.end, f.contentEnd);
  if (to <= from) return;
  // "any attack carried out by a foreign state would be answered", "jeder Angriff eines staatlichen Akteurs": an act that
  // stands for every one of its kind is no incident, and its author no one's attribution.
  if (quantifiedAct(ctx, f, from, to)) return;
  const found: Cue[] = execAll(re, text.slice(from, to)).map((m) => ({ cat: 'blame', start: from + m.index, end: from + m.index + m[0].length, text: m[0] }));
  const asserted = withoutSupposed(lex, f.sentence, found);
  const named = (c: Cue) =>
    f.parties.some((p) => p !== f.speakerParty && (p.kind === 'country' || !!p.country) && (p.start < c.end && c.start < p.end ? true : p.end <= c.start ? ix.count(p.end, c.start) === 0 : ix.count(c.end, p.start) <= NAMED_REACH)) ||
    groupsIn(ctx.input.groups, f.sentence).some((g) => (g.end <= c.start ? ix.count(g.end, c.start) <= NAMED_REACH : g.start < f.clause.end));
  const cue = asserted.find((c) => !negated(text, lex, c) && !named(c));
  if (cue) ctx.emit(f, speaker, 'attributes', undefined, 0.5, 'cue');
}
