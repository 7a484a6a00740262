/**
 * A hit told as a non-finite verb: "a annoncé avoir été la cible d'une cyberattaque", "informó haber sido blanco
 * de un ataque", "teilte mit, Ziel eines Angriffs geworden zu sein", "reported being the target of an attack".
 * The infinitive or gerund (profile `nonFiniteHit`: "avoir été", "haber sido", "geworden zu sein", "having been")
 * has no subject of its own: it is the governing verb's subject's hit, and what that verb does decides the stance.
 *  - a verb of saying or confirming right before it: the speaker confirms it was hit;
 *  - a denial ("a démenti avoir été la cible", "negó haber sido víctima", "denied having been hacked"), a modal
 *    of what may be ("pourrait avoir été", "podría haber sido"), or any other verb ("craint d'avoir été",
 *    "feared being"): no confirmation.
 * Distances are word tokens (tokens.ts).
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';
import { matches } from './text.ts';

/** Words looked at around a confirmation cue for its non-finite marker ("avoir été [victime d'une]", "[Opfer ...] geworden zu sein"). */
const MARKER_REACH = 2;
/** Words between the governing verb and the non-finite hit ("a annoncé [vendredi] avoir été"). */
const GOVERNOR_REACH = 3;

/** Is the confirmation cue a non-finite hit whose governing verb is no verb of saying or confirming? */
export function ungovernedNonFiniteHit(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, lex, ix } = ctx;
  const re = lex.nonFiniteHit;
  if (!re) return false;
  const lo = ix.before(cue.start, MARKER_REACH);
  const window = text.slice(lo, ix.after(cue.end, MARKER_REACH));
  let marker: { start: number; end: number } | undefined;
  for (let m = execFrom(re, window); m; m = execAfter(re, window, m)) {
    const s = lo + m.index;
    const e = s + m[0].length;
    // The marker is part of the cue or stands right before it ("avoir été [victime d'une]"), or, closing the
    // verb, overlaps its end ("[Opfer eines Angriffs geworden] zu sein"); one after the cue belongs to the next verb
    // ("a confirmé [avoir été la cible]": the cue is the governor).
    if (s >= cue.end) continue;
    if (e <= cue.start && /[.;:!?"“”«»()]/u.test(text.slice(e, cue.start))) continue;
    marker = { start: s, end: e };
    break;
  }
  if (!marker) return false;
  const from = Math.min(cue.start, marker.start);
  const near = (c: Cue) => c !== cue && c.end <= from && ix.count(c.end, from) <= GOVERNOR_REACH && !/[.;:!?]/u.test(text.slice(c.end, from));
  const governors = f.cc.filter(near);
  if (governors.some((c) => c.cat === 'deny' || c.cat === 'denyQualifier')) return true;
  const head = text.slice(ix.before(from, GOVERNOR_REACH), from);
  if (matches(lex.potential, head)) return true;
  return !governors.some((c) => c.cat === 'say' || c.cat === 'confirm');
}
