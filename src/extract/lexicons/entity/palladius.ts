/**
 * The Palladius system: how Russian writes Chinese syllables in Cyrillic ("Ван Вэньбинь" for Wang
 * Wenbin, "Чжао Лицзянь" for Zhao Lijian). A syllable is an initial and a final; the tables give
 * each Cyrillic part its pinyin. Some initials read differently before a palatal final: цз is j
 * before и/я/е/ю-finals and z otherwise (цзи ji, цзы zi), ц q or c, с x or s. A syllable without
 * an initial is written by its own table (и yi, ю you, ва wa, юй yu).
 */

/** Cyrillic initial -> [pinyin before a plain final, pinyin before a palatal final]. Longest first. */
export const PALLADIUS_INITIALS: [string, string, string][] = [
  ['чж', 'zh', 'zh'], ['цз', 'z', 'j'], ['ц', 'c', 'q'], ['с', 's', 'x'], ['ч', 'ch', 'ch'], ['ш', 'sh', 'sh'], ['ж', 'r', 'r'],
  ['б', 'b', 'b'], ['п', 'p', 'p'], ['м', 'm', 'm'], ['ф', 'f', 'f'], ['д', 'd', 'd'], ['т', 't', 't'], ['н', 'n', 'n'],
  ['л', 'l', 'l'], ['г', 'g', 'g'], ['к', 'k', 'k'], ['х', 'h', 'h'],
];

/** Cyrillic final after an initial -> pinyin final; `palatal` finals select the palatal reading of цз, ц, с. */
export const PALLADIUS_FINALS: { cyr: string; pinyin: string; palatal?: boolean }[] = [
  { cyr: 'а', pinyin: 'a' }, { cyr: 'о', pinyin: 'uo' }, { cyr: 'э', pinyin: 'e' }, { cyr: 'ай', pinyin: 'ai' },
  { cyr: 'эй', pinyin: 'ei' }, { cyr: 'ао', pinyin: 'ao' }, { cyr: 'оу', pinyin: 'ou' }, { cyr: 'ань', pinyin: 'an' },
  { cyr: 'энь', pinyin: 'en' }, { cyr: 'ан', pinyin: 'ang' }, { cyr: 'эн', pinyin: 'eng' }, { cyr: 'ун', pinyin: 'ong' },
  { cyr: 'ы', pinyin: 'i' }, { cyr: 'у', pinyin: 'u' }, { cyr: 'уа', pinyin: 'ua' }, { cyr: 'уай', pinyin: 'uai' },
  { cyr: 'уй', pinyin: 'ui' }, { cyr: 'уань', pinyin: 'uan' }, { cyr: 'унь', pinyin: 'un' }, { cyr: 'уан', pinyin: 'uang' },
  { cyr: 'и', pinyin: 'i', palatal: true }, { cyr: 'я', pinyin: 'ia', palatal: true }, { cyr: 'е', pinyin: 'ie', palatal: true },
  { cyr: 'яо', pinyin: 'iao', palatal: true }, { cyr: 'ю', pinyin: 'iu', palatal: true }, { cyr: 'янь', pinyin: 'ian', palatal: true },
  { cyr: 'инь', pinyin: 'in', palatal: true }, { cyr: 'ян', pinyin: 'iang', palatal: true }, { cyr: 'ин', pinyin: 'ing', palatal: true },
  { cyr: 'юн', pinyin: 'iong', palatal: true }, { cyr: 'юй', pinyin: 'u', palatal: true }, { cyr: 'юэ', pinyin: 'ue', palatal: true },
  { cyr: 'юань', pinyin: 'uan', palatal: true }, { cyr: 'юнь', pinyin: 'un', palatal: true },
];

/** Initials after which "о" is pinyin "o" (бо bo), not "uo" (до duo). */
export const PALLADIUS_LABIALS = new Set(['б', 'п', 'м', 'ф']);
/** Initials that take "ы" (цзы zi, цы ci, сы si); "и" after чж, ч, ш, ж is pinyin "i" too (чжи zhi). */
export const PALLADIUS_DENTALS = new Set(['цз', 'ц', 'с']);
/** Initials that never take a palatal final except "и" (чжи zhi, ши shi, жи ri). */
export const PALLADIUS_RETROFLEX = new Set(['чж', 'ч', 'ш', 'ж']);

/** Syllables without an initial. */
export const PALLADIUS_BARE: Record<string, string> = {
  а: 'a', о: 'o', э: 'e', ай: 'ai', эй: 'ei', ао: 'ao', оу: 'ou', ань: 'an', энь: 'en', ан: 'ang', эн: 'eng', эр: 'er',
  и: 'yi', я: 'ya', е: 'ye', яо: 'yao', ю: 'you', янь: 'yan', инь: 'yin', ян: 'yang', ин: 'ying', юн: 'yong',
  у: 'wu', ва: 'wa', во: 'wo', вай: 'wai', вэй: 'wei', вань: 'wan', вэнь: 'wen', ван: 'wang', вэн: 'weng',
  юй: 'yu', юэ: 'yue', юань: 'yuan', юнь: 'yun',
};
