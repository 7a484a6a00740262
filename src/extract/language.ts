/**
 * Language detection (tinyld, a maintained n-gram detector) returning ISO 639-1, or `und` when the
 * text is too short or mixed to tell, or when the detector's best guess is not a language news is
 * written in (tinyld also knows Latin, Esperanto, Volapük and Klingon, and answers one of them for
 * markup or binary garbage). Only a bounded prefix is scanned: articles state their language in the
 * first paragraphs and detection cost must not grow with document size.
 */
import { detectAll } from 'tinyld';
import { LEXICONS } from './lexicons/index.ts';

/** Languages with claim cue lexicons; entity linking and observables run for every language. */
export const CLAIM_LANGUAGES = ['en', 'vi', 'zh', 'ru', 'fr', 'de', 'es'] as const;
export type ClaimLanguage = (typeof CLAIM_LANGUAGES)[number];

const SAMPLE = 800;
/** Below this length n-gram detection is unreliable for Latin-script text: function words decide. */
const SHORT = 400;
/** Function words and letters of each Latin-script profile, counted together: the most frequent language decides. */
const SIGNALS: Array<[string, RegExp]> = Object.values(LEXICONS)
  .filter((l) => l.functionWords?.length)
  .map((l) => {
    const words = `(?<![\\p{L}])(?:${l.functionWords!.join('|')})(?![\\p{L}])`;
    const letters = l.distinctLetters?.length ? `|[${l.distinctLetters.join('')}]` : '';
    return [l.lang, new RegExp(words + letters, 'giu')];
  });
const HAN = /\p{Script=Han}/u;

/**
 * Languages news is written in that the n-gram detector may answer (ISO 639-1): the claim languages
 * and the other living languages of the press. Anything else comes back as `und`.
 */
export const NEWS_LANGUAGES: ReadonlySet<string> = new Set([
  ...CLAIM_LANGUAGES,
  'af', 'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'cs', 'da', 'el', 'es', 'et', 'fa', 'fi', 'ga', 'gu', 'he', 'hi', 'hr',
  'hu', 'hy', 'id', 'is', 'it', 'ja', 'ka', 'kk', 'km', 'kn', 'ko', 'lt', 'lv', 'mk', 'mn', 'ms', 'my', 'nb', 'nl', 'no',
  'pl', 'pt', 'ro', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'th', 'tk', 'tl', 'tr', 'tt', 'uk', 'ur', 'uz',
]);
/** Fewer letters than this left to the n-gram model: too little to tell a language by. */
const MIN_LETTERS = 12;
/** The n-gram model is unsure when its best guess does not beat the runner-up by this factor. */
const MIN_MARGIN = 1.25;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE).replace(/https?:\/\/\S+/g, ' ');
  if (sample.trim().length < 2) return 'und';
  const latin = /^[\p{Script=Latin}\P{L}]*$/u.test(sample) && !/[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(sample);
  if (latin) {
    // Function words decide short texts, and long ones where one language clearly dominates.
    const counts = SIGNALS.map(([l, re]) => [l, sample.match(re)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
    const [[best, most] = ['und', 0], [, next] = ['', 0]] = counts;
    if (sample.length < SHORT ? most > 1 && most > next : most >= 8 && most >= 2 * next) return best;
  }
  // Russian: ы/э and none of the letters of the other Cyrillic languages.
  if (/[ыэ]/u.test(sample) && !/[іїєґўђјљњћџ]/iu.test(sample)) return 'ru';
  // Scripts that name their language outright skip the n-gram model (the costliest step).
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 1;
  if (han / letters > 0.5 && !/[\u3040-\u30ff\uac00-\ud7af]/u.test(sample)) return 'zh';
  const viMarks = sample.match(/[ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu)?.length ?? 0;
  if (viMarks / letters > 0.04) return 'vi';
  if (letters < MIN_LETTERS) return 'und';
  const [best, runnerUp] = detectAll(sample);
  if (!best || (runnerUp && best.accuracy < MIN_MARGIN * runnerUp.accuracy)) return 'und';
  // tinyld answers `ja` for short all-Han passages; without kana it is Chinese.
  if (best.lang === 'ja' && HAN.test(sample) && !/[\u3040-\u30ff]/.test(sample)) return 'zh';
  return NEWS_LANGUAGES.has(best.lang) ? best.lang : 'und';
}

export function hasClaimLexicon(lang: string): lang is ClaimLanguage {
  return (CLAIM_LANGUAGES as readonly string[]).includes(lang);
}
