/**
 * The victim phrase of a hostile act: the party or the noun a victim marker introduces right after the act ("the
 * attack on the company X", "der Angriff auf den Konzern X", "атака на компанию X", "l'attaque contre la société X",
 * "vụ tấn công vào công ty X"). What stands there is the one hit, so it is neither the accused of a predicate of blame
 * read backwards from a verb-final cue ("iranische Akteure seien für den Angriff auf den Konzern X verantwortlich": the
 * actors, not X) nor a defendant of a charge ("accused Y of an attack on the company X": Y, not X). The marker must
 * follow the act closely: in "imposed a targeted sanction and a travel ban on a Russian national" the marker belongs
 * to the ban, and the national is its defendant.
 */
import type { ClaimContext } from './context.ts';
import type { Cue } from './frame.ts';
import type { Span } from '../types.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';

/** Words between the act and the victim marker ("attacks carried out against"). */
const MARKER_REACH = 2;
/** Words between the victim marker and the span: an article and the hit's noun ("auf den Casino-Konzern X"). */
const NOUN_REACH = 3;
/** Punctuation that ends the act's phrase. */
const PHRASE_BREAK = /[,.;:!?()\[\]"«»“”„，。；：、（）]/u;

/** Is the span in the victim phrase of a hostile act among `cues`? */
export function inActVictimPhrase(ctx: ClaimContext, cues: readonly Cue[], s: Span): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.victim) return false;
  const act = cues.filter((c) => c.cat === 'hostile' && c.end <= s.start).pop();
  if (!act) return false;
  const between = text.slice(act.end, s.start);
  if (PHRASE_BREAK.test(between)) return false;
  for (let m = execFrom(lex.victim, between); m; m = execAfter(lex.victim, between, m)) {
    const a = act.end + m.index;
    const b = a + m[0].length;
    if (ix.count(act.end, a) <= MARKER_REACH && ix.count(b, s.start) <= NOUN_REACH) return true;
  }
  return false;
}
