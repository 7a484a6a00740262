/**
 * An attribution to an actor the speaker describes only by the language it works in: "we attribute the intrusions to a
 * Russian-speaking actor", "можно связать с русскоязычной группировкой", "ordnet die Angriffe einem russischsprachigen
 * Akteur zu", "attribue ces attaques à un groupe russophone", "atribuye los ataques a un grupo de habla rusa",
 * (profile `languageActors`). A language is no state: the speaker attributes the act to no one
 * it names, and the claim has no target. Made only where an attributing predicate (an accusation, a pointer, a
 * predicate of responsibility or an agent marker) stands before the phrase in the clause and nothing else in the clause
 * attributes; not where the phrase is negated or supposed ("no sign of a Russian-speaking group", "if a Russian-speaking
 * group ..."), nor where a threat group is named in the sentence right before it or after it in the clause ("the
 * Chinese-speaking group IronHusky", "grupos de habla china, entre ellos X"): there the actor is named, and the rules
 * that read groups take it.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, CueCategory, Resolved } from '../frame.ts';
import { groupsIn, nearestBefore } from '../parties.ts';
import { execAll } from '../../lexicons/index.ts';
import { negated, negatedCue } from '../text.ts';
import { withoutSupposed } from '../supposed.ts';
import { impersonalVoice } from '../impersonal-voice.ts';

/** Words between a group named before the phrase and the phrase, for the group to be the actor it describes ("IronHusky, a Chinese-speaking group"). */
const NAMED_REACH = 2;
/** Cues that pin an act on whom follows them. */
const ATTRIBUTING: ReadonlySet<CueCategory> = new Set<CueCategory>(['accuse', 'pointsTo', 'blame', 'doneBy']);

export function languageActorRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  if (f.silent || f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes' || c.stance === 'denies')) return;
  const cue = f.cc.find((c) => ATTRIBUTING.has(c.cat) && !negatedCue(text, lex, c));
  if (!cue || f.cc.some((c) => c.cat === 'deny' || c.cat === 'denyQualifier') || !languageActorAfter(ctx, f, cue)) return;
  // The cue's subject ("Velmora attributed ..."), else whoever speaks, or the publisher telling its own finding.
  const subject = nearestBefore(text, lex, f.cp.filter((p) => p.end <= cue.start), cue.start, f.clause.start);
  const claimant: Resolved | undefined = (subject ? ctx.resolve(subject, f.si) : undefined) ?? impersonalVoice(ctx, f);
  if (claimant) ctx.emit(f, claimant, 'attributes', undefined, 0.5, 'cue');
}

/**
 * Is the one the cue pins the act on an actor described by its language, named by no group (asserted, not negated or
 * supposed)? Then no one else is its object: an accusation with no party after it carries no earlier accused (stance.ts).
 */
export function languageActorAfter(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, lex, ix } = ctx;
  const re = lex.languageActors;
  if (!re) return false;
  // A discontinuous cue holds its object ("ordnet die Angriffe einem X zu"): the phrase may stand after the cue's first word.
  const from = Math.max(ix.after(cue.start, 1), f.clause.start);
  const to = f.clause.end;
  if (to <= from) return false;
  const found = withoutSupposed(lex, f.sentence, execAll(re, text.slice(from, to)).map((m) => ({ cat: cue.cat, start: from + m.index, end: from + m.index + m[0].length, text: m[0] })));
  const named = (c: Cue) => groupsIn(ctx.input.groups, f.sentence).some((g) => (g.end <= c.start ? ix.count(g.end, c.start) <= NAMED_REACH : g.start < f.clause.end));
  return found.some((c) => !negated(text, lex, c) && !named(c));
}
