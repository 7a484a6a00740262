/**
 * Words that, right after a company's name, make it the name of the company's security unit or lab
 * ("Viettel Threat Intelligence", "Acme Cyber Security", "Tarnfield Labs"): the unit is the
 * analyst who reports the campaign, not the company's sector hit. Read only by targeted-sector
 * salience. Vendors keep these names in English whatever the article's language; Chinese and
 * Vietnamese add their own words for a security centre or lab.
 */
import { cuesPerLanguage } from '../index.ts';

const UNITS = ['Threat Intelligence', 'Threat Research', 'Threat Hunting', 'Cyber ?Security', 'Cybersecurity', 'Security', 'Labs?', 'CERT', 'CSIRT', 'SOC', 'Research'];

export const SECTOR_VENDOR_UNITS: Record<string, string[]> = {
  en: UNITS, fr: UNITS, es: UNITS, de: UNITS, ru: UNITS,
  vi: [...UNITS, 'An ninh mạng', 'An toàn thông tin'],
  zh: [...UNITS, '安全', '实验室', '實驗室', '威胁情报', '威脅情報'],
};

export const sectorVendorUnitsFor = cuesPerLanguage(SECTOR_VENDOR_UNITS);
