/**
 * A threat group as the subject of a call or a warning: "Killnet demanded that Lithuania lift the
 * transit ban", "Die Gruppe «X» verlangt die Freilassung ...", "«X» выдвинули требования", "X exige ...".
 * Threat groups are no parties of the sentence (they are what claims are about), so the stance rule
 * never takes one as its subject; this rule does, when the group is named right before the cue with no
 * clause punctuation and no other party between them, and no party ahead of it before a clause-final verb
 * (there the group is in the object: "Berlin hat vor Angriffen der Gruppe X gewarnt"). The claim is the group's: a call (addressed to
 * the state or body right after the cue, else to no one named) or a warning (of the party right after
 * the cue, else of no one named).
 *
 * A threat may also be made by the group referred back to by a definite group noun ("The group threatened to
 * publish the data of Polish ministries", "Le groupe a menacé de viser d'autres sites allemands", "Die
 * Gruppe drohte, ...", "Группировка пригрозила ...", "Nhóm này đe dọa ...", "该组织威胁 ..."): a threat
 * cue, not a warning to be careful, which a group noun may stand for in a report ("the group warned"). The
 * threatened party is the one its threatened act names, further after the cue than an addressee.
 * So may a call, the group's demand ("The group demanded the release of ...", "Le groupe exige la libération de ...",
 * "Die Gruppe verlangt die Freilassung ...", "El grupo exige ...", "Группировка потребовала освободить ...",
 * "Nhóm này yêu cầu trả tự do cho ...", "该组织要求释放 ..."): a group noun resolves only to a threat group named
 * shortly before, so the one who demands is that group.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, GroupMention } from '../frame.ts';
import { groupsIn, partyValue } from '../parties.ts';
import { bracketPassive, negated, startsWith, whole } from '../text.ts';
import { clauseFinal } from './clause-final.ts';
import { inWarnedOfPhrase } from '../warned-of-phrase.ts';

/** Max words between the group and the cue it is the subject of ("«X» haben am Montag verlangt"). */
const SUBJECT_REACH = 4;
/** Max words between the cue and the party it addresses or warns ("demanded that Lithuania", "drohte der Börse"). */
const OBJECT_REACH = 3;
/** Max words between a threat cue and the party its threatened act names ("threatened to publish the data of Polish ministries"). */
const THREATENED_REACH = 6;

export function groupStanceRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex, ix } = ctx;
  if (f.silent) return;
  // "Bereits im Mai wurden die Werke vor Angriffen der Gruppe X gewarnt": a warning in the passive is none of a group before its participle.
  for (const cue of f.cc.filter((c) => (c.cat === 'callFor' || c.cat === 'warn') && !negated(text, lex, c) && !(c.cat === 'warn' && bracketPassive(text, lex, c, f.clause)))) {
    const threat = cue.cat === 'warn' && startsWith(lex.threatens, text.slice(cue.start, cue.end + 12));
    const pool = (threat || cue.cat === 'callFor') && ctx.input.groupRefs ? [...ctx.input.groups, ...ctx.input.groupRefs].sort((a, b) => a.start - b.start) : ctx.input.groups;
    const group = directSubject(ctx, f, cue, pool) ?? (threat ? coordinatedSubject(ctx, f, cue, pool) : undefined);
    if (!group) continue;
    const stance = cue.cat === 'callFor' ? 'calls-for' : 'warns';
    const after = f.cp.find((p) => p.start >= cue.end && ix.count(cue.end, p.start) <= (threat ? THREATENED_REACH : OBJECT_REACH) && p.kind !== 'pronoun' && p.kind !== 'backref' && p.kind !== 'self');
    const target = after ? partyValue(after) : undefined;
    const c = ctx.emit(f, { value: group.name, kind: 'organization' }, stance, target === group.name ? undefined : target, 0.6, 'cue');
    if (c && !c.about.includes(group.name)) c.about = [group.name, ...c.about];
    if (c) return;
  }
}

/**
 * The group named right before the cue as its subject, if any. An aside set off by commas that only sets the subject
 * against another (the profile's `subjectAsides`: "Le collectif, lui, dément", "X, for its part, demanded") may stand
 * between them.
 */
