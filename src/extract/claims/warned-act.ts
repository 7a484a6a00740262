/**
 * A warning tells what an actor did, or what it may do. Told as done ("warned that X had broken into ...",
 * "alertó de que el grupo X había comprometido ...", "警告称X已入侵……"), the act is pinned on the actor: the
 * speaker attributes it (reported-act.ts). Told only as possible or as pursued from now on, it is no act done:
 * a modal of what may happen before it (profile `potential`: "could target", "podría atacar", "может
 * атаковать", "có thể tấn công", "可能攻击"), or a phrase of the actor's ongoing or intended pursuit or of its
 * readiness to do harm around it (profile `hostilePursuit`, `harmIntent`: "continues to target", "продолжит
 * атаки", "持续针对"). Such a warning warns of the actor (the warning rules read it) and attributes nothing.
 * A phrase of readiness to do harm (`harmIntent`: "preparing to cause damage", "готовятся нанести ущерб") is a
 * warning of the actor by itself (harm-intent.ts), with no warning cue: it too pins no act.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';
import { matches } from './text.ts';

/** Words at most between a modal of what may happen and the act it governs ("could be used for espionage"). */
const MODAL_REACH = 4;

/**
 * Is every act the clause's warning tells (its hostile cues after a warning cue; actor nouns such as "hackers" and group names aside)
 * only possible or pursued? False when the clause has no warning cue before its acts (nor a phrase of readiness), or no act at all.
 */
export function onlyWarnedActs(ctx: ClaimContext, f: ClauseFrame, hostile: Cue[], from: number, to: number): boolean {
  const { text, lex } = ctx;
  if (to <= from) return false;
  const inWords = hostile.filter((h) => h.cat === 'hostile' && h.start >= from && h.end <= to);
  // Who acts is no act: a threat group's name standing for an act (reported-act.ts), an actor noun ("hackers",
  // "хакеры"), a group noun ("группировка", "Gruppe").
  const actor = (h: Cue) => !f.cc.includes(h) || matches(lex.actorNouns, h.text) || matches(lex.unnamedGroupHeads, h.text);
  const acts = inWords.filter((h) => !actor(h));
  const words = text.slice(from, to);
  const phrases: Array<[number, number]> = [];
  let ready = false;
  // With no warning cue in the clause, only a phrase of readiness can make its words a warning.
  const warned = f.cc.some((c) => c.cat === 'warn');
  for (const re of warned ? [lex.hostilePursuit, lex.harmIntent] : [lex.harmIntent]) {
    if (!re) continue;
    for (let m = execFrom(re, words); m; m = execAfter(re, words, m)) {
      phrases.push([from + m.index, from + m.index + m[0].length]);
      if (re === lex.harmIntent) ready = true;
    }
  }
  // A phrase of pursuit with no hostile cue in it ("持续针对", "keeps going after") is itself the act told.
  const first = Math.min(...inWords.map((h) => h.start), ...phrases.map(([a]) => a));
  // A phrase of readiness to do harm is itself a warning of the actor (harm-intent.ts), with or without a warning cue before it.
  if (!Number.isFinite(first) || (!ready && !f.cc.some((c) => c.cat === 'warn' && c.end <= first))) return false;
  // With no act named by a cue ("APT28 pourrait s'en prendre à ...", "APT28 könnte ... angreifen"), the actor's predicate: a modal right after it.
  if (!acts.length && !phrases.length) return inWords.some((h) => modalAfter(ctx, h.end, to));
  return acts.every((h) => phrases.some(([a, b]) => a <= h.start && h.end <= b) || underModal(ctx, h, from));
}

/** Words at most between an actor and the modal that opens its predicate ("APT28 pourrait", "X könnte", "X có thể"). */
const PREDICATE_REACH = 1;

/** Does a modal of what may happen open the predicate right after `at`, no clause punctuation between? */
function modalAfter(ctx: ClaimContext, at: number, to: number): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.potential) return false;
  const tail = text.slice(at, Math.min(to, ix.after(at, PREDICATE_REACH + 1)));
  const m = execFrom(lex.potential, tail);
  return !!m && ix.count(at, at + m.index) <= PREDICATE_REACH && !/[,.;:!?，。；：、]/u.test(tail.slice(0, m.index));
}

/** Is a modal of what may happen right before the act, within a few words, with no clause punctuation between? */
function underModal(ctx: ClaimContext, h: Cue, from: number): boolean {
  const { text, lex, ix } = ctx;
  const re = lex.potential;
  if (!re) return false;
  const lo = Math.max(from, ix.before(h.start, MODAL_REACH + 1));
  const before = text.slice(lo, h.start);
  let last: RegExpExecArray | null = null;
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) last = m;
  if (!last) return false;
  const end = lo + last.index + last[0].length;
  return ix.count(end, h.start) <= MODAL_REACH && !/[,.;:!?，。；：、]/u.test(text.slice(end, h.start));
}
