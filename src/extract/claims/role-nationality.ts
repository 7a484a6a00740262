/**
 * A state's adjective or name right beside a noun for people who investigate, study, suffer or use what the text
 * tells (the profile's `staffNouns`, `victimNouns` and `userNouns`): "French investigators", "les enquêteurs
 * français", "các nhà điều tra Pháp", "德国调查人员", "американских следователей", "deutscher Ermittler", "Iranian
 * users", "usuarios ucranianos". The state says whose those people are: it may make that state the speaker (its
 * investigators are its officials), or it names no party at all; it is never the one accused of the act they tell
 * of, nor the threat warned of. The state on the actors themselves ("Russian hackers", "des pirates russes") is
 * another noun (the profile's `actorNouns`) and does name the accused.
 */
import { execAfter, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';
import type { Span } from '../types.ts';

/** Words looked at either side of the state for the role noun (the longest nouns run to four: "các nhà điều tra"). */
const ROLE_NOUN_WORDS = 4;

/** Punctuation that separates the state from a noun of another phrase. */
const PHRASE_BREAK = /[,.;:!?()"“”«»„，。；：、（）]/u;

/** Is the state (its adjective or name) right beside a role noun of the profile, no word or punctuation between? */
export function roleNationality(text: string, lex: CompiledLexicon, ix: TokenIndex, p: Span & { kind?: string }): boolean {
  if (p.kind !== 'country') return false;
  const from = ix.before(p.start, ROLE_NOUN_WORDS);
  const to = ix.after(p.end, ROLE_NOUN_WORDS);
  const adjacent = (a: number, b: number) => b >= a && ix.count(a, b) === 0 && !PHRASE_BREAK.test(text.slice(a, b));
  for (const re of [lex.staffNouns, lex.victimNouns, lex.userNouns]) {
    if (!re) continue;
    // The noun before the state ("les enquêteurs français", "nạn nhân Pháp").
    const before = text.slice(from, p.start);
    for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) if (adjacent(from + m.index + m[0].length, p.start)) return true;
    // The noun after it ("French investigators", "德国调查人员").
    const after = text.slice(p.end, to);
    const m = execFrom(re, after);
    if (m && adjacent(p.end, p.end + m.index)) return true;
  }
  return false;
}
