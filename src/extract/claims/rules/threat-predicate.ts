/**
 * A threat predicate: a copula or a verb of posing with a threat noun ("Russia is the main threat to
 * Europe", "poses a serious threat", "США являются главным источником угроз", "la Russie constitue la
 * principale menace", "Russland sei die größte Bedrohung", "Rusia representa una amenaza", "Nga là mối đe
 * dọa", "美国是最大的威胁来源"). Its subject is the threat: the speaker warns of it (target its state, else
 * the group), and the subject is never the one who warns. With no speaker (nor a publisher speaking), no
 * claim; a negated predicate ("is no threat") or one whose subject is the speaker's own side warns of no one.
 * A coordinated subject ("China and Russia pose a threat", "программы Китая, России и Ирана остаются угрозой",
 * "俄罗斯和伊朗构成威胁"): each state of the list is a threat of its own, one warning each.
 */
import { toldStates } from '../group-target.ts';
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Party } from '../frame.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';
import { negated, whole } from '../text.ts';
import { joins, partyState, partyValue } from '../parties.ts';
import { coordinated } from '../co-speakers.ts';

/** Words between the subject and its threat predicate ("Russia today remains ..."). */
const SUBJECT_REACH = 2;

/** Handle a warning cue inside a threat predicate: true when the cue is one (a claim may or may not be made). */
export function threatPredicate(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, lex, ix } = ctx;
  const re = lex.threatPredicate;
  if (!re) return false;
  const s = f.sentence;
  let pred: { start: number; end: number } | undefined;
  for (let m = execFrom(re, s.text); m; m = execAfter(re, s.text, m)) {
    const a = s.start + m.index;
    const b = a + m[0].length;
    if (a <= cue.start && cue.end <= b) pred = { start: a, end: b };
  }
  if (!pred || pred.start < f.clause.start) return false;
  const near = (end: number) => end <= pred!.start && end >= f.clause.start && ix.count(end, pred!.start) <= SUBJECT_REACH && !/[,.;:!?，。；：]/u.test(text.slice(end, pred!.start));
  const party = f.cp.filter((p) => near(p.end) && p.kind !== 'pronoun' && p.kind !== 'self' && p.kind !== 'backref' && p.kind !== 'person').at(-1);
  const group = f.about.filter((g) => near(g.end)).at(-1);
  const subject = party && (!group || party.end >= group.end) ? partyState(party) ?? partyValue(party) : group ? (toldStates(group).length === 1 ? toldStates(group)[0] : group.name) : undefined;
  if (!subject) return false;
  const speaker = f.speaker && pred.start >= f.contentStart && pred.end <= f.contentEnd ? f.speaker : ctx.publisher;
  // A negator right after the verb is inside the predicate ("pose no threat", "sind keine Bedrohung").
  const afterVerb = text.slice(pred.start, pred.end).split(/\s+/u)[1];
  if (!speaker || speaker.value === subject || negated(text, lex, { start: pred.start, end: pred.end }) || (!!afterVerb && whole(lex.negation, afterVerb))) return true;
  ctx.emit(f, speaker, 'warns', subject, 0.65, 'cue');
  // The states listed with the subject before it, joined by a coordination ("China, Russia and Iran remain threats").
  if (party && subject === partyState(party)) {
    const list = listedBefore(ctx, f.cp, party);
    if (list.length && coordinated(ctx, [...list, party])) {
      for (const p of list) {
        const state = partyState(p);
        if (state && state !== speaker.value) ctx.emit(f, speaker, 'warns', state, 0.6, 'cue');
      }
    }
  }
  return true;
}

/**
 * The states listed right before the subject, each joined to the next by a separator or a coordinating word only
 * ("China, Russia and Iran", "la Chine, la Russie et l'Iran"), also inside a backing phrase ("programmes sponsored by X, Y and Z").
 */
function listedBefore(ctx: ClaimContext, parties: Party[], subject: Party): Party[] {
  const out: Party[] = [];
  let cur = subject;
  for (let i = parties.indexOf(subject) - 1; i >= 0; i--) {
    const q = parties[i]!; // i is bounds-checked by the loop
    if (q.end > cur.start) continue;
    if (!partyState(q) || !joins(ctx.text, ctx.lex, q.end, cur.start)) break;
    out.unshift(q);
    cur = q;
  }
  return out;
}
