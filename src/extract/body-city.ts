/**
 * A state body named with a city and no state ("the Manhattan prosecutor", "la fiscalía federal de Manhattan",
 * "la Oficina de Seguridad Pública de Cantón", "die Staatsanwaltschaft Köln", "прокуратура Санкт-Петербурга",
 * "广州市公安局", "Công an TP Hồ Chí Minh"): the city's state owns it. The city stands
 *  - right after the body, with nothing between (genitive, apposition) or the profile's `bodyPlaceLinks`
 *    ("of", "de", "du", "của"), itself after at most one modifier ("federal");
 *  - right before it, as a modifier ("Manhattan prosecutors", "广州市公安局": the Chinese "city" suffix between).
 * A city anywhere else (the place of an attack, a victim's address) names no state. Cities: knowledge/data/cities.ts.
 */
import { CITY_FORMS, type CityLang } from '../knowledge/data/cities.ts';
import { compileCues, execFrom, type CompiledLexicon } from './lexicons/index.ts';
import { tokenIndex } from './tokens.ts';

/** Words between a body and the city after it ("fiscalía [federal de] Manhattan"). */
const AFTER_GAP = 3;
/** Words a city's name may have ("Thành phố Hồ Chí Minh"). */
const CITY_WORDS = 5;
/** Words between a city and the body after it ("Manhattan [federal] prosecutors"). */
const BEFORE_GAP = 1;
/** The Chinese administrative suffix between a city and its body ("广州[市]公安局"). */
const ZH_CITY_SUFFIX = /^市?$/u;
const PUNCT = /[,;:.!?()"“”«»，。；：！？（）、]/u;

interface CityTable { re: RegExp | null; state: Map<string, string> }
const tables = new Map<string, CityTable>();

function table(lang: string): CityTable {
  let t = tables.get(lang);
  if (!t) {
    const state = new Map<string, string>();
    for (const [code, forms] of Object.entries(CITY_FORMS)) for (const f of forms[lang as CityLang] ?? []) state.set(f.toLowerCase(), code);
    const escaped = [...state.keys()].map((f) => f.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    const re = compileCues(escaped, lang === 'zh');
    t = { re: re ? new RegExp(re.source, 'giu') : null, state };
    tables.set(lang, t);
  }
  return t;
}

/** The state of the city named right after `end` (or before `start`) of a body, if any. */
export function bodyCityState(text: string, lex: CompiledLexicon, start: number, end: number): string | undefined {
  const { re, state } = table(lex.lang);
  if (!re) return undefined;
  const ix = tokenIndex(text, lex.lang);
  // After: "de Manhattan", "Köln", "Москвы", "TP Hồ Chí Minh".
  // Room for the gap and a city of several words ("Thành phố Hồ Chí Minh").
  const limit = ix.after(end, AFTER_GAP + CITY_WORDS);
  const after = execFrom(re, text.slice(0, Math.max(limit, end)), end);
  if (after && linkedAfter(lex, text.slice(end, after.index), ix.count(end, after.index))) return state.get(after[0].toLowerCase());
  // Before: "Manhattan prosecutors", "广州市公安局".
  const from = ix.before(start, BEFORE_GAP + 3);
  const window = text.slice(from, start);
  let last: RegExpExecArray | null = null;
  for (let m = execFrom(re, window); m; m = execFrom(re, window, m.index + m[0].length)) last = m;
  if (last) {
    const gap = window.slice(last.index + last[0].length);
    const ok = lex.lang === 'zh' ? ZH_CITY_SUFFIX.test(gap) : !PUNCT.test(gap) && ix.count(from + last.index + last[0].length, start) <= BEFORE_GAP && /^(?:\s+\p{Ll}+)?\s+$/u.test(gap);
    if (ok) return state.get(last[0].toLowerCase());
  }
  return undefined;
}

/** Nothing, or a link word after at most one modifier, between a body and its city. */
function linkedAfter(lex: CompiledLexicon, gap: string, words: number): boolean {
  if (!gap.trim()) return true;
  if (PUNCT.test(gap) || words > AFTER_GAP || !lex.bodyPlaceLinks) return false;
  const t = gap.trim();
  for (let m = execFrom(lex.bodyPlaceLinks, t); m; m = execFrom(lex.bodyPlaceLinks, t, m.index + 1)) {
    if (m.index + m[0].length !== t.length) continue;
    const lead = t.slice(0, m.index).trim();
    return !lead || /^\p{Ll}+$/u.test(lead);
  }
  return false;
}

/**
 * The state of a city that opens an organ's name or closes it after a link word ("Manhattan Police Department",
 * "Oficina de Seguridad Pública de Cantón", "广州市公安局").
 */
export function cityInName(lex: CompiledLexicon, surface: string): string | undefined {
  const { re, state } = table(lex.lang);
  if (!re) return undefined;
  for (let m = execFrom(re, surface); m; m = execFrom(re, surface, m.index + m[0].length)) {
    const end = m.index + m[0].length;
    if (m.index === 0 && end < surface.length && (lex.lang === 'zh' || /^\s/u.test(surface.slice(end)))) return state.get(m[0].toLowerCase());
    if (end === surface.length && m.index > 0) {
      const before = surface.slice(0, m.index).trimEnd();
      const link = lex.bodyPlaceLinks ? [...before.matchAll(new RegExp(lex.bodyPlaceLinks.source, 'giu'))].at(-1) : undefined;
      if (link && link.index + link[0].length === before.length) return state.get(m[0].toLowerCase());
    }
  }
  return undefined;
}

/**
 * The state of a name that is wholly a city, when a state body stands right beside it: "the police of Munich",
 * "le parquet de Marseille", "Manhattan prosecutors". The city then stands for its state's body; elsewhere
 * (the place of an attack, an address) it names no one.
 */
export function cityBesideBody(text: string, lex: CompiledLexicon, start: number, end: number): string | undefined {
  const { re, state } = table(lex.lang);
  if (!re) return undefined;
  const surface = text.slice(start, end);
  const m = execFrom(re, surface);
  if (!m || m.index !== 0 || m[0].length !== surface.length) return undefined;
  const code = state.get(surface.toLowerCase());
  const ix = tokenIndex(text, lex.lang);
  const isBody = (s: string) => [lex.investigatingBodies, lex.organNouns].some((b) => !!b && bodyEnds(b, s));
  // Before: the body, at most one modifier and a link word, or nothing ("Staatsanwaltschaft Köln").
  const from = ix.before(start, AFTER_GAP + 2);
  const before = text.slice(from, start);
  for (let k = 0; k < before.length; k++) {
    if (k > 0 && !/\s/u.test(before.charAt(k - 1))) continue;
    const head = before.slice(0, k).trimEnd();
    if (head && isBody(head) && linkedAfter(lex, before.slice(k), ix.count(from + k, start))) return code;
  }
  if (isBody(before.trimEnd()) && !before.slice(before.trimEnd().length).includes('\n') && /\s$/u.test(before)) return code;
  // After: "Manhattan prosecutors", "Manhattan federal prosecutors".
  const after = text.slice(end, ix.after(end, BEFORE_GAP + 2));
  for (const b of [lex.investigatingBodies, lex.organNouns]) {
    if (!b) continue;
    const hit = execFrom(b, after);
    if (hit && /^\s+(?:\p{Ll}+\s+)?$/u.test(after.slice(0, hit.index))) return code;
  }
  return undefined;
}

/** Does `s` end with a match of `re` (a body noun)? */
function bodyEnds(re: RegExp, s: string): boolean {
  for (let m = execFrom(re, s); m; m = execFrom(re, s, m.index + 1)) if (m.index + m[0].length === s.length) return true;
  return false;
}
