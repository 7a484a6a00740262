/**
 * Names of a vague group of states taken together as a compass point ("the West", "Occidente",
 * "l'Occident", "der Westen", "Запад", "phương Tây", "西方"): written with a capital they look like a
 * name, but they name no state and no organisation, so they neither speak nor are accused. Read by
 * claims/parties.ts (sentenceParties).
 */
import { cuesPerLanguage } from '../index.ts';

export const BLOC_NAMES: Record<string, string[]> = {
  en: ['West', 'Occident'],
  de: ['Westen', 'Westens'],
  fr: ['Occident'],
  es: ['Occidente'],
  ru: ['Запад(?:а|у|ом|е)?'],
  vi: ['phương Tây', 'Phương Tây'],
  zh: ['西方'],
};

export const blocNamesFor = cuesPerLanguage(BLOC_NAMES);
