/**
 * Quantifiers that make a noun phrase generic ("any", "cualquier", "n'importe quelle", "jede",
 * "любая", "bất kỳ", "任何"): a state in such a phrase ("any Chilean, Mexican or Colombian company
 * could fall victim") names no actual victim or actor, so it is no party by its position (parties.ts).
 */
import { cuesPerLanguage } from '../index.ts';

export const GENERIC_QUANTIFIERS: Record<string, string[]> = {
  en: ['any'],
  fr: ['n[’\']importe quel(?:le)?s?'],
  de: ['jede[rsnm]?', 'jegliche[rsnm]?', 'irgendein\\p{L}*'],
  es: ['cualquier(?:a)?', 'cualesquiera'],
  ru: ['люб(?:ой|ая|ое|ые|ого|ую|ому|ым|ых)'],
  vi: ['bất kỳ', 'bất kì', 'bất cứ'],
  zh: ['任何', '任一'],
};

export const genericQuantifiersFor = cuesPerLanguage(GENERIC_QUANTIFIERS);
