/**
 * A state's infrastructure named with the state ("US infrastructure", "amerikanische Infrastruktur",
 * "la infraestructura de Estados Unidos", "инфраструктура США", "hạ tầng của Mỹ", "美国基础设施") is
 * that state's critical infrastructure. Bare "infrastructure" names no sector (the attackers'
 * servers are infrastructure too, and "its", "our" or "the government's" infrastructure is a single
 * organisation's), so the word counts only right next to a state's name. Read only by
 * targeted-sector salience.
 *
 * `words`: the bare noun in its forms; `before`: what may stand between a state named before it and
 * the noun ("'s", "的"); `after`: what may stand between the noun and a state named after it ("of
 * the", "de", "der", "của"; nothing for a Russian genitive).
 */
import { cuesPerLanguage } from '../index.ts';

export interface StateInfrastructureCues {
  words: string[];
  before?: string;
  after?: string;
}

export const SECTOR_STATE_INFRASTRUCTURE: Record<string, StateInfrastructureCues> = {
  en: { words: ['infrastructure', 'infrastructures'], before: "(?:[’']s)?\\s*", after: '\\s+of\\s+(?:the\\s+)?' },
  fr: { words: ['infrastructures?'], after: "\\s+(?:de\\s+la\\s+|de\\s+l[’']\\s*|du\\s+|des\\s+|de\\s+|d[’']\\s*)" },
  es: { words: ['infraestructuras?'], after: '\\s+(?:de\\s+la\\s+|de\\s+los\\s+|del\\s+|de\\s+)' },
  de: { words: ['Infrastruktur', 'Infrastrukturen'], before: '\\s*', after: '\\s+(?:der|des|von)\\s+' },
  ru: { words: ['инфраструктур(?:а|ы|е|у|ой|ам|ами|ах)?'], before: '\\s*', after: '\\s+' },
  vi: { words: ['cơ sở hạ tầng', 'hạ tầng'], after: '\\s+(?:của\\s+)?' },
  zh: { words: ['基础设施', '基礎設施'], before: '(?:的)?' },
};

/**
 * Words that make the infrastructure right after them the attackers' means, not a target ("used
 * Chinese infrastructure", "depuis des infrastructures russes", "через российскую инфраструктуру",
 * "利用美国基础设施"): read with at most two words between (the state's name and an article).
 */
export const SECTOR_INFRASTRUCTURE_MEANS: Record<string, string[]> = {
  en: ['us(?:e|es|ed|ing)', 'via', 'through', 'from', 'hosted on', 'rent(?:s|ed|ing)?', 'leas(?:e|es|ed|ing)'],
  fr: ['utilis\\p{L}*', 'via', 'depuis', "à partir d(?:e|u|es|[’'])", 'par', 'lou(?:é|ée|és|ées|ait|aient)'],
  es: ['utiliz\\p{L}*', 'us(?:a|an|ó|aron|ando)', 'desde', 'a través de', 'mediante', 'alquil\\p{L}*'],
  de: ['nutz\\p{L}*', 'genutzt\\p{L}*', 'verwende\\p{L}*', 'über', 'aus', 'von', 'gemietet\\p{L}*'],
  ru: ['использ\\p{L}*', 'через', 'с помощью', 'из', 'с', 'арендова\\p{L}*'],
  vi: ['sử dụng', 'dùng', 'qua', 'từ', 'thuê'],
  zh: ['利用', '使用', '通过', '通過', '来自', '來自', '借助', '租用'],
};

export const sectorInfrastructureMeansFor = cuesPerLanguage(SECTOR_INFRASTRUCTURE_MEANS);

export interface CompiledStateInfrastructure {
  word: RegExp;
  before: RegExp | null;
  after: RegExp | null;
}

const compiled = new Map<string, CompiledStateInfrastructure | null>();

export function sectorStateInfrastructureFor(lang: string): CompiledStateInfrastructure | null {
  let c = compiled.get(lang);
  if (c === undefined) {
    const cues = SECTOR_STATE_INFRASTRUCTURE[lang];
    c = !cues ? null : {
      word: new RegExp(lang === 'zh' ? `(?:${cues.words.join('|')})` : `(?<![\\p{L}\\-])(?:${cues.words.join('|')})(?![\\p{L}\\-])`, 'gu'),
      before: cues.before === undefined ? null : new RegExp(`^${cues.before}$`, 'u'),
      after: cues.after === undefined ? null : new RegExp(`^${cues.after}$`, 'iu'),
    };
    compiled.set(lang, c);
  }
  return c;
}
