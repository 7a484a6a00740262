/**
 * "The <nationality> side": Chinese writes a state as its one-character abbreviation and 方 ("捷方",
 * "澳方"), Vietnamese as "phía" and its name. The forms country-forms.ts does not list yet, by alpha-2;
 * countries.ts adds them to the country's names like its short forms.
 */
import type { FormLists } from './country-forms.ts';

export const STATE_SIDES: Record<string, FormLists> = {
  CZ: { zh: ['捷方'], 'zh-Hant': ['捷方'], vi: ['phía Séc'] },
  AU: { zh: ['澳方'], 'zh-Hant': ['澳方'], vi: ['phía Úc', 'phía Australia'] },
  NL: { zh: ['荷方'], 'zh-Hant': ['荷方'], vi: ['phía Hà Lan'] },
  PL: { zh: ['波方'], 'zh-Hant': ['波方'], vi: ['phía Ba Lan'] },
  TW: { zh: ['台方'], 'zh-Hant': ['台方', '臺方'] },
  CN: { zh: ['陆方'], 'zh-Hant': ['陸方'] },
  CA: { vi: ['phía Canada'] },
  DE: { vi: ['phía Đức'] },
  UA: { vi: ['phía Ukraine'] },
  PH: { vi: ['phía Philippines'] },
  IN: { vi: ['phía Ấn Độ'] },
};
