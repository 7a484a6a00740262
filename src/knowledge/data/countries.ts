/**
 * Every ISO 3166-1 country as a known `location`: names in en, vi, zh, ru, fr, de, es from the
 * maintained i18n-iso-countries package, plus what news writers use and the package lacks
 * (country-forms.ts): short names, demonyms, inflections, capitals and seats of power.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { knowledgeId } from '../ids.ts';
import type { KnownAlias, KnownEntity } from '../types.ts';
import { COUNTRY_FORMS, CANONICAL_COUNTRY_NAMES, type FormLists } from './country-forms.ts';
import { STATE_SIDES } from './state-sides.ts';
import { deGenitive, deWeakAdjectives, enDemonymPlural, esDemonymForms, ruNounCases } from './inflect.ts';

export const COUNTRY_LANGS = ['en', 'vi', 'zh', 'ru', 'fr', 'de', 'es'] as const;
const PACKAGE = 'i18n-iso-countries';
const require = createRequire(import.meta.url);

let registered = false;
function registerLocales(): void {
  if (registered) return;
  for (const lang of COUNTRY_LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  registered = true;
}

/** Acronyms and dotted abbreviations ("USA", "U.S.") are language-neutral codes. */
function isAcronym(name: string): boolean {
  return /^[A-Z](?:[A-Z.]*)$/.test(name.replace(/\s/g, ''));
}

export function buildCountries(): KnownEntity[] {
  registerLocales();
  const englishNames = countries.getNames('en', { select: 'all' });
  const names = COUNTRY_LANGS.map((lang) => [lang, countries.getNames(lang, { select: 'all' })] as const);
  const out: KnownEntity[] = [];
  for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
    const english = englishNames[code] ?? [];
    const name = CANONICAL_COUNTRY_NAMES[code] ?? english[0] ?? code;
    const add = aliasCollector(name);
    for (const [lang, langNames] of names) {
      for (const n of langNames[code] ?? []) {
        if (isAcronym(n)) add({ name: n, source: PACKAGE, form: 'code' });
        else add({ name: n, lang, source: PACKAGE, form: 'name' });
      }
    }
    const forms = COUNTRY_FORMS[code];
    if (forms) for (const [form, lists] of Object.entries(forms) as Array<[keyof typeof forms, FormLists]>) addForms(lists, form, add);
    const side = STATE_SIDES[code];
    if (side) addForms(side, 'short', add);
    // Case forms news uses that no list spells out: Russian declension of every Russian name, and
    // English plural demonyms ("Kenyans").
    const ruNames = [...(names.find(([l]) => l === 'ru')?.[1][code] ?? []), ...(forms?.short?.ru ?? [])];
    addForms({ ru: ruNames.flatMap(ruNounCases) }, 'inflection', add);
    // German genitives in -s of the names and of the capitals standing for the state ("Russlands", "Pekings").
    const deNames = [...(names.find(([l]) => l === 'de')?.[1][code] ?? []), ...(forms?.short?.de ?? [])];
    addForms({ de: deNames.flatMap(deGenitive) }, 'inflection', add);
    // ... and the weak declension of a formal name opened by adjectives ("der Demokratischen Volksrepublik Korea").
    addForms({ de: deNames.flatMap(deWeakAdjectives) }, 'inflection', add);
    addForms({ de: (forms?.metonym?.de ?? []).flatMap(deGenitive) }, 'metonym', add);
    addForms({ en: (forms?.demonym?.en ?? []).flatMap(enDemonymPlural) }, 'demonym', add);
    // Spanish demonyms in every gender and number ("las autoridades españolas").
    addForms({ es: (forms?.demonym?.es ?? []).flatMap(esDemonymForms) }, 'demonym', add);
    out.push({
      id: knowledgeId('location', 'country', code),
      type: 'location',
      kind: 'country',
      name,
      code,
      aliases: add.done(),
    });
  }
  return out;
}

/**
 * Collects aliases once per name. A name several languages share ("Iran" in en, vi, fr, de, es) loses
 * its language tag: it is language-neutral, so the mention finder never skips it for a language.
 */
export function aliasCollector(canonical: string): ((a: KnownAlias) => void) & { done(): KnownAlias[] } {
  const byName = new Map<string, KnownAlias>();
  const add = (a: KnownAlias) => {
    if (a.name === canonical) return;
    const prev = byName.get(a.name);
    if (!prev) byName.set(a.name, { ...a });
    else if (prev.lang && prev.lang !== a.lang) delete prev.lang;
  };
  return Object.assign(add, { done: () => [...byName.values()] });
}

/**
 * Adds names listed by language; `und` names (written the same in every language) carry no
 * language and the form `undForm` (acronyms are `code`, a company's one name is a `name`).
 */
export function addNamesByLanguage(
  add: (a: KnownAlias) => void,
  names: Partial<Record<string, string[]>> | undefined,
  undForm: 'code' | 'name' = 'code',
): void {
  for (const [lang, list] of Object.entries(names ?? {})) {
    for (const n of list ?? []) add({ name: n, ...(lang === 'und' ? { form: undForm } : { lang, form: 'name' as const }) });
  }
}

function addForms(lists: FormLists, form: NonNullable<KnownAlias['form']>, add: (a: KnownAlias) => void): void {
  for (const [lang, list] of Object.entries(lists)) {
    for (const n of list ?? []) {
      if (lang === 'und' || isAcronym(n)) add({ name: n, source: 'OpsTrack', form: form === 'short' ? 'code' : form });
      else add({ name: n, lang, source: 'OpsTrack', form });
    }
  }
}
