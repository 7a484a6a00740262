/**
 * Search text, normalised in JS the same way for stored text and queries, so both backends match
 * alike. Lower case, diacritics removed (Unicode compatibility decomposition), every run of
 * non-letters/digits a single space, and Han/kana characters spaced apart so each is a word:
 * 'Nhóm Vương-Lôi' -> 'nhom vuong loi', 'Песчаный' -> 'песчаныи', '伏特台风' -> '伏 特 台 风'.
 *
 * Matching rule: every query term matches the start of a word, in order within a term; a CJK run
 * is a phrase of single-character words, so any substring of a CJK name is found.
 */
const SPECIAL: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' };
const IDEOGRAPHIC = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

export function normaliseSearchText(text: string): string {
  // Plain ASCII (most names and indicators) needs no decomposition.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đłøßæœ]/g, (c) => SPECIAL[c] ?? c)
    .replace(IDEOGRAPHIC, ' $1 ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Query terms: the query's words, each normalised (a CJK run becomes one spaced phrase). */
export function searchTokens(text: string): string[] {
  const words = text.split(/[^\p{L}\p{N}\p{M}]+/u).map(normaliseSearchText).filter(Boolean);
  return [...new Set(words)];
}
