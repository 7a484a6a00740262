/**
 * Words that make a sentence tell what was hit, read only by targeted-sector salience (never by
 * claims or country parties): lists of targets and victims ("Среди целей - министерства ...", "les
 * secteurs visés comprennent", "s'intéresse aux entreprises de défense") and the effects of an act
 * where a language profile lacks them (Spanish: "paralizados", "fuera de servicio").
 */
import { cuesPerLanguage } from '../index.ts';

export const SECTOR_TARGETS: Record<string, string[]> = {
  en: ['among (?:the|its) (?:casualties|targets)', 'casualties', 'targets? (?:included|include|were)', 'victims? (?:included|include|were)', 'interested in'],
  de: ['Ziele? (?:waren|sind|umfassen)', 'unter den (?:Zielen|Opfern)', 'Opfer', 'interessier\\p{L}* sich für'],
  fr: ['cibles?', 'victimes?', "s['’]intéress\\p{L}*"],
  es: [
    'paraliz\\p{L}*', 'infectad[oa]s?', 'caíd[oa]s?', 'fuera de servicio', 'cifrad[oa]s?', 'filtrad[oa]s?', 'robad[oa]s?',
    'acceso a', 'víctimas?', 'blancos?', 'objetivos? (?:de|del|fueron|incluyen)',
  ],
  ru: ['цел(?:ь|и|ей|ям|ями|ях)', 'жертв(?:а|ы|ой|ами|ах)?', 'интересу\\p{L}*'],
  vi: ['mục tiêu', 'nạn nhân'],
  zh: ['目标', '目標', '受害'],
};

export const sectorTargetsFor = cuesPerLanguage(SECTOR_TARGETS);
