/**
 * A state body named by an organ noun with its nationality adjective after it, Romance word order: "la Police
 * fédérale australienne", "la Policía federal peruana", "le Service national malgache". The name the text capitalises
 * ("Police", "Policía Federal") is no organisation of its own: the adjective, within the noun phrase, gives the body its state. The
 * phrase may hold a few adjectives of its own between the noun and the nationality ("fédérale", "nacional"); an
 * article, a capitalised word or punctuation ends it ("la police a arrêté un hacker australien": the adjective is the
 * later noun's). Only a state's adjective (lower case, as Romance languages write it) counts, never a name or a
 * demonym noun ("les Australiens"), and never an alliance or a union ("européenne" is no state of its own).
 * Distances are word tokens.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { PartyMention } from '../people.ts';
import { tokenIndex } from '../tokens.ts';
import { whole } from './text.ts';

/** Unions written with a state's code: their adjective ("européenne") names no state. */
const UNIONS: ReadonlySet<string> = new Set(['EU']);
/** Words of the noun phrase that may stand between the organ noun and its nationality adjective ("fédérale", "nacional de"). */
const ADJECTIVE_REACH = 2;
/** A word of the phrase between noun and nationality: lower-case letters only (an adjective; a name or a number ends the phrase). */
const PHRASE_WORD = /^\p{Ll}[\p{Ll}\-]*$/u;

/** The state of an organ named as a bare noun (or noun phrase) whose nationality adjective follows it, if any. */
export function postposedNationality(text: string, lex: CompiledLexicon, countries: PartyMention[], o: PartyMention, surface: string): string | undefined {
  const nameWords = surface.split(/\s+/u);
  // A bare organ noun, or one with capitalised adjectives of its own ("Policía Federal"); a name with a complement
  // ("Centro Nacional de Ciberseguridad") is a name of its own, resolved by the organ rules (organ-state.ts).
  if (!lex.organNouns || !whole(lex.organNouns, nameWords[0]!) || nameWords.slice(1).some((w) => !/^\p{Lu}/u.test(w))) return undefined;
  const c = countries.find((p) => p.start >= o.end);
  if (!c || !/^[A-Z]{2}$/u.test(c.value) || UNIONS.has(c.value) || !/^\p{Ll}/u.test(text.slice(c.start, c.end))) return undefined;
  const gap = text.slice(o.end, c.start);
  if (!/^\s/u.test(gap) && gap !== '') return undefined;
  const words = gap.trim() ? gap.trim().split(/\s+/u) : [];
  if (tokenIndex(text, lex.lang).count(o.end, c.start) > ADJECTIVE_REACH) return undefined;
  if (words.some((w) => !PHRASE_WORD.test(w) || whole(lex.articles, w) || whole(lex.organNouns, w))) return undefined;
  return c.value;
}
