/**
 * Where a string the text itself supplies (a surname, an alias given in brackets, a word of a heading) occurs in
 * the text, with conditions at its edges, without compiling a regular expression for that string: compiling one
 * with Unicode property classes ("(?<![\p{L}])Name(?![\p{L}])", flag u) costs a hundred times more than the
 * search, and such strings differ from one document to the next. The string is found by indexOf; the edges are
 * tested by fixed sticky patterns compiled once (a look-behind at its start, a tail at its end). The hits are
 * those that `new RegExp(before + escaped + tail, 'gu')` finds by repeated exec from the same offset, in order.
 */

/** No letter right before. */
export const NO_LETTER_BEFORE = /(?<![\p{L}])/uy;
/** No letter or digit right before. */
export const NO_WORD_BEFORE = /(?<![\p{L}\p{N}])/uy;
/** A letter, digit, comma or semicolon, then spacing, right before ("..., Name", "of Name"). */
export const SPACED_AFTER_WORD = /(?<=[\p{L}\p{N},;]\s+)/uy;
/** No letter right after. */
export const NO_LETTER_AFTER = /(?![\p{L}])/uy;
/** No letter or digit right after. */
export const NO_WORD_AFTER = /(?![\p{L}\p{N}])/uy;
/** A case ending of at most two lower-case letters, then no letter ("Пескова", "Пескову"). */
export const SHORT_ENDING = /\p{Ll}{0,2}(?![\p{L}])/uy;

export interface LiteralHit {
  start: number;
  end: number;
}

/**
 * The first hit of `literal` at or after `from`: where it stands with `before` matching (empty) at its start and
 * `tail` matching right after it (the hit then ends where the tail does). Null when there is none.
 */
export function literalFrom(text: string, literal: string, from: number, before?: RegExp, tail?: RegExp): LiteralHit | null {
  // An empty string: the edges alone, which the engine also tries inside a surrogate pair; as the pattern.
  if (!literal) {
    const re = new RegExp(`${before?.source ?? ''}${tail?.source ?? ''}`, 'gu');
    re.lastIndex = from;
    const m = re.exec(text);
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  }
  for (let i = text.indexOf(literal, from); i >= 0; i = text.indexOf(literal, i + 1)) {
    if (before) {
      before.lastIndex = i;
      if (!before.test(text)) continue;
    }
    let end = i + literal.length;
    if (tail) {
      tail.lastIndex = end;
      const m = tail.exec(text);
      if (!m) continue;
      end += m[0].length;
    }
    return { start: i, end };
  }
  return null;
}

/** Does `literal` stand anywhere in the text with those edges? */
export function hasLiteral(text: string, literal: string, before?: RegExp, tail?: RegExp): boolean {
  return literalFrom(text, literal, 0, before, tail) !== null;
}

/**
 * Where a word a text supplies may stand after a word of a closed list (an article) and a gap of spacing, compared in any case:
 * what `new RegExp(lead + gap + '+' + escaped + tail, 'iu').test(text)` answers (caselessAfter), without compiling a pattern for
 * each word (one with Unicode classes and case folding costs a hundred times more than the search). Compiled once per list; it
 * keeps the places it found in the last text it searched.
 */
export interface CaselessSite {
  /** The lead and the gap, as a sticky look-behind: do they end here? */
  behind: RegExp;
  /** A run of the gap. */
  gap: RegExp;
  /** A gap character opening a word. */
  gapFirst: RegExp;
  /** The word before the NUL, in any case (a back-reference compares as the flag i does), after it, and the tail. */
  same: RegExp;
  lead: string;
  gapClass: string;
  tail: string;
  last?: { text: string; at: number[] };
}

/** `lead` (a pattern's source), then one or more of `gapClass` (a character class: "\\s", "[ \\t]"), then a word, then `tail` (a look-ahead). */
export function caselessSite(lead: string, gapClass: string, tail: string): CaselessSite {
  return {
    behind: new RegExp(`(?<=${lead}${gapClass}+)`, 'iuy'),
    gap: new RegExp(`${gapClass}+`, 'giu'),
    gapFirst: new RegExp(`^${gapClass}`, 'iu'),
    same: new RegExp(`^([^\\0]*)\\0\\1${tail}`, 'iu'),
    lead,
    gapClass,
    tail,
  };
}

/**
 * Does `word` (any case) stand in the text at the site: after its lead and gap, with its tail? The places a word may start there
 * (where a run of the gap that ends the lead ends) are found once per text; the word is compared at each. A word that is empty,
 * opens with a gap character or holds a NUL is searched for with the pattern itself.
 */
export function caselessAfter(text: string, word: string, site: CaselessSite): boolean {
  if (!word || site.gapFirst.test(word) || word.includes('\0')) {
    const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`${site.lead}${site.gapClass}+${esc}${site.tail}`, 'iu').test(text);
  }
  if (site.last?.text !== text) {
    // The word opens with no gap character: where it follows the gap, it starts where a run of the gap ends.
    const at: number[] = [];
    site.gap.lastIndex = 0;
    for (let m = site.gap.exec(text); m; m = site.gap.exec(text)) {
      const i = m.index + m[0].length;
      site.behind.lastIndex = i;
      if (site.behind.test(text)) at.push(i);
    }
    site.last = { text, at };
  }
  // The text's next code point (two code units at most) is read for the tail.
  for (const i of site.last.at) if (site.same.test(`${word}\0${text.slice(i, i + word.length + 2)}`)) return true;
  return false;
}
