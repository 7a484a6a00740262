/**
 * The passive of a hostile act right after a state body or a sector's people ("the foreign ministry
 * was hacked", "das Außenministerium wurde im Mai angegriffen", "le ministère a été piraté", "el
 * ministerio fue atacado", "министерство было атаковано", "Bộ Ngoại giao bị tin tặc tấn công",
 * "外交部遭到黑客攻击"): its subject is the victim. Each pattern is the whole passive phrase, from the
 * auxiliary (or marker) to the participle, read from the first word after the noun phrase. German
 * puts the participle last, Vietnamese and Chinese put the agent between the marker and the verb:
 * their patterns allow a few words there, but no clause break. Read only by targeted-sector salience.
 */
import { cuesPerLanguage } from '../index.ts';

const W = (n: number) => `(?:[^\\s,.;:!?]+\\s+){0,${n}}?`;

export const SECTOR_PASSIVE_VICTIMS: Record<string, string[]> = {
  en: [`(?:was|were|has been|have been|had been|is being|are being)\\s+${W(1)}(?:hacked|breached|targeted|attacked|compromised|infiltrated|penetrated|hit|struck|disrupted|infected|spied on|knocked offline|taken offline)`],
  de: [`(?:wurde|wurden|waren|war)\\s+${W(6)}(?:angegriffen|gehackt|attackiert|ausgespäht|ausspioniert|kompromittiert|infiltriert|lahmgelegt|infiziert|verschlüsselt)`,
    `(?:wurde|wurden)\\s+${W(3)}Ziel`],
  fr: [`(?:a|ont|avait|avaient)\\s+été\\s+${W(1)}(?:piraté|attaqué|ciblé|visé|compromis|infiltré|touché|paralysé|infecté|espionné)\\p{L}*`,
    `(?:a|ont|avait|avaient)\\s+été\\s+(?:la\\s+)?(?:cible|victime)s?`],
  es: [`(?:fue|fueron|ha sido|han sido|había sido|habían sido)\\s+${W(1)}(?:atacad|hackead|piratead|comprometid|infiltrad|paralizad|infectad|espiad)[oa]s?`,
    `(?:fue|fueron|ha sido|han sido)\\s+(?:el\\s+|un\\s+)?(?:blanco|objetivo|víctima)s?`],
  ru: [`(?:(?:был|была|было|были)\\s+)?${W(1)}(?:атакован|взломан|скомпрометирован|заражен|заражён)\\p{L}*`,
    `подвер(?:гся|глась|глось|глись)\\s+${W(1)}(?:кибератак|атак|взлом)\\p{L}*`],
  vi: [`bị\\s+${W(4)}(?:tấn công|xâm nhập|hack|đánh cắp|nhắm mục tiêu|nhắm tới)`, '(?:trở thành|là) mục tiêu'],
  zh: ['(?:遭到|遭受|受到|被)[^，。；,;：:]{0,10}?(?:攻击|攻擊|入侵|窃密|竊密|渗透|滲透|黑客攻击|駭客攻擊)', '成为[^，。；,]{0,6}?目标', '成為[^，。；,]{0,6}?目標'],
};

export const sectorPassiveVictimsFor = cuesPerLanguage(SECTOR_PASSIVE_VICTIMS);
