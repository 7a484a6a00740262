/**
 * Coordinated speakers: "Britain, Canada and Australia said ...", "Londres et Ottawa ont affirmé que ...",
 * "Великобритания и Канада заявили, что ...", "英国和加拿大表示，...". The speech frame takes one party of the
 * list as the sentence's speaker (the one nearest its verb); every party joined to it by a coordination,
 * outside the words spoken, says the same words and makes each claim the speaker makes there (one claim
 * per claimant). A list joined only by commas ("After talks with France, Germany said") is no coordination:
 * one of its gaps must hold a coordinating word. A denial or a confirmation is each co-speaker's own.
 */
import type { ClaimCandidate } from '../types.ts';
import type { ClaimContext } from './context.ts';
import type { Cue, Party, SentenceFrame } from './frame.ts';
import { joinedParties } from './parties.ts';
import { officialList } from './official-list.ts';
import { whole } from './text.ts';
import { execFrom } from '../lexicons/index.ts';

export function coSpeak(ctx: ClaimContext, f: SentenceFrame): void {
  const { text, lex } = ctx;
  const { speaker, speakerParty: sp, si, produced } = f;
  if (!speaker || !sp) return;
  // The speaker stands outside its words: before them ("X and Y said that ...") or after them ("..., X and Y said").
  const outside = (p: Party) => p.end <= f.contentStart || p.start >= f.contentEnd;
  // "..., según Noruega y Finlandia", "сообщили X и Y": the list a source marker or a speech verb opens speaks, wherever the words run.
  let list = outside(sp)
    ? [...joinedParties(text, lex, f.parties, sp, -1), sp, ...joinedParties(text, lex, f.parties, sp, 1)].filter(outside)
    : [sp, ...introducedList(ctx, f)];
  // "a US official and a British diplomat said": each official's phrase a member of its own (official-list.ts), outside the
  // words or inside the speech verb's own frame ("gehen X und Y davon aus, dass ...").
  if (list.length < 2) {
    const framed = (p: Party) => f.cues.some((c) => c.cat === 'say' && c.start <= p.start && p.end <= c.end);
    const officials = officialList(ctx, f.parties, sp);
    if (officials.every((p) => outside(p) || framed(p))) list = officials;
  }
  if (list.length < 2 || !coordinated(ctx, list)) return;
  const own = produced.filter((c) => c.claimant === speaker.value && c.method !== 'echo');
  for (const q of list) {
    if (q === sp) continue;
    const co = ctx.resolve(q, si);
    if (!co || co.value === speaker.value) continue;
    for (const c of own) {
      const self = c.stance === 'denies' || c.stance === 'confirms';
      const target = self && c.target === c.claimant ? co.value : c.target;
      if (!self && target === co.value) continue;
      if (produced.some((o) => o.claimant === co.value && o.stance === c.stance && o.target === target)) continue;
      const { speaker: _speaker, ...rest } = c;
      const claim: ClaimCandidate = { ...rest, claimant: co.value, claimant_kind: co.kind, confidence: Math.max(0.3, +(c.confidence - 0.05).toFixed(2)), ...(target ? { target } : {}) };
      if (!target) delete claim.target;
      if (q.person) claim.speaker = q.person.name;
      produced.push(claim);
    }
  }
}

/** Words between a speech verb and the speaker it introduces ("said the agency X"). */
const INTRODUCED_REACH = 3;
/**
 * Words between a source marker and the speaker it introduces: as far as the speech frame looks for it (speech.ts),
 * through the noun of what the source found or published ("according to the assessment of X", "según un informe
 * publicado el lunes por X", "nach Recherchen des X", "theo đánh giá của X").
 */
const SOURCE_INTRODUCED_REACH = 10;

/**
 * The parties joined to the speaker that a source marker or a speech verb right before it introduces, with no clause
 * break between ("according to X and Y", "selon l'évaluation du X et du Y", "по оценке X и Y", "据X和Y报道"): each is a
 * speaker too. A list joined by a comma must close where the source phrase does, at a clause break: in "according to
 * X, Y and Z were hit" the comma ends the source phrase and Y and Z open the reported words.
 */
