/**
 * Nouns of a statement followed by the link to its author ("Comunicado del Gobierno", "statement by
 * the ministry", "déclaration du gouvernement", "Erklärung der Regierung", "заявление правительства",
 * "tuyên bố của chính phủ"): the sector word right after one names who issued the statement, not a
 * sector hit. Read only by targeted-sector salience.
 */
import { cuesPerLanguage } from '../index.ts';

export const SECTOR_STATEMENT_AUTHORS: Record<string, string[]> = {
  en: ['(?:statement|communiqu[eé]|press release|declaration|announcement)s? (?:by|of|from)(?: the)?'],
  es: ['(?:comunicado|declaración|nota|pronunciamiento)s? (?:del|de la|de los)'],
  fr: ['(?:communiqué|déclaration|annonce)s? (?:du|de la|des)'],
  de: ['(?:Erklärung|Mitteilung|Stellungnahme)(?:en)? (?:der|des)'],
  ru: ['(?:заявлени|сообщени|коммюнике)\\p{L}*'],
  vi: ['(?:tuyên bố|thông cáo|thông báo) của'],
};

export const sectorStatementAuthorsFor = cuesPerLanguage(SECTOR_STATEMENT_AUTHORS);
