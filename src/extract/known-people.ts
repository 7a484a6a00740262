/**
 * People found in the text under a name the knowledge base knows in another language ("Lâm Kiếm")
 * take the name the rest of the world uses ("Lin Jian"), keeping theirs as an alias, and the state
 * they speak for when the text did not say. A Chinese official otherwise unknown, written in
 * Sino-Vietnamese, is given the pinyin reading of the name.
 */
import { knownPerson, knownPersonForms } from '../knowledge/index.ts';
import type { Span } from './types.ts';
import { hanVietToPinyin } from './han-viet.ts';
import type { PersonCandidate } from './people.ts';

/** A name written in Latin letters only (spaces, dots, apostrophes and hyphens allowed). */
const LATIN_NAME = /^[\p{Script=Latin}\s.'’-]+$/u;

export function withKnownNames(people: PersonCandidate[], lang: string): void {
  for (const p of people) {
    const known = [p.name, ...p.aliases].map(knownPerson).find(Boolean);
    if (!known) {
      // A Chinese official written in Sino-Vietnamese ("Lâm Kiếm"): the pinyin name the others use.
      // Only when the text says they speak for China: most Vietnamese names read as Hán-Việt too.
      const pinyin = lang === 'vi' && p.speaks_for === 'CN' ? hanVietToPinyin(p.name) : null;
      if (pinyin && pinyin !== p.name) {
        if (!p.aliases.includes(p.name)) p.aliases.unshift(p.name);
        p.name = pinyin;
      }
      continue;
    }
    if (p.name !== known.name) {
      if (!p.aliases.includes(p.name)) p.aliases.unshift(p.name);
      p.name = known.name;
    }
    // Their other Latin spellings ("Viktor Zhora" for "Victor Zhora", "Dmitri Peskov"): the same person.
    for (const f of knownPersonForms()) {
      if (f.name === known.name && f.form !== p.name && LATIN_NAME.test(f.form) && !p.aliases.includes(f.form)) p.aliases.push(f.form);
    }
    // The knowledge base knows whose official they are better than the nearest state in the sentence.
    p.speaks_for = known.country;
  }
}

interface SearchedForm {
  form: string;
  name: string;
  country: string;
  /** Written in Han characters: found as a substring, with no word boundaries. */
  cjk: boolean;
}

/** The known forms searched in a body (Han, or several words), read once from the knowledge base's list. */
const searched = new WeakMap<object, SearchedForm[]>();
function searchedForms(): SearchedForm[] {
  const all = knownPersonForms();
  let out = searched.get(all);
  if (!out) {
    out = all.map((f) => ({ form: f.form, name: f.name, country: f.country, cjk: /\p{Script=Han}/u.test(f.form) })).filter((f) => f.cjk || /\s/u.test(f.form));
    searched.set(all, out);
  }
  return out;
}

/** Surnames of at least this many letters may name a known person alone (shorter ones are common words). */
const MIN_SURNAME_LETTERS = 5;

/**
 * The family names (the last word of a Latin or Cyrillic form) that belong to one known person only,
 * with that person: "Peskov", "Песков", "Zakharova". Chinese-style names are left out: their family
 * names are shared by millions and come first.
 */
const surnames = new WeakMap<object, Map<string, SearchedForm>>();
function uniqueSurnames(): Map<string, SearchedForm> {
  const all = searchedForms();
  let out = surnames.get(all);
  if (!out) {
    const seen = new Map<string, SearchedForm | null>();
    for (const f of all) {
      if (f.cjk || !/^[\p{Script=Latin}\p{Script=Cyrillic}\s.'’-]+$/u.test(f.form)) continue;
      const words = f.form.split(/\s+/u);
      const last = words.at(-1)!;
      // "Mao Ning", "Wang Yi": a short name of two short words puts the family name first.
      if (words.length === 2 && words.every((w) => w.length <= 4)) continue;
      if ([...last].filter((c) => /\p{L}/u.test(c)).length < MIN_SURNAME_LETTERS) continue;
      const had = seen.get(last);
      seen.set(last, had === undefined || had?.name === f.name ? f : null);
    }
    out = new Map([...seen].filter((e): e is [string, SearchedForm] => e[1] !== null));
    surnames.set(all, out);
  }
  return out;
}

/** uniqueSurnames() as a list, made once per map. */
const surnameLists = new WeakMap<object, [string, SearchedForm][]>();
function uniqueSurnameList(): [string, SearchedForm][] {
  const map = uniqueSurnames();
  let out = surnameLists.get(map);
  if (!out) surnameLists.set(map, (out = [...map]));
  return out;
}

/**
 * Known officials named in full anywhere in the body ("Dmitri Peskow", "Жозеп Боррель", "林芳正")
 * become candidates even without a role phrase, so that whether they act is judged like anyone's.
 * So does a known person's family name alone when the text names no one by it in full ("Peskov said",
 * a brief's or a headline's habit), if the knowledge base gives it to one person only and it stands
 * alone, not in a longer capitalised name ("Jake Peskov"). Otherwise a single-word form only links
 * a person already found.
 */
export function addKnownMentions(people: PersonCandidate[], text: string, bodyEnd: number, taken: Span[], articles: RegExp | null = null): void {
  const body = text.slice(0, bodyEnd);
  const used: Span[] = people.flatMap((p) => p.mentions);
  const free = (a: number, b: number) => !used.some((u) => a < u.end && u.start < b) && !taken.some((t) => a < t.end && t.start < b);
  const letter = /[\p{L}\p{N}]/u;
  const forms = searchedForms();
  const hits = occurrences(body, formIndex(forms, () => forms.map((f) => f.form)));
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k]!;
    const { cjk } = f;
    for (const i of hits[k] ?? []) {
      const end = i + f.form.length;
      if (!cjk && ((i > 0 && letter.test(body[i - 1]!)) || (end < body.length && letter.test(body[end]!)))) continue;
      if (!free(i, end)) continue;
      used.push({ start: i, end });
      const same = people.find((p) => p.name === f.name || p.name === f.form || p.aliases.includes(f.form));
      if (same) {
        same.mentions.push({ start: i, end });
        continue;
      }
      people.push({ name: f.form, aliases: [], roleSpans: [], mentions: [{ start: i, end }], key: f.form.split(/\s+/u).pop()!, speaks_for: f.country });
    }
  }
  const capitalisedAfter = /^[ \t]+\p{Lu}/u;
  const unique = uniqueSurnameList();
  const surnameHits = occurrences(body, formIndex(unique, () => unique.map(([surname]) => surname)));
  for (let k = 0; k < unique.length; k++) {
    // Most surnames are not in the text: nothing to weigh against the people found.
    const at = surnameHits[k];
    if (!at) continue;
    const [surname, f] = unique[k]!;
    if (people.some((p) => p.key === surname || p.name.split(/\s+/u).at(-1) === surname || p.aliases.includes(surname))) continue;
    for (const i of at) {
      const end = i + surname.length;
      if ((i > 0 && letter.test(body[i - 1]!)) || (end < body.length && letter.test(body[end]!))) continue;
      if (!free(i, end) || partOfLongerName(body, i, articles) || capitalisedAfter.test(body.slice(end, end + 3))) continue;
      used.push({ start: i, end });
      const same = people.find((p) => p.name === f.name);
      if (same) same.mentions.push({ start: i, end });
      else people.push({ name: f.form, aliases: [], roleSpans: [], mentions: [{ start: i, end }], key: surname, speaks_for: f.country });
    }
  }
}

/** A list of forms to find, with the forms by their first two code units (as one number); built once per list. */
interface FormIndex {
  forms: string[];
  byOpening: Map<number, number[]>;
  /** The first code units of the forms in byOpening (1 where one opens): most positions of a body open none. */
  opens: Uint8Array;
  /** Forms of one code unit, tried at every position. */
  single: number[];
}
const indexes = new WeakMap<object, FormIndex>();
function formIndex(owner: object, list: () => string[]): FormIndex {
  let index = indexes.get(owner);
  if (!index) {
    const forms = list();
    const byOpening = new Map<number, number[]>();
    const opens = new Uint8Array(0x10000);
    forms.forEach((form, k) => {
      if (form.length < 2) return;
      opens[form.charCodeAt(0)] = 1;
      const opening = pair(form, 0);
      const at = byOpening.get(opening);
      if (at) at.push(k);
      else byOpening.set(opening, [k]);
    });
    index = { forms, byOpening, opens, single: forms.flatMap((form, k) => (form.length === 1 ? [k] : [])) };
    indexes.set(owner, index);
  }
  return index;
}

/** The code units at `i` and `i + 1` as one number. */
const pair = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

/**
 * For each form, where it occurs in `body`, as repeated `indexOf(form, last + form.length)` finds it
 * (occurrences of one form never overlap), found in one pass over the body instead of one per form.
 */
function occurrences(body: string, { forms, byOpening, opens, single }: FormIndex): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = new Array(forms.length);
  const next = new Array<number>(forms.length).fill(0);
  const take = (k: number, i: number) => {
    const form = forms[k]!;
    if (i < next[k]! || !body.startsWith(form, i)) return;
    (out[k] ??= []).push(i);
    next[k] = i + form.length;
  };
  const last = body.length - 1;
  if (!single.length) {
    // No form of one code unit: only the positions whose code unit opens a form are looked up.
    for (let i = 0; i < last; i++) {
      if (!opens[body.charCodeAt(i)]) continue;
      const at = byOpening.get(pair(body, i));
      if (at) for (const k of at) take(k, i);
    }
    return out;
  }
  for (let i = 0; i < body.length; i++) {
    const at = opens[body.charCodeAt(i)] && i + 1 < body.length ? byOpening.get(pair(body, i)) : undefined;
    if (at) for (const k of at) take(k, i);
    for (const k of single) take(k, i);
  }
  return out;
}

const CAPITALISED_BEFORE = /(^|[.!?:\n]\s*|\s)(\p{Lu}[\p{L}'’.-]*)[ \t]+$/u;

/**
 * Is a surname at `i` the end of a longer capitalised name ("Hunter Biden" is not Joe Biden)? A capitalised
 * article opening the sentence is no part of a name ("The Biden administration said ...").
 */
function partOfLongerName(body: string, i: number, articles: RegExp | null): boolean {
  const m = CAPITALISED_BEFORE.exec(body.slice(Math.max(0, i - 30), i));
  if (!m) return false;
  // the word opens the text, a line or a sentence (not a space-separated word of a running sentence)
  const sentenceStart = m[1] === '' ? i - m[0].length === 0 : m[1] !== ' ' && m[1] !== '\t';
  if (!sentenceStart || !articles) return true;
  articles.lastIndex = 0;
  const a = articles.exec(m[2]!);
  return !(a && a.index === 0 && a[0].length === m[2]!.length);
}