export function introducedList(ctx: ClaimContext, f: SentenceFrame): Party[] {
  const { text, lex } = ctx;
  const sp = f.speakerParty;
  if (!sp) return [];
  const from = (c: Cue) => c.end <= sp.start && !/[,;:.!?，。；：、]/u.test(text.slice(c.end, sp.start));
  const reach = (c: Cue) => (c.cat === 'sourceBefore' ? SOURCE_INTRODUCED_REACH : c.cat === 'say' ? INTRODUCED_REACH : -1);
  if (!f.cues.some((c) => from(c) && ctx.ix.count(c.end, sp.start) <= reach(c))) return [];
  const joined = joinedParties(text, lex, f.parties, sp, 1);
  const gaps = joined.map((q, i) => text.slice((joined[i - 1] ?? sp).end, q.start));
  // The list ends with the member its coordinating word joins ("X, Y and Z"); a member joined by a comma after it opens the words.
  const last = gaps.findIndex((g) => !/^[\s,，、]*$/u.test(g));
  const list = last < 0 ? joined : joined.slice(0, last + 1);
  const comma = gaps.findIndex((g, i) => i < list.length && /[,，]/u.test(g));
  if (comma < 0) return list;
  const closed = last >= 0 && /^[\s)）"”»》」]*(?:[,;:.!?，。；：]|$)/u.test(text.slice(list.at(-1)!.end, f.sentence.end));
  return closed ? list : list.slice(0, comma);
}

/** Does some gap of the list hold a coordinating word ("and", "et", "и", "和"), not only commas and articles, or none at all ("美英")? */
export function coordinated(ctx: ClaimContext, list: Party[]): boolean {
  const { text, lex } = ctx;
  for (let i = 1; i < list.length; i++) {
    const gap = text.slice(list[i - 1]!.end, list[i]!.start);
    // "美英两国": abbreviations written together are a list by themselves.
    if (!gap) return true;
    if (gap.trim().split(/[\s,、，]+/u).some((w) => w && !whole(lex.articles, w) && !/^['’]s?$/u.test(w))) return true;
  }
  return false;
}

/** Words between a pro-verb ("as did") and the first party it joins. */
const ALSO_DID_REACH = 2;

/**
 * "Britain blamed Russia for the attack, as did the United States and Canada", "..., comme l'ont fait la Norvège et
 * la Finlande": the parties a pro-verb after the clause names (the first right after it and those joined to it) each
 * make the claims the sentence told before it, same stance, target and operations (one claim per party).
 */
export function alsoDid(ctx: ClaimContext, f: SentenceFrame): void {
  const { text, lex } = ctx;
  const re = lex.alsoDid;
  if (!re || !f.produced.length) return;
  const m = execFrom(re, f.sentence.text);
  if (!m) return;
  const end = f.sentence.start + m.index + m[0].length;
  const named = (p: Party) => p.kind === 'country' || p.kind === 'organization' || p.kind === 'person';
  const first = f.parties.find((p) => p.start >= end && named(p));
  if (!first || ctx.ix.count(end, first.start) > ALSO_DID_REACH || /[,;:.!?，。；：]/u.test(text.slice(end, first.start))) return;
  // Only a stance a verb told ("blamed", "warned"): in "X said Russia hit Norway, as did Belarus" the pro-verb repeats the reported act.
  const told = f.produced.filter((c) => c.method === 'cue' && c.evidence.start < end);
  for (const q of [first, ...joinedParties(text, lex, f.parties, first, 1)]) {
    const co = ctx.resolve(q, f.si);
    if (!co) continue;
    for (const c of told) {
      if (c.claimant === co.value || c.target === co.value) continue;
      if (f.produced.some((o) => o.claimant === co.value && o.stance === c.stance && o.target === c.target)) continue;
      const { speaker: _speaker, ...rest } = c;
      const claim: ClaimCandidate = { ...rest, claimant: co.value, claimant_kind: co.kind, confidence: Math.max(0.3, +(c.confidence - 0.05).toFixed(2)) };
      if (q.person) claim.speaker = q.person.name;
      f.produced.push(claim);
    }
  }
}
