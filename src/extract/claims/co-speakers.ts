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
import type { Party, SentenceFrame } from './frame.ts';
import { joinedParties } from './parties.ts';
import { whole } from './text.ts';
import { execFrom } from '../lexicons/index.ts';

export function coSpeak(ctx: ClaimContext, f: SentenceFrame): void {
  const { text, lex } = ctx;
  const { speaker, speakerParty: sp, si, produced } = f;
  if (!speaker || !sp) return;
  // The speaker stands outside its words: before them ("X and Y said that ...") or after them ("..., X and Y said").
  const outside = (p: Party) => p.end <= f.contentStart || p.start >= f.contentEnd;
  // "..., según Noruega y Finlandia", "сообщили X и Y": the list a source marker or a speech verb opens speaks, wherever the words run.
  const list = outside(sp)
    ? [...joinedParties(text, lex, f.parties, sp, -1), sp, ...joinedParties(text, lex, f.parties, sp, 1)].filter(outside)
    : introduced(ctx, f, sp) ? [sp, ...joinedParties(text, lex, f.parties, sp, 1)] : [];
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

/** Words between a source marker or a speech verb and the speaker it introduces ("según la agencia X"). */
const INTRODUCED_REACH = 3;

/** Does a source marker or a speech verb stand right before the speaker, with no clause break between? */
function introduced(ctx: ClaimContext, f: SentenceFrame, sp: Party): boolean {
  const { text } = ctx;
  return f.cues.some((c) => (c.cat === 'say' || c.cat === 'sourceBefore') && c.end <= sp.start && ctx.ix.count(c.end, sp.start) <= INTRODUCED_REACH && !/[,;:.!?，。；：、]/u.test(text.slice(c.end, sp.start)));
}

/** Does some gap of the list hold a coordinating word ("and", "et", "и", "和"), not only commas and articles, or none at all ("美英")? */
function coordinated(ctx: ClaimContext, list: Party[]): boolean {
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
