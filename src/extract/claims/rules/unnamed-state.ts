/**
 * An attribution to a state actor the speaker leaves unnamed: "the scale of the attacks points to a state
 * actor", "deuten auf einen staatlichen Akteur hin", "propres à un acteur étatique", "propios de un actor
 * estatal", "указывают на государственного субъекта". The speaker attributes the act, to no state: the
 * claim has no target. It is made only where nothing else in the sentence attributes, the clause tells a
 * hostile act, the words are the speaker's, not negated or supposed ("no sign of a state actor", "if a state
 * actor ..."), and no state or group stands right beside the phrase ("a Chinese state actor", "the
 * nation-state actor X": there the state or group is named, and other rules read it).
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { groupsIn } from '../parties.ts';
import { execAll } from '../../lexicons/index.ts';
import { negated } from '../text.ts';
import { withoutSupposed } from '../supposed.ts';

/** Words between the phrase and a state or group that names the actor ("Chinese state actor", "state actor Midnight Blizzard"). */
const NAMED_REACH = 2;

export function unnamedStateRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const re = lex.unnamedStateActors;
  const speaker = f.speaker;
  // Only a state's word: an unnamed state actor is what a government or its service concludes without naming one.
  if (!re || !speaker || speaker.kind !== 'state' || f.silent) return;
  if (f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes' || c.stance === 'denies')) return;
  if (!f.cc.some((c) => c.cat === 'hostile') || f.cc.some((c) => c.cat === 'warn' || c.cat === 'deny' || c.cat === 'denyQualifier')) return;
  const from = Math.max(f.clause.start, f.contentStart);
  const to = Math.min(f.clause.end, f.contentEnd);
  if (to <= from) return;
  const found: Cue[] = execAll(re, text.slice(from, to)).map((m) => ({ cat: 'blame', start: from + m.index, end: from + m.index + m[0].length, text: m[0] }));
  const asserted = withoutSupposed(lex, f.sentence, found);
  const named = (c: Cue) =>
    f.parties.some((p) => p !== f.speakerParty && (p.kind === 'country' || !!p.country) && (p.end <= c.start ? ix.count(p.end, c.start) : ix.count(c.end, p.start)) <= NAMED_REACH && (p.end <= c.start || p.start >= c.end)) ||
    groupsIn(ctx.input.groups, f.sentence).some((g) => (g.end <= c.start ? ix.count(g.end, c.start) : ix.count(c.end, g.start)) <= NAMED_REACH);
  const cue = asserted.find((c) => !negated(text, lex, c) && !named(c));
  if (cue) ctx.emit(f, speaker, 'attributes', undefined, 0.5, 'cue');
}
