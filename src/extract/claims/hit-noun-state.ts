/**
 * A state's adjective or name beside a noun for what a hostile act hits and that never carries one out (the
 * profile's `hitNouns`): "Moldovan banks", "systems of Moldovan government organisations", "bancos moldavos",
 * "молдавских государственных организаций", "ngân hàng Moldova". The state says whose the thing hit is: it is on
 * the victim's side, never the one accused of the act. The noun and the state stand side by side, or, with the noun
 * after the state, one or two of the profile's `hitNounModifiers` stand between ("government", "государственных"):
 * any other word ("the USA attack Chinese networks", "die Netze von russischen Stellen", "больницы провели
 * российские хакеры") puts the state outside the noun's phrase. A tie ("China state-affiliated organisations" are the
 * state's agents) keeps it the accused.
 */
import { execAfter, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';
import type { Span } from '../types.ts';
import { matches, whole } from './text.ts';

/** Words allowed between the state and the noun ("government" in "Moldovan government organisations"). */
const HIT_NOUN_GAP = 2;

/** Punctuation that separates the state from a noun of another phrase. */
const PHRASE_BREAK = /[,.;:!?()"“”«»„，。；：、（）]/u;

/** Only modifiers between: every word of the gap is one of the profile's `hitNounModifiers`. */
function onlyModifiers(gap: string, re: RegExp | null): boolean {
  return gap.trim().split(/\s+/u).filter(Boolean).every((w) => whole(re, w));
}

/** Is the state (its adjective or name) beside a hit noun of the profile, at most HIT_NOUN_GAP words between? */
export function hitNounState(text: string, lex: CompiledLexicon, ix: TokenIndex, p: Span & { kind?: string }): boolean {
  const re = lex.hitNouns;
  if (!re || p.kind !== 'country') return false;
  // "серверов северокорейским хакерам", "servers to Iranian hackers": a state right before an actor noun is the actor's,
  // whatever hit noun stands before it.
  const next = text.slice(p.end, ix.after(p.end, 1));
  const actor = lex.actorNouns ? execFrom(lex.actorNouns, next) : null;
  if (actor && !next.slice(0, actor.index).trim()) return false;
  const near = (a: number, b: number, modifiersAllowed: boolean) => {
    if (b < a || ix.count(a, b) > HIT_NOUN_GAP) return false;
    const gap = text.slice(a, b);
    if (!(modifiersAllowed ? onlyModifiers(gap, lex.hitNounModifiers) : !gap.trim())) return false;
    // "China state-affiliated organisations": a tie in the gap makes the state the noun's sponsor, not its owner.
    return !PHRASE_BREAK.test(gap) && ![lex.actorNouns, lex.hostile, lex.linkedTo, lex.modifierSuffix].some((re) => matches(re, gap));
  };
  // The noun before the state ("bancos moldavos", "ngân hàng Moldova").
  const from = ix.before(p.start, HIT_NOUN_GAP + 3);
  const before = text.slice(from, p.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) if (near(from + m.index + m[0].length, p.start, false)) return true;
  // The noun after it ("Moldovan banks", "молдавских государственных организаций").
  const to = ix.after(p.end, HIT_NOUN_GAP + 3);
  const after = text.slice(p.end, to);
  const m = execFrom(re, after);
  return !!m && near(p.end, p.end + m.index, true);
}
