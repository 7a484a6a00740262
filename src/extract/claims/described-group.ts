/**
 * A party that first describes, discovers, exposes or reports on a threat group, told together with what the
 * group does: "X first described the crew as an actor that hacked ...", "X lo describió como una banda que
 * atacaba ...", "X a décrit le groupe Y, qui vise ...", "Y первой описала X. Позже группировка взломала ...",
 * "X công bố báo cáo về Y, một nhóm ... đã xâm nhập ...". The verb (profile `groupIntroducers`) has the group
 * as its object: named right after it, named before it at the sentence's opening with the party right after the
 * verb (the object first: "Y первой описала X"), or a pronoun pointing back to the group named last (profile
 * `objectCliticsBefore`, `objectPronounsAfter`: "lo", "it", "её"). The act (the first hostile cue after the
 * description, not done to the group) follows in the same sentence, or in the next one when it opens with the
 * group as its subject ("Позже группа ..."). A group told only as a victim, a tool or a flaw with no group, a
 * report on an attack with no actor: no description of a group's act.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, GroupMention, Party } from './frame.ts';
import type { Sentence } from '../segment.ts';
import type { Span } from '../types.ts';
import { execFrom } from '../lexicons/index.ts';

/** Words at most between the party and its verb ("X first described", "X lo describió", "X также впервые описала"). */
const VERB_GAP = 2;
/** Words at most between the verb and the group it describes ("a décrit pour la première fois le groupe Y"). */
const OBJECT_REACH = 6;
/** Words at most between a group named first and the verb ("Y впервые описала X"). */
const FRONT_GAP = 2;
/** Sentences back, its own included, where a pronoun's group was named. */
const PRONOUN_REACH = 2;
/** Words at most at the opening of the next sentence before the group as its subject ("Тогда группа"). */
const NEXT_OPENING = 3;
/** What ends a clause for good between the parts of the description. */
const BREAK = /[.;:!?。；：！？()（）]/u;
/** A comma (the party's verb and its object are in one clause). */
const COMMA = /[,，]/u;

export interface Description {
  verb: Span;
  group: GroupMention;
}

/** Every group mention of a text, named or pointed back to by a group noun, in text order (computed once per text). */
const mentionsOf = new WeakMap<ClaimContext, GroupMention[]>();

function groupMentions(ctx: ClaimContext): GroupMention[] {
  let all = mentionsOf.get(ctx);
  if (!all) mentionsOf.set(ctx, (all = [...ctx.input.groups, ...(ctx.input.groupRefs ?? [])].sort((a, b) => a.start - b.start)));
  return all;
}

/** Is [a, b) one stretch of a clause, at most `n` words? */
function near(ctx: ClaimContext, a: number, b: number, n: number): boolean {
  if (b < a) return false;
  const between = ctx.text.slice(a, b);
  return !BREAK.test(between) && !COMMA.test(between) && ctx.ix.count(a, b) <= n;
}

/** The group named last before `at`, within PRONOUN_REACH sentences. */
function antecedent(ctx: ClaimContext, at: number, si: number): GroupMention | undefined {
  const from = ctx.input.sentences[Math.max(0, si - PRONOUN_REACH + 1)]!.start;
  let last: GroupMention | undefined;
  for (const g of groupMentions(ctx)) {
    if (g.end > at) break;
    if (g.start >= from) last = g;
  }
  return last;
}

