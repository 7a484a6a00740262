/**
 * Words that make the sector named right after them a disguise, not a victim ("posing as
 * journalists", "suplantaron a periodistas", "se faisant passer pour des diplomates", "giả danh nhà
 * báo", "выдавая себя за журналистов", "冒充记者"): the operators pretend to be the sector's people;
 * the targets are others. Read only by targeted-sector salience.
 */
import { cuesPerLanguage } from '../index.ts';

export const SECTOR_GUISES: Record<string, string[]> = {
  en: ['pos(?:e|es|ed|ing) as', 'impersonat\\p{L}*', 'masquerad\\p{L}* as', 'pretend\\p{L}* to be', 'disguised as', 'in the guise of'],
  de: ['g(?:ab|aben|ibt|eben)\\p{L}* sich als', 'getarnt als', 'als vermeintliche\\p{L}*', 'ausgegeben als'],
  fr: ['(?:se )?fai\\p{L}* passer pour', 'usurp\\p{L}* l[’\']identité (?:de|des|du|d[’\'])', 'imit\\p{L}*'],
  es: ['suplant\\p{L}*(?: la identidad de)?', '(?:se )?hac\\p{L}* pasar por', 'hacerse pasar por', 'haciéndose pasar por'],
  ru: ['выда(?:ва)?\\p{L}* себя за', 'под видом', '(?:за)?маскир\\p{L}* под'],
  vi: ['giả danh', 'giả mạo', 'mạo danh', 'đóng giả'],
  zh: ['冒充', '假冒', '伪装成', '偽裝成', '假扮', '冒名'],
};

export const sectorGuisesFor = cuesPerLanguage(SECTOR_GUISES);
