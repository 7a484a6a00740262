/**
 * Spelling tolerance by deletion neighbourhoods (the symmetric-delete method): two words within a
 * small edit distance share a word made by deleting at most one character from each, so the
 * vocabulary stores each name word with its one-character deletions and a misspelt query word
 * finds its candidates by index lookups, then keeps those within the allowed distance. What this
 * finds: any one edit (a letter missing, extra, replaced, or two neighbours swapped) and, in words
 * of eight letters or more, two edits that are one deletion from each side (a letter missing and
 * another doubled); not two swaps.
 * Distances count Unicode code points (Optimal String Alignment: a swap of neighbours is one edit).
 */

/** Shortest word worth correcting: shorter words have too many neighbours to guess from. */
export const MIN_CORRECTABLE = 4;

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Words of a normalised text (search-text.ts) a misspelling could be meant for: letters only, long enough, not ideographic. */
export function correctableWords(normalised: string): string[] {
  return normalised.split(' ').filter((w) => [...w].length >= MIN_CORRECTABLE && LETTERS_ONLY.test(w) && !IDEOGRAPHIC.test(w));
}

/** The word with one character removed, at each position (distinct). */
export function deletionVariants(word: string): string[] {
  const chars = [...word];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) out.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return [...out];
}

/** How many edits a word of this length may carry and still be corrected: one, two from eight letters on. */
export function allowedEdits(word: string): number {
  return [...word].length >= 8 ? 2 : 1;
}

/** Optimal String Alignment distance between `a` and `b`, in code points. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}
