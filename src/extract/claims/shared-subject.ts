/**
 * A stance verb coordinated after another verb and its object shares that verb's subject: "Germany
 * summoned the Russian ambassador and demanded that Moscow ...", "l'Allemagne a convoqué l'ambassadeur
 * russe et a exigé ...", "Deutschland bestellte den russischen Botschafter ein und forderte ...",
 * "Германия вызвала российского посла и потребовала ...", "德国召见了俄罗斯大使，并要求……", "Đức triệu tập
 * đại sứ Nga và yêu cầu ...". The party nearest before the stance verb is the first verb's object (at
 * most its head noun or a verb particle follow it before the conjunction); the subject is the party
 * before that verb. Not shared: a subject of its own after the conjunction ("... and Russia denied"),
 * parties joined in a list ("Germany and France demanded"), or a speech verb between the two parties
 * (elided-subject.ts reads those).
 *
 * So a verb coordinated after a stance verb of the same clause, however long that verb's complement: "the agency
 * warned that the attacks would continue and urged operators to ...", "met en garde les organisations de X contre ...
 * et appelle ...", "предупредила, что ..., и призвала ...", "warnte vor ... und forderte ... auf", "cảnh báo ... và
 * kêu gọi ...": the subject is the first verb's, not a party of its object or complement.
 */
import type { ClaimContext } from './context.ts';
import { STANCE_CUES, type ClauseFrame, type Cue, type Party } from './frame.ts';
import { joins, nearestBefore, partyValue } from './parties.ts';
import { joinBefore } from './verb-join.ts';

/** Words (the object's head noun, a verb particle) between the object party and the conjunction. */
const OBJECT_TAIL = 2;
/** Words (an auxiliary, an adverb) between the conjunction and the stance verb. */
const JOIN_REACH = 2;
/** Words from the subject to its object: the first verb and an article or adjective. */
const VERB_PHRASE_REACH = 6;

export function sharedSubject(ctx: ClaimContext, f: ClauseFrame, cp: Party[], object: Party, cue: Cue): Party | null | undefined {
  const { text, lex, ix } = ctx;
  const re = lex.verbJoin;
  if (!re || object.end > cue.start) return undefined;
  // The party nearest before the second verb stands after the first stance verb: it belongs to that verb's object or
  // complement. The first verb's subject is the second's; with none in the clause ("L'entreprise met en garde ..."), neither
  // verb has a party for subject (null: the speaker's, as for the first).
  const first = coordinatedAfter(ctx, f, cue);
  if (first && first.end <= object.start) {
    const s = nearestBefore(text, lex, cp.filter((p) => p.end <= first.start), first.start, f.clause.start);
    // A person, a pronoun or a role word has no value of its own here (it is resolved later): still the subject.
    const v = s && partyValue(s);
    return !s || (v && v === partyValue(object)) ? null : s;
  }
  // The conjunction right before the verb, after the object and its head noun.
  const gap = text.slice(object.end, cue.start);
  re.lastIndex = 0;
  let join: RegExpExecArray | null = null;
  for (let m = re.exec(gap); m; m = re.exec(gap)) join = m;
  if (!join) return undefined;
  const joinStart = object.end + join.index;
  const joinEnd = joinStart + join[0].length;
  if (ix.count(object.end, joinStart) > OBJECT_TAIL || ix.count(joinEnd, cue.start) > JOIN_REACH) return undefined;
  if (/[.;:!?。；：！？"“”«»„]/u.test(gap)) return undefined;
  // The first verb's subject: the party before the object, with a verb and no list between them.
  const subject = nearestBefore(text, lex, cp.filter((p) => p.end <= object.start), object.start, f.clause.start);
  if (!subject || ix.count(subject.end, object.start) > VERB_PHRASE_REACH || ix.count(subject.end, object.start) < 1) return undefined;
  const between = text.slice(subject.end, object.start);
  if (/[,，、.;:!?。；：]/u.test(between) || joins(text, lex, subject.end, object.start)) return undefined;
  // A speech or stance verb between them makes the object the subject of what was said (elided-subject.ts).
  if (f.cc.some((c) => c.start >= subject.end && c.end <= object.start)) return undefined;
  const a = partyValue(subject);
  if (!a || a === partyValue(object)) return undefined;
  return subject;
}

/**
 * The stance verb of the clause that `cue` is coordinated after: a conjunction of the profile right before the cue (at
 * most an auxiliary or adverb between), no party of its own between the conjunction and the cue, and the earlier stance
 * verb before the conjunction with no sentence-internal break between them ("warned that ... and urged", "предупредила,
 * что ..., и призвала", "警告……，并呼吁"). The second verb shares the first verb's subject.
 */
export function coordinatedAfter(ctx: ClaimContext, f: ClauseFrame, cue: Cue): Cue | undefined {
  const { text } = ctx;
  const join = joinBefore(ctx, f.clause.start, cue.start, JOIN_REACH);
  if (!join) return undefined;
  const { start: joinStart, end: joinEnd } = join;
  // "... and Britain urged": a subject of its own.
  if (f.parties.some((p) => p.start >= joinEnd && p.end <= cue.start)) return undefined;
  for (let k = f.cc.length - 1; k >= 0; k--) {
    const c = f.cc[k]!;
    if (c === cue || c.end > joinStart || !STANCE_VERBS.has(c.cat)) continue;
    return /[.;:!?。；：]/u.test(text.slice(c.end, joinStart)) ? undefined : c;
  }
  return undefined;
}

const STANCE_VERBS = new Set<string>(STANCE_CUES);
