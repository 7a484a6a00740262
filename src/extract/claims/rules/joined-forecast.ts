/**
 * A forecast opening a second main clause joined by a comma and "and" ("Turkey has been hacking our clinics for
 * months, and the attacks on them will not stop", "Die Türkei führt den Streit auch mit Cyberangriffen, und die
 * Angriffe ... werden nicht aufhören", "Турция атакует наши клиники, и атаки ... не прекратятся"): the act's noun has
 * no doer beside it, and its doer is the subject of the first clause, named at that clause's opening (a state, else a
 * threat group), when that clause tells a hostile act (a hostile cue). The join word is the profile's `forecastJoin`,
 * right after a comma, with the act's noun a few words after it. A first clause with no party at its opening ("The
 * company runs normally, and the attacks will continue"), or with no hostile act ("London has strengthened its
 * defences, and the attacks will continue"), gives no doer; nor does the claimant itself.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Resolved } from '../frame.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';
import { partyState } from '../parties.ts';
import { groupsWarnedOf } from './warn-target.ts';

/** Words from the join word to the act's noun ("and the attacks", "и атаки", "và các cuộc tấn công"). */
const NOUN_WORDS = 3;
/** Words from the first clause's opening to its subject ("that Turkey", "dass die Türkei"). */
const SUBJECT_WORDS = 2;

const BREAK = /[.;:!?。；：！？«»"“”„()]/u;

export function joinedClauseDoer(ctx: ClaimContext, f: ClauseFrame, from: number, act: Cue, claimant: Resolved): string | undefined {
  const { text, lex, ix } = ctx;
  const re = lex.forecastJoin;
  if (!re) return undefined;
  const lo = Math.max(f.sentence.start, f.contentStart);
  if (act.start <= lo) return undefined;
  const words = text.slice(lo, act.start);
  let join: { start: number; end: number } | undefined;
  for (let m = execFrom(re, words); m; m = execAfter(re, words, m)) join = { start: lo + m.index, end: lo + m.index + m[0].length };
  if (!join || !/,\s*$/u.test(text.slice(lo, join.start)) || ix.count(join.end, act.start) > NOUN_WORDS || /[,，]/u.test(text.slice(join.end, act.start))) return undefined;
  const comma = text.lastIndexOf(',', join.start);
  // The first clause: from the last break before the comma (or the speaker's words' opening, or the warning cue) to the comma.
  let open = Math.max(lo, from < comma ? from : lo);
  for (let i = comma - 1; i >= open; i--) {
    if (BREAK.test(text[i]!) || text[i] === ',') { open = i + 1; break; } // i is within the text
  }
  // The first clause tells a hostile act of its subject ("Turkey attacks our clinics daily"), not its defence or another deed.
  if (!f.cues.some((c) => c.cat === 'hostile' && c.start >= open && c.end <= comma)) return undefined;
  const atOpening = (s: number, e: number) => s >= open && e <= comma && ix.count(open, s) <= SUBJECT_WORDS && !/[,]/u.test(text.slice(open, s));
  const state = f.parties.find((p) => !!partyState(p) && p.kind !== 'person' && p.kind !== 'pronoun' && p.kind !== 'self' && atOpening(p.start, p.end));
  let v: string | undefined;
  if (state) v = partyState(state);
  else {
    const group = ctx.input.groups.find((g) => atOpening(g.start, g.end));
    if (group) v = groupsWarnedOf(ctx, f, claimant, [group]);
  }
  return v && v !== claimant.value ? v : undefined;
}