export function directSubject(ctx: ClaimContext, f: ClauseFrame, cue: Cue, pool: GroupMention[]): GroupMention | undefined {
  const { text, ix } = ctx;
  const group = groupsIn(pool, { start: f.clause.start, end: cue.start }).at(-1);
  if (!group) return undefined;
  // "Bereits im Mai hatten sie vor der Gruppierung X gewarnt": the group in the phrase of what is warned of is the threat, not the subject.
  if (inWarnedOfPhrase(ctx, f, cue, group)) return undefined;
  const gap = text.slice(group.end, cue.start);
  const aside = subjectAside(ctx, gap);
  if (ix.count(group.end, cue.start) - aside.words > SUBJECT_REACH) return undefined;
  // Quotation marks around the name may stand between; a comma, a colon or another party may not.
  if (/[,.;:!?，。；：、()（）]/u.test(aside.rest)) return undefined;
  if (f.cp.some((p) => p.start >= group.end && p.end <= cue.start)) return undefined;
  // "published a warning about X and urged ...", "a accusé X et exigé ...": a group after an earlier stance
  // verb of a party in the clause is that verb's object; the coordinated cue is the party's, not the group's.
  if (objectOfEarlierStance(f, group.start)) return undefined;
  // "Berlin hat vor Angriffen der Gruppe X gewarnt": before a clause-final verb, a party ahead of the group is the
  // subject and the group is in the object.
  if (clauseFinal(ctx, f, cue) && f.cp.some((p) => p.start >= f.clause.start && p.end <= group.start && p.kind !== 'pronoun')) return undefined;
  return group;
}

/** `gap` without an aside of the profile's `subjectAsides` set off by commas, and how many words the aside has. */
function subjectAside(ctx: ClaimContext, gap: string): { rest: string; words: number } {
  const m = /^([^,]*),([^,]+),(\s*)$/u.exec(gap);
  if (!m || !whole(ctx.lex.subjectAsides, m[2]!.trim())) return { rest: gap, words: 0 };
  return { rest: m[1]! + m[3]!, words: m[2]!.match(/\p{L}+/gu)?.length ?? 0 };
}

/**
 * A threat coordinated after the group's own earlier verb shares its subject: "X claimed the attack and threatened
 * to publish ...", "X a revendiqué l'attaque et a menacé de ...", "X bekannte sich zu dem Angriff und drohte, ...",
 * "X reivindicó el ataque y amenazó con ...", "X взяла на себя ответственность и пригрозила ...", "X nhận trách
 * nhiệm và đe dọa ...", "X声称对攻击负责，并威胁将 ...". The conjunction stands right before the threat (an auxiliary
 * between), the group right before the earlier verb (its claim, accusation, statement, warning or call), and no
 * party or group between the conjunction and the threat, nor between the group and its verb.
 */
function coordinatedSubject(ctx: ClaimContext, f: ClauseFrame, cue: Cue, pool: GroupMention[]): GroupMention | undefined {
  const { text, lex, ix } = ctx;
  const re = lex.verbJoin;
  if (!re) return undefined;
  const from = f.sentence.start;
  let join: RegExpExecArray | null = null;
  const gap = text.slice(from, cue.start);
  re.lastIndex = 0;
  for (let m = re.exec(gap); m; m = re.exec(gap)) join = m;
  if (!join) return undefined;
  const joinStart = from + join.index;
  const joinEnd = joinStart + join[0].length;
  if (ix.count(joinEnd, cue.start) > JOIN_REACH || /[.;:!?。；：！？"“”«»„]/u.test(text.slice(joinEnd, cue.start))) return undefined;
  const earlier = f.cues.filter((c) => COORDINATED.has(c.cat) && c.end <= joinStart && c.start >= from).at(-1);
  if (!earlier || /[.;:!?。；：！？]/u.test(text.slice(earlier.end, joinStart))) return undefined;
  const group = groupsIn(pool, { start: from, end: earlier.start }).at(-1);
  if (!group || ix.count(group.end, earlier.start) > EARLIER_SUBJECT_REACH) return undefined;
  if (/[,.;:!?，。；：、()（）]/u.test(text.slice(group.end, earlier.start))) return undefined;
  const between = (a: number, b: number) => f.parties.some((p) => p.start >= a && p.end <= b && p.kind !== 'pronoun' && p.kind !== 'self' && p.kind !== 'backref') || groupsIn(pool, { start: a, end: b }).length > 0;
  if (between(group.end, earlier.start) || between(joinEnd, cue.start)) return undefined;
  return group;
}

/** Verbs a threat may be coordinated after with their subject shared. */
const COORDINATED = new Set<string>(['claimsOwn', 'accuse', 'say', 'warn', 'callFor']);
/** Words (an auxiliary, an adverb) between the conjunction and the threat. */
const JOIN_REACH = 2;
/** Words (adverbs, auxiliaries, a light verb) between the group and its earlier verb ("X tối qua cũng đã lên tiếng nhận trách nhiệm"). */
const EARLIER_SUBJECT_REACH = 8;

/** A stance cue (not a speech verb) between a party of the clause and the group: the group stands in its object. */
function objectOfEarlierStance(f: ClauseFrame, groupStart: number): boolean {
  const earlier = f.cc.find((c) => EARLIER_STANCE.has(c.cat) && c.start >= f.clause.start && c.end <= groupStart);
  return !!earlier && f.cp.some((p) => p.start >= f.clause.start && p.end <= earlier.start && p.kind !== 'pronoun');
}

const EARLIER_STANCE = new Set<string>(['accuse', 'warn', 'callFor', 'deny', 'confirm', 'accuseNoun']);
