/**
 * An attribution to a state actor the speaker leaves unnamed: "the scale of the attacks points to a state
 * actor", "deuten auf einen staatlichen Akteur hin", "propres à un acteur étatique", "propios de un actor
 * estatal", "указывают на государственного субъекта". The speaker attributes the act, to no state: the
 * claim has no target. It is made only where nothing else in the sentence attributes, the clause tells a
 * hostile act, the words are the speaker's, not negated or supposed ("no sign of a state actor", "if a state
 * actor ..."), and no state stands in or right beside the phrase ("a Chinese state actor", "linked to
 * Iran"): there the state is named, and other rules read it.
 *
 * A group the phrase describes (right before it: "X is a state-backed actor", "X, a state-sponsored group";
 * or after it in the clause: "a state-backed group, tracked as X") is the actor: the speaker ties that group
 * to a state it leaves unnamed. The group is the claim's target (the party attributed), and it stands for the
 * act: no verb of attack need tell one.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { groupsIn } from '../parties.ts';
import { execAll } from '../../lexicons/index.ts';
import { negated } from '../text.ts';
import { withoutSupposed } from '../supposed.ts';
import { SOURCE_NAMES } from '../../lexicons/sources.ts';
import { impersonalVoice } from '../impersonal-voice.ts';

/** Words between the phrase and a state after it that names the state ("state actor linked to Iran"), or a group before it that the phrase describes ("Midnight Blizzard, a state actor"); a state before it names it only right beside it ("Chinese state actor"), else it is the victim's ("the ministries of Estonia"). */
const NAMED_REACH = 2;

export function unnamedStateRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { ix } = ctx;
  const re = ctx.lex.unnamedStateActors;
  const speaker = impersonalVoice(ctx, f);
  if (!re || !speaker || f.silent) return;
  // A government's or its service's conclusion, or a research source's finding ("Kaspersky said a state-sponsored
  // group is behind it"): a company that reports its own hit names no actor by "a state actor".
  if (speaker.kind !== 'state' && !SOURCE_NAMES.has(speaker.value)) return;
  if (f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes' || c.stance === 'denies')) return;
  // The act may be told by its author alone: "the breach was conducted by a state actor", "a state actor was
  // responsible for the activity" (a verb of doing or a predicate of responsibility is an act's).
  if (f.cc.some((c) => c.cat === 'warn' || c.cat === 'deny' || c.cat === 'denyQualifier')) return;
  // "Security firms attribute the attacks to a state actor": with no speaker, a verb of attributing whose subject
  // nothing resolved (no rule read it) is someone else's attribution, not the publisher's.
  if (!f.speaker && f.cc.some((c) => c.cat === 'accuse')) return;
  const told = f.cc.some((c) => c.cat === 'hostile' || c.cat === 'doneBy' || c.cat === 'blame');
  const from = Math.max(f.clause.start, f.contentStart);
  const to = Math.min(f.clause.end, f.contentEnd);
  if (to <= from) return;
  const phrases = unnamedStatePhrases(ctx, f, from, to);
  const described = (c: Cue) => groupsIn([...ctx.input.groups, ...(ctx.input.groupRefs ?? [])], f.sentence).find((g) => (g.end <= c.start ? ix.count(g.end, c.start) <= NAMED_REACH : g.start >= c.end && g.start < f.clause.end));
  const cue = phrases.find((c) => told || described(c));
  // The group described is whom the speaker attributes to a state (the contract's target may be a group).
  if (cue) ctx.emit(f, speaker, 'attributes', described(cue)?.name, 0.5, 'cue');
}

/**
 * The unnamed-state phrases between `from` and `to` of a clause that the speaker asserts (not negated, not supposed)
 * and that name no state in or right beside them ("a Chinese state actor", "a state actor linked to Iran").
 */
export function unnamedStatePhrases(ctx: ClaimContext, f: ClauseFrame, from: number, to: number): Cue[] {
  const { text, lex, ix } = ctx;
  const re = lex.unnamedStateActors;
  if (!re || to <= from) return [];
  const found: Cue[] = execAll(re, text.slice(from, to)).map((m) => ({ cat: 'blame', start: from + m.index, end: from + m.index + m[0].length, text: m[0] }));
  const stateNamed = (c: Cue) =>
    f.parties.some((p) => p !== f.speakerParty && (p.kind === 'country' || !!p.country) && (p.start < c.end && c.start < p.end ? true : p.end <= c.start ? ix.count(p.end, c.start) === 0 : ix.count(c.end, p.start) <= NAMED_REACH));
  return withoutSupposed(lex, f.sentence, found).filter((c) => !negated(text, lex, c) && !stateNamed(c));
}
