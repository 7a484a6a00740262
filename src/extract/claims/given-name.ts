/**
 * A name given, not an act told: a threat group's name that ends its sentence right after a marker of naming
 * ("a report on the group, which it calls X.", "al que denomina X.", "được đặt tên là X.", "sous le nom de X.") or
 * right after a naming verb and at most two words ("называет группировку X.", "nennt die Gruppe X.") says what
 * the group is called, not what it did: told in a party's words, it pins no act on the group's state
 * (reported-act.ts). An act told of the same group after its name ("a group it calls X stole ...") is an act still.
 */
import type { ClaimContext } from './context.ts';
import type { Span } from '../types.ts';
import { cuesPerLanguage, execFrom } from '../lexicons/index.ts';
import { GROUP_CALLING_VERBS, GROUP_NAME_MARKERS } from '../lexicons/entity/group-schemes.ts';
import { markerEndsAt } from './text.ts';

const markersOf = cuesPerLanguage(GROUP_NAME_MARKERS);
const verbsOf = cuesPerLanguage(GROUP_CALLING_VERBS);
/** Words looked at before the name: the marker's longest form ("que nous avons baptisé", "которую мы назвали"). */
const LOOK_BACK = 6;
/** Words at most between the naming verb and the name ("the group", "die Gruppe", "группировку"). */
const CALLED_GAP = 2;
const PUNCT = /[,.;:!?，。；：()（）]/u;
/** What may follow a name that ends its sentence: closing marks and the stop. */
const CLOSING = /^[\s"'»”’」』)）]*[.!?。！？]?[\s"'»”’」』]*$/u;
/** Quotation marks (and spaces) that may stand between the marker and the name. */
const TRAILING_QUOTES = /[\s"'«»“”„‚‘’「」『』]+$/u;

/**
 * Where the naming that gives `group` its name starts, within [from, group.start): a marker of naming right before
 * the name, or a naming verb and at most two words; undefined when the name follows none, or when anything but
 * quotation marks and the final stop follows the name before `end` (the sentence's end): "a group it calls X stole
 * ..." tells what X did.
 */
export function givenNameAt(ctx: ClaimContext, group: Span, from: number, end: number): number | undefined {
  const { text, ix } = ctx;
  if (!CLOSING.test(text.slice(group.end, end))) return undefined;
  const start = Math.max(from, ix.before(group.start, LOOK_BACK));
  const bare = text.slice(start, group.start).replace(TRAILING_QUOTES, '');
  const markers = markersOf(ctx.lex.lang);
  if (markers && markerEndsAt(markers, bare)) return start + lastMatch(markers, bare);
  const verbs = verbsOf(ctx.lex.lang);
  if (!verbs) return undefined;
  // The naming verb, then at most two words ("называет группировку X", "nennt die Gruppe X"); no punctuation between.
  for (let m = execFrom(verbs, bare); m; m = execFrom(verbs, bare, m.index + (m[0].length || 1))) {
    const between = bare.slice(m.index + m[0].length);
    if (!PUNCT.test(between) && ix.count(start + m.index + m[0].length, start + bare.length) <= CALLED_GAP) return start + m.index;
  }
  return undefined;
}

/** The start of the last match of `re` in `s`. */
function lastMatch(re: RegExp, s: string): number {
  let at = 0;
  for (let m = execFrom(re, s); m; m = execFrom(re, s, m.index + (m[0].length || 1))) at = m.index;
  return at;
}
