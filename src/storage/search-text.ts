/**
 * Text normalisation for search, applied in JS to both the stored text and the query so both
 * backends match alike: Unicode compatibility decomposition, diacritics removed, lower case.
 * 'Vương' -> 'vuong', 'Песчаный' -> 'песчаныи', CJK unchanged.
 */
const SPECIAL: Record<string, string> = { đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', Æ: 'ae' };

export function normaliseSearchText(text: string): string {
  // Plain ASCII (most names and indicators) needs no decomposition.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐłŁøØßæÆ]/g, (c) => SPECIAL[c])
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Query terms: whitespace-separated normalised tokens, each matched as a substring. */
export function searchTokens(text: string): string[] {
  const normalised = normaliseSearchText(text);
  return normalised ? [...new Set(normalised.split(' '))] : [];
}
