/**
 * Distances in words (Intl.Segmenter word segmentation, ICU rules per language: Chinese words
 * included), so that a rule's reach means the same in every script.
 */
const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    let locale = lang === 'und' ? 'en' : lang;
    try {
      new Intl.Segmenter(locale);
    } catch {
      locale = 'en';
    }
    segmenters.set(lang, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  }
  return s;
}

/** Number of words in text[start, end). */
export function wordCount(text: string, start: number, end: number, lang: string): number {
  if (end <= start) return 0;
  let n = 0;
  for (const seg of wordSegmenter(lang).segment(text.slice(start, end))) if (seg.isWordLike) n++;
  return n;
}
