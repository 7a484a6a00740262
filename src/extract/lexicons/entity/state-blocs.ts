/**
 * Words for a group of states taken together ("Western governments", "les gouvernements
 * occidentaux", "западные правительства", "các chính phủ phương Tây", "西方政府"): next to a
 * government or military word they name those states acting (accusing, sanctioning, speaking), as a
 * state's own name does, not a targeted sector. Read by targeted-sector salience, and by the
 * organisation recogniser: such a word alone, capitalised ("Western"), names no organisation.
 */
import { cuesPerLanguage } from '../index.ts';

export const STATE_BLOCS: Record<string, string[]> = {
  en: ['Western', 'allied', 'Five Eyes'],
  de: ['westliche\\p{L}*', 'verbündete\\p{L}*'],
  fr: ['occidenta(?:l|le|les|ux)', 'alliés'],
  es: ['occidentales?', 'aliados'],
  ru: ['западн(?:ые|ых|ым|ыми|ое|ого|ому|ая|ой|ую|ый|ом)', 'союзн(?:ые|ых|ым|ыми|ики|иков)'],
  vi: ['phương Tây', 'đồng minh'],
  zh: ['西方', '盟国', '盟國', '五眼'],
};

export const stateBlocsFor = cuesPerLanguage(STATE_BLOCS);
