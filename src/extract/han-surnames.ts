/**
 * Taiwan and Hong Kong officials travel under Latin names of their own, often neither pinyin nor
 * regular Wade-Giles: a Western given name before the family name, a Hokkien or Cantonese reading of
 * the given name. What the spellings share is the family name. A person found in Han characters, in
 * a text written in Traditional characters or speaking for Taiwan, Hong Kong or Macau, gains the
 * family name alone as aliases: in Wade-Giles and in the region's other usual spellings (Cantonese
 * Chan for 陳, the conventional Lee for 李, Koo for 顧). Other languages write such a person in their own
 * reading of the characters (Sino-Vietnamese, Russian's Palladius spelling): read back into pinyin,
 * the same family-name spellings follow from it when the text says they speak for Taiwan, Hong Kong
 * or Macau.
 */
import { HAN_REGIONAL_SURNAMES, HAN_TRADITIONAL_PAIRS } from './lexicons/entity/name-forms.ts';
import { pinyin } from 'pinyin-pro';
import { hanVietToPinyin } from './han-viet.ts';
import { chineseNameToPinyin, chineseNameToWadeGiles, pinyinSyllableToWadeGiles } from './translit.ts';
import type { PersonCandidate } from './people.ts';

/** States whose people write their names this way. */
const REGIONS = new Set(['TW', 'HK', 'MO']);

/** A Chinese personal name in characters: two to four of them, no transcription dot. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** Whether the text writes more everyday characters in their Traditional form than in their Simplified one. */
export function writtenInTraditional(text: string): boolean {
  let balance = 0;
  for (const ch of text) balance += SCRIPT_VOTE.get(ch) ?? 0;
  return balance > 0;
}

/** Each character of HAN_TRADITIONAL_PAIRS: +1 for its Traditional form, -1 for its Simplified one. */
const SCRIPT_VOTE = new Map<string, number>();
for (const [t, s] of HAN_TRADITIONAL_PAIRS) {
  SCRIPT_VOTE.set(t, (SCRIPT_VOTE.get(t) ?? 0) + 1);
  SCRIPT_VOTE.set(s, (SCRIPT_VOTE.get(s) ?? 0) - 1);
}

/** The family name's spellings besides pinyin: Wade-Giles and the regional ones, pinyin's own left out. */
export function regionalSurnames(han: string): string[] {
  const pinyinFamily = chineseNameToPinyin(han).split(' ')[0] ?? '';
  const wgFamily = chineseNameToWadeGiles(han).split(' ')[0] ?? '';
  const out = [wgFamily, ...(HAN_REGIONAL_SURNAMES.get(han.charAt(0)) ?? [])];
  return [...new Set(out)].filter((x) => x && x !== pinyinFamily);
}

/** The regional spellings by the family name's pinyin, for names known only in another script (李 and 黎 are both Li). */
let byPinyin: Map<string, string[]> | undefined;
function regionalByPinyin(family: string): string[] {
  if (!byPinyin) {
    byPinyin = new Map();
    for (const [ch, spellings] of HAN_REGIONAL_SURNAMES) {
      const py = String(pinyin(ch, { toneType: 'none', surname: 'head' })).replace(/ü/gu, 'u');
      const key = py.charAt(0).toUpperCase() + py.slice(1);
      byPinyin.set(key, [...new Set([...(byPinyin.get(key) ?? []), ...spellings])]);
    }
  }
  const wg = pinyinSyllableToWadeGiles(family.toLowerCase());
  return [...new Set([wg.charAt(0).toUpperCase() + wg.slice(1), ...(byPinyin.get(family) ?? [])])].filter((x) => x !== family);
}

/** A name in pinyin, family name first ("Gu Lixiong"): two words of Latin letters, no marks. */
const PINYIN_NAME = /^[A-Z][a-z]{0,5} [A-Z][a-z]+$/u;

export function withRegionalSurnames(people: PersonCandidate[], text: string, lang: string): void {
  let traditional: boolean | undefined;
  for (const p of people) {
    const han = [p.name, ...p.aliases].find((n) => HAN_NAME.test(n));
    if (!han) {
      if (!p.speaks_for || !REGIONS.has(p.speaks_for)) continue;
      // "Cố Lập Hùng" (Sino-Vietnamese), "Гу Лисюн" (Palladius, already given in pinyin): the pinyin name.
      const py = lang === 'vi' ? hanVietToPinyin(p.name) : /\p{Script=Cyrillic}/u.test(p.aliases.join(' ')) && PINYIN_NAME.test(p.name) ? p.name : null;
      if (!py || !PINYIN_NAME.test(py)) continue;
      for (const a of [py, ...regionalByPinyin(py.split(' ')[0]!)]) if (a !== p.name && !p.aliases.includes(a)) p.aliases.push(a);
      continue;
    }
    // A name the knowledge base gave in another reading (a Japanese official) is not a Chinese one.
    if (p.name !== han && p.name !== chineseNameToPinyin(han)) continue;
    if (!(p.speaks_for && REGIONS.has(p.speaks_for)) && !(traditional ??= writtenInTraditional(text))) continue;
    for (const s of regionalSurnames(han)) if (!p.aliases.includes(s)) p.aliases.push(s);
  }
}