/** The description of a group whose subject is party `p`, within sentence `si`. */
export function describedBy(ctx: ClaimContext, p: Party, si: number): Description | undefined {
  const { lex, text, ix } = ctx;
  const verbs = lex.groupIntroducers;
  if (!verbs) return undefined;
  const s = ctx.input.sentences[si]!;
  const groups = groupMentions(ctx).filter((g) => g.start >= s.start && g.end <= s.end);
  // The party then its verb ("X first described ...", "X lo describió ...").
  const tail = text.slice(p.end, Math.min(s.end, ix.after(p.end, VERB_GAP + 6)));
  const m = execFrom(verbs, tail);
  if (m) {
    const verb = { start: p.end + m.index, end: p.end + m.index + m[0].length };
    if (near(ctx, p.end, verb.start, VERB_GAP) && !ctx.known.some((q) => q.start >= p.end && q.end <= verb.start)) {
      const named = groups.find((g) => g.start >= verb.end && near(ctx, verb.end, g.start, OBJECT_REACH));
      if (named) return { verb, group: named };
      const gap = text.slice(p.end, verb.start);
      const clitic = lex.objectCliticsBefore && execFrom(lex.objectCliticsBefore, gap);
      if (clitic) {
        const g = antecedent(ctx, p.start, si);
        return g ? { verb, group: g } : undefined;
      }
      const pron = lex.objectPronounsAfter && execFrom(lex.objectPronounsAfter, text.slice(verb.end, ix.after(verb.end, 1)));
      if (pron && pron.index <= 1) {
        const g = antecedent(ctx, p.start, si);
        return g ? { verb, group: g } : undefined;
      }
    }
  }
  // The object first, the party right after the verb ("Y впервые описала X").
  const before = text.slice(ix.before(p.start, 2), p.start);
  const head = /[\s"'«»“”„]*$/u.exec(before)!;
  const verbEnd = p.start - (before.length - head.index);
  for (const g of groups) {
    // The group opens the sentence.
    if (g.end > verbEnd || ix.count(s.start, g.start) > 1) break;
    const span = text.slice(g.end, verbEnd);
    for (let v = execFrom(verbs, span); v; v = execFrom(verbs, span, v.index + (v[0].length || 1))) {
      if (v.index + v[0].length !== span.length) continue;
      const verb = { start: g.end + v.index, end: verbEnd };
      if (near(ctx, g.end, verb.start, FRONT_GAP)) return { verb, group: g };
    }
  }
  return undefined;
}

/** A group noun of the profile (`groupDescribers`: "группа", "nhóm") at the opening of sentence `s`: the group just described. */
function groupNoun(ctx: ClaimContext, s: Sentence): Span | undefined {
  const re = ctx.lex.groupDescribers;
  const m = re && execFrom(re, ctx.text.slice(s.start, ctx.ix.after(s.start, NEXT_OPENING + 2)));
  return m ? { start: s.start + m.index, end: s.start + m.index + m[0].length } : undefined;
}

/** Is the hostile cue one the group does (not done to it in the passive, not a victim's noun)? */
function actOf(ctx: ClaimContext, c: Span): boolean {
  return !overlaps(ctx, ctx.lex.patientPassive, c) && !overlaps(ctx, ctx.lex.victimNouns, c);
}

/** Words before a cue where a pattern overlapping it may begin ("ont été" before "piratés"). */
const OVERLAP_BACK = 4;

/** Does a match of `re`, begun at most OVERLAP_BACK words before cue `c`, overlap it? */
function overlaps(ctx: ClaimContext, re: RegExp | null, c: Span): boolean {
  if (!re) return false;
  const from = ctx.ix.before(c.start, OVERLAP_BACK);
  const s = ctx.text.slice(from, c.end);
  for (let m = execFrom(re, s); m; m = execFrom(re, s, m.index + (m[0].length || 1))) {
    if (from + m.index + m[0].length > c.start) return true;
  }
  return false;
}

/**
 * The act of the described group: the first hostile cue after the description in its sentence, else the first in
 * the next sentence when that sentence opens with the group (its name, a group noun pointing back) as its subject.
 */
export function describedAct(ctx: ClaimContext, f: ClauseFrame, d: Description): Span | undefined {
  const after = Math.max(d.verb.end, d.group.end);
  // The first hostile word after the description: one done to the group ("described as a victim of") tells no act of it.
  const here = f.cues.find((c) => c.cat === 'hostile' && c.start >= after);
  if (here) return actOf(ctx, here) ? here : undefined;
  const next = ctx.input.sentences[f.si + 1];
  if (!next || next.title || !ctx.lex.hostile) return undefined;
  const subject = groupMentions(ctx).find((g) => g.start >= next.start && g.end <= next.end && g.name === d.group.name) ?? groupNoun(ctx, next);
  if (!subject || ctx.ix.count(next.start, subject.start) > NEXT_OPENING) return undefined;
  const m = execFrom(ctx.lex.hostile, ctx.text.slice(0, next.end), subject.end);
  return m && actOf(ctx, { start: m.index, end: m.index + m[0].length }) ? { start: m.index, end: m.index + m[0].length } : undefined;
}
