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
