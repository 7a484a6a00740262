/**
 * Titles of an office only one state has: the title names its state by itself ("Secretary of State X",
 * "the Foreign Secretary", "Bundeskanzlerin X", "госсекретарь X", "国务卿X", "外相X"). Per language, the
 * state's ISO code -> title patterns (case-insensitive, whole words). Used only when the role phrase
 * names no state or body of its own ("Indian Foreign Secretary" stays IN). Written from general
 * knowledge of government titles; no person here.
 */
import { compileCues, execAll } from '../index.ts';

export const STATE_TITLES: Readonly<Record<string, Readonly<Record<string, string[]>>>> = {
  en: {
    // "the Secretary of State for Defence" is a British minister's title.
    US: ['(?:Deputy |Under )?Secretary of State(?! for)'],
    GB: ['Foreign Secretary', 'Chancellor of the Exchequer', 'Home Secretary'],
  },
  de: {
    DE: ['Bundeskanzler(?:in)?', 'Bundes(?:außen|innen|justiz|verteidigungs|wirtschafts)minister(?:in)?'],
  },
  fr: {
    FR: ['ministre des Armées', 'garde des Sceaux'],
  },
  ru: {
    US: ['госсекретар(?:ь|я|ю|ём|е)'],
  },
  zh: {
    US: ['国务卿'],
    JP: ['外相'],
  },
};

const compiled = new Map<string, [string, RegExp][]>();

/**
 * The state a title (and where the title starts in `phrase`) in `phrase` names by itself, in language `lang`, if any: a title ending after
 * `minEnd` (the role word's start, so that "Foreign Secretary" counts for the role word "Secretary").
 */
export function stateOfTitle(lang: string, phrase: string, minEnd = 0): { code: string; at: number; end: number } | undefined {
  const list = titles(lang);
  for (const [code, re] of list) for (const m of execAll(re, phrase)) if (m.index + m[0].length > minEnd) return { code, at: m.index, end: m.index + m[0].length };
  return undefined;
}

/** The state a title that is the whole of `name` names by itself ("Foreign Secretary", "Bundeskanzlerin"), if any. */
export function stateOfWholeTitle(lang: string, name: string): string | undefined {
  const t = stateOfTitle(lang, name);
  return t && t.at === 0 && t.end === name.length ? t.code : undefined;
}

function titles(lang: string): [string, RegExp][] {
  let list = compiled.get(lang);
  if (!list) {
    list = [];
    for (const [code, titles] of Object.entries(STATE_TITLES[lang] ?? {})) {
      const re = compileCues(titles, lang === 'zh');
      if (re) list.push([code, re]);
    }
    compiled.set(lang, list);
  }
  return list;
}
