/**
 * A threat group classified as an unnamed state's actor by a copula, in someone's assessment: "we assess with
 * moderate confidence that X is a state-sponsored actor", "lead us to believe that X is a nation-state-backed
 * group", "evaluamos que X es un actor estatal", "我们判断该团伙为某国政府资助的团伙", "мы считаем, что X является
 * государственным актором". The speaker ties the group to a state it does not name: an attribution with no target,
 * about the group. The subject is the group's name right before the copula, or a noun pointing back to one ("该团伙",
 * "the group"); a German clause puts the copula last ("dass X ein staatlicher Akteur ist"), so the phrase may follow
 * the name directly.
 *
 * Only where someone speaks in the clause (the publisher's "we", a named body: not a plain sentence of the text),
 * that speaker is a state or a research source, nothing else in the sentence attributes, no state stands in or right
 * beside the phrase ("a Russian state-sponsored actor": the state is named, other rules read it), and the phrase is
 * not negated or supposed ("X is not a state actor", "if X is a state actor"). A group classified as a criminal one
 * has no state actor phrase: no claim.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { groupsIn } from '../parties.ts';
import { execAll } from '../../lexicons/index.ts';
import { markerEndsAt, negated, whole } from '../text.ts';
import { withoutSupposed } from '../supposed.ts';
import { SOURCE_NAMES } from '../../lexicons/sources.ts';

/** Words between the phrase and a state after it that names the actor ("a state actor linked to Iran"). */
const NAMED_REACH = 2;

export function stateActorPredicateRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  const re = lex.unnamedStateActors;
  const copula = lex.classifyingCopulas;
  const speaker = f.speaker;
  if (!re || !copula || !speaker || f.silent) return;
  if (speaker.kind !== 'state' && !SOURCE_NAMES.has(speaker.value)) return;
  if (f.produced.some((c) => c.stance === 'accuses' || c.stance === 'attributes' || c.stance === 'denies')) return;
  if (f.cc.some((c) => c.cat === 'warn' || c.cat === 'deny' || c.cat === 'denyQualifier')) return;
  const from = Math.max(f.clause.start, f.contentStart);
  const to = Math.min(f.clause.end, f.contentEnd);
  if (to <= from) return;
  const found: Cue[] = execAll(re, text.slice(from, to)).map((m) => ({ cat: 'blame', start: from + m.index, end: from + m.index + m[0].length, text: m[0] }));
  if (!found.length) return;
  const stateNamed = (c: Cue) =>
    f.parties.some((p) => p !== f.speakerParty && (p.kind === 'country' || !!p.country) && (p.start < c.end && c.start < p.end ? true : p.end <= c.start ? ix.count(p.end, c.start) === 0 : ix.count(c.end, p.start) <= NAMED_REACH));
  const groups = groupsIn(ctx.input.groups, { start: from, end: to });
  // The copula's subject: a group's name right before it (or right before the phrase), else a noun pointing back.
  const classified = (c: Cue) => {
    const before = text.slice(from, c.start);
    if (groups.some((g) => g.end <= c.start && (text.slice(g.end, c.start).trim() === '' || whole(copula, text.slice(g.end, c.start).trim())))) return true;
    const cop = execAll(copula, before).filter((m) => before.slice(m.index + m[0].length).trim() === '').pop();
    return !!cop && !!lex.anaphora && markerEndsAt(lex.anaphora, before.slice(0, cop.index));
  };
  const cue = withoutSupposed(lex, f.sentence, found).find((c) => !negated(text, lex, c) && !stateNamed(c) && classified(c));
  if (cue) ctx.emit(f, speaker, 'attributes', undefined, 0.5, 'cue');
}
