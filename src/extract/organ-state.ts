/**
 * Which state a state organ belongs to when the text says so next to its name. Many organ names are
 * shared by several states ("National Cyber Security Centre", "NCSC", "МИД", "外交部", "National Police
 * Agency"); the knowledge base gives each one default state, and the text overrides it:
 *  - a state right before the name, as possessor or adjective, with nothing but "'s" or "的" between:
 *    "Lithuania's National Cyber Security Centre", "the Lithuanian NCSC", "китайский МИД", "俄罗斯外交部";
 *  - a state right after the name, as genitive, postposed adjective or after a possessive marker:
 *    "МИД Китая", "le NCSC britannique", "el CNI español", "the NCSC of Ireland", "NCSC của Việt Nam".
 * A name the knowledge base does not know takes its state the same way only when it is an organ:
 *  - an acronym followed by its state ("ФСО России", "NCSC Lietuva");
 *  - the complement of an organ noun qualified by a state ("le ministère polonais du Numérique",
 *    "das polnische Ministerium für Digitales", "the Polish Ministry of Digital Affairs");
 *  - in Chinese, a state's one-character abbreviation right before a known organ, at a phrase boundary
 *    ("，俄外交部", "英外交部"; not the day of "3日外交部"): the abbreviation is the one its "side" form
 *    uses ("俄方", "英方"), read from the knowledge base.
 *  - an organ named right after a sentence-opening adverbial of place that names a state, with a comma
 *    between ("In Poland, the Ministry of Digital Affairs said", "Desde Pekín, el Ministerio de
 *    Exteriores calificó", "En Polonia, el ministro de Asuntos Digitales").
 * A company next to a state ("Israel's Check Point") keeps no state: only organs are resolved.
 * Distances are word tokens (tokens.ts); organ nouns live in the language profiles (`organNouns`).
 */
import { execAfter, execFrom, type CompiledLexicon } from './lexicons/index.ts';
import type { PartyMention } from './people.ts';
import type { Sentence } from './segment.ts';
import { tokenIndex } from './tokens.ts';
import { bodyCityState, cityBesideBody, cityInName } from './body-city.ts';
import { onlyArticle, whole } from './claims/text.ts';
import { loadDefaultKnowledge } from '../knowledge/index.ts';
import { stateOfWholeTitle } from './lexicons/entity/state-titles.ts';
import { PARTY_NAMES } from './lexicons/political-parties.ts';
import { SOURCE_NAMES } from './lexicons/sources.ts';
import { postposedNationality } from './claims/postposed-nationality.ts';

let hanAbbreviations: Map<string, string> | undefined;
/** One Han character -> alpha-2, from the countries' "side" forms ("俄方" -> 俄 -> RU); an abbreviation two states share is left out. */
function hanAbbreviation(ch: string): string | undefined {
  if (!hanAbbreviations) {
    const seen = new Map<string, Set<string>>();
    for (const e of loadDefaultKnowledge()) {
      if (e.kind !== 'country' || !e.code) continue;
      for (const a of e.aliases) {
        const m = /^(\p{Script=Han})方$/u.exec(a.name);
        if (m) seen.set(m[1]!, (seen.get(m[1]!) ?? new Set()).add(e.code));
      }
    }
    hanAbbreviations = new Map([...seen].filter(([, codes]) => codes.size === 1).map(([ch, codes]) => [ch, [...codes][0]!]));
  }
  return hanAbbreviations.get(ch);
}

/** Words looked at before a state for the organ noun it qualifies ("ministère [polonais]", "the [Polish] ministry"). */
const ORGAN_NOUN_REACH = 2;
/** Words a sentence-opening adverbial of place may have before its state ("In", "Desde", "Aus der"). */
const ADVERBIAL_LEAD = 2;
/** Words after the adverbial's comma before the organ's name ("the", "el ministro de", "le ministère de l'"). */
const ADVERBIAL_TAIL = 4;
/** What may stand between a possessor state and the organ it owns. */
const POSSESSOR_GAP = /^(?:['’]s?)?\s*(?:的)?\s*$/u;
/** An all-caps acronym in any cased script ("NCSC", "ФСО", "CERT-UA"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&\-/.]{1,9}$/u;

function gapIsPossessive(lex: CompiledLexicon | null, gap: string): boolean {
  if (!lex?.possessive) return false;
  const m = execFrom(lex.possessive, gap);
  return !!m && !gap.slice(0, m.index).trim() && onlyArticle(lex, gap.slice(m.index + m[0].length));
}

/** The state right before the span, joined to it as possessor or adjective. */
function stateBefore(text: string, countries: PartyMention[], o: PartyMention): PartyMention | undefined {
  const c = countries.filter((p) => p.end <= o.start).pop();
  if (!c || !POSSESSOR_GAP.test(text.slice(c.end, o.start))) return undefined;
  // "the US and UK NCSC": a state joined to another keeps its own reading; only the nearest one counts.
  return c;
}

/** The state right after the span: genitive, postposed adjective, or after a possessive marker. */
function stateAfter(text: string, lex: CompiledLexicon | null, countries: PartyMention[], o: PartyMention): PartyMention | undefined {
  const c = countries.find((p) => p.start >= o.end);
  if (!c) return undefined;
  const gap = text.slice(o.end, c.start);
  if (/^[ \t]*$/u.test(gap)) return c;
  return gapIsPossessive(lex, gap) ? c : undefined;
}

/** Is an organ noun within a few words before the state ("le ministère [polonais]", "the [Polish] Ministry")? */
function organNounBefore(text: string, lex: CompiledLexicon, c: PartyMention): boolean {
  if (!lex.organNouns) return false;
  const before = text.slice(tokenIndex(text, lex.lang).before(c.start, ORGAN_NOUN_REACH), c.start);
  for (let m = execFrom(lex.organNouns, before); m; m = execAfter(lex.organNouns, before, m)) {
    if (onlyArticle(lex, before.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/**
 * Sets `country` on the organisations whose state the text names next to them: known state organs
 * (overriding their default state) and unknown names that are organs by the constructions above.
 */
export function resolveOrganStates(text: string, lex: CompiledLexicon | null, countries: PartyMention[], known: PartyMention[], unknown: PartyMention[], sentences: Sentence[] = []): void {
  for (const o of known) {
    if (!o.country || o.victim) continue;
    const c = stateBefore(text, countries, o) ?? stateAfter(text, lex, countries, o);
    if (c) o.country = c.value;
    else if (/\p{Script=Han}/u.test(text.charAt(o.start))) {
      // Only at a phrase boundary: "3日外交部" (a date's day) and "今日外交部" (today) are no abbreviations.
      const abbreviated = /^[\p{Script=Han}\p{N}]?$/u.test(text.charAt(o.start - 2)) && o.start >= 2 ? undefined : hanAbbreviation(text.charAt(o.start - 1));
      if (abbreviated && !countries.some((p) => p.end === o.start)) o.country = abbreviated;
    }
  }
  for (const o of unknown) {
    if (o.country) continue;
    const surface = text.slice(o.start, o.end);
    if (ACRONYM.test(surface)) {
      const after = countries.find((p) => p.start >= o.end);
      if (after && /^[ \t]*$/u.test(text.slice(o.end, after.start))) {
        o.country = after.value;
        continue;
      }
      // "Иранский CERT", "the Lithuanian NKSC": a state adjective or possessor right before an acronym no vendor list knows
      // ("la société slovaque ESET" keeps none).
      const before = SOURCE_NAMES.has(o.value) ? undefined : stateBefore(text, countries, o);
      if (before) {
        o.country = before.value;
        continue;
      }
    }
    if (!lex) continue;
    // "la Oficina de Seguridad Pública de Cantón", "the Manhattan Police Department": an organ named with a city (body-city.ts).
    const beside = cityBesideBody(text, lex, o.start, o.end);
    if (beside) {
      o.country = beside;
      continue;
    }
    if (lex.organNouns && (startsWithOrgan(lex, surface) || endsWithOrgan(lex, surface))) {
      const city = cityInName(lex, surface) ?? bodyCityState(text, lex, o.start, o.end);
      if (city) {
        o.country = city;
        continue;
      }
    }
    // "la Police fédérale australienne": the nationality adjective after the organ noun, within its phrase.
    const postposed = postposedNationality(text, lex, countries, o, surface);
    if (postposed) {
      o.country = postposed;
      continue;
    }
    // "le ministère polonais du Numérique", "the Polish Ministry of Digital Affairs": the state qualifies the organ noun
    // the name completes (a possessive marker between) or heads ("Polish Ministry ...": the name opens with the organ noun).
    const c = countries.filter((p) => p.end <= o.start).pop();
    if (!c) continue;
    const gap = text.slice(c.end, o.start);
    const headed = POSSESSOR_GAP.test(gap) && !!lex.organNouns && startsWithOrgan(lex, surface);
    const completed = gapIsPossessive(lex, gap) && organNounBefore(text, lex, c);
    if (headed || completed || afterSceneAdverbial(text, lex, sentences, c, o, surface)) o.country = c.value;
  }
}

/** "In Poland, the Ministry of Digital Affairs", "Desde Pekín, el Ministerio de Exteriores": the adverbial's state owns the organ after its comma. */
function afterSceneAdverbial(text: string, lex: CompiledLexicon, sentences: Sentence[], c: PartyMention, o: PartyMention, surface: string): boolean {
  const s = sentences.find((x) => x.start <= c.start && c.end <= x.end);
  if (!s || o.end > s.end || !lex.organNouns) return false;
  const ix = tokenIndex(text, lex.lang);
  if (ix.count(s.start, c.start) > ADVERBIAL_LEAD) return false;
  const gap = text.slice(c.end, o.start);
  const comma = /^\s*[,，]\s*/u.exec(gap);
  if (!comma || /[,;:.!?，。；：]/u.test(gap.slice(comma[0].length)) || ix.count(c.end, o.start) > ADVERBIAL_TAIL) return false;
  if (startsWithOrgan(lex, surface)) return true;
  lex.organNouns.lastIndex = 0;
  return lex.organNouns.test(gap);
}

function startsWithOrgan(lex: CompiledLexicon, surface: string): boolean {
  const re = lex.organNouns!;
  const m = execFrom(re, surface);
  return !!m && m.index === 0 && !whole(re, surface);
}

/** A name that ends with its organ noun ("the Manhattan Police", "广州市公安局"); with `ownWord`, a word of its own ("Small-office" is none). */
function endsWithOrgan(lex: CompiledLexicon, surface: string, ownWord = false): boolean {
  const re = lex.organNouns!;
  for (let m = execFrom(re, surface); m; m = execAfter(re, surface, m)) if (m.index > 0 && m.index + m[0].length === surface.length && (!ownWord || /\s/u.test(surface.charAt(m.index - 1)))) return true;
  return false;
}

/**
 * A role title or an organ the text names with nothing that gives its state ("the Foreign Secretary said", "the
 * Ministry of Information urged", "la Oficina de ... sancionó"): an official speaks for a state. A title only one
 * state has names it (state-titles.ts); a name headed or closed by an organ noun of the profile belongs to the
 * state of the article's officials (`home`), if the article has one.
 */
export function officialOrganStates(text: string, lex: CompiledLexicon | null, orgs: PartyMention[], homeOf: () => string | undefined): void {
  if (!lex) return;
  for (const o of orgs) {
    if (o.country || o.victim || PARTY_NAMES.has(o.value)) continue;
    const surface = text.slice(o.start, o.end);
    const titled = stateOfWholeTitle(lex.lang, surface);
    if (titled) {
      o.country = titled;
      continue;
    }
    // "UN Security Council", "Agencia EFE": an acronym inside the name names a body of its own; "Small-office" is a compound, no organ.
    const acronymInside = surface !== surface.toUpperCase() && /(?:^|\s)\p{Lu}{2,}(?=\s|$)/u.test(surface);
    if (!lex.organNouns || acronymInside || !(startsWithOrgan(lex, surface) || endsWithOrgan(lex, surface, true))) continue;
    const home = homeOf();
    if (home) o.country = home;
  }
}

/**
 * A named official whose role phrase names no state and no body ("Le ministre de la Défense, X, a accusé ...",
 * "Verteidigungsminister X beschuldigte ...", "the Defence Minister X said"): a role headed by an organ noun of the
 * profile (minister, ministre, Minister, ministro, министр, Bộ trưởng) or a state office of it (Verteidigungsminister,
 * viceministro, thứ trưởng, 部长: `stateOffices`) is an office of state, and the state is the
 * one the article's officials speak for (`home`), as for an unnamed organ. A role with no organ noun (researcher,
 * MP) takes none. A role whose body is a state organ (one officialOrganStates gave a state) speaks for that state.
 */
export function officialPeopleStates(lex: CompiledLexicon | null, people: { role?: string; speaks_for?: string; body?: string; own_envoy?: boolean }[], homeOf: () => string | undefined, orgs: PartyMention[]): void {
  // "our ambassador in X", "nuestro embajador en X": an envoy of the article's own side speaks for its home state.
  for (const p of people) if (p.own_envoy && !p.speaks_for) {
    const home = homeOf();
    if (home) p.speaks_for = home;
  }
  if (!lex || (!lex.organNouns && !lex.stateOffices)) return;
  const office = (role: string) => [lex.organNouns, lex.stateOffices].some((re) => !!re && !!execFrom(re, role));
  for (const p of people) {
    if (!p.role || p.speaks_for) continue;
    const home = homeOf();
    // "la presidenta del Consejo Electoral, X": the head of an organ speaks for the organ's state.
    // A party is no organ of state, whatever its name holds ("Centro Democrático"): its officials speak for it.
    const organ = p.body && !PARTY_NAMES.has(p.body) ? orgs.find((o) => o.value === p.body) : undefined;
    if (organ?.country) p.speaks_for = organ.country;
    else if (organ && home && lex.organNouns && startsWithOrgan(lex, organ.value)) p.speaks_for = home;
    // "ministro del Poder Popular para la Comunicación, X": a body in the title that gives no state leaves the office of
    // state its holder's; a party (a shadow minister speaks for it) or a vendor does not.
    else if (home && office(p.role) && !(p.body && (PARTY_NAMES.has(p.body) || SOURCE_NAMES.has(p.body)))) p.speaks_for = home;
  }
}

/** The state the text names most often, when one leads alone by at least two mentions. */
export function mostNamedState(countries: PartyMention[]): string | undefined {
  const n = new Map<string, number>();
  for (const c of countries) if (c.value && /^[A-Z]{2}$/u.test(c.value)) n.set(c.value, (n.get(c.value) ?? 0) + 1);
  const [first, second] = [...n].sort((a, b) => b[1] - a[1]);
  return first && first[1] - (second?.[1] ?? 0) >= 2 ? first[0] : undefined;
}

/** Words before a bracket within which the name it abbreviates is read (as for acronyms: organizations.ts). */
const NATIONAL_NAME_WORDS = 14;

/**
 * Is the state mention `c` a word of the proper name that ends at `nameEnd` (a bracketed short form right after it),
 * in a name that holds no organ noun of the profile: a company named after its country ("Petróleos Velmeños (Pevel)",
 * "Deutsche Velmar-Sicherung (DVS)", "British Velmar Lines (BVL)")? Then the state is no owner of the short form:
 * the company speaks for itself. The state is inside the name when it is capitalised and joined to at least one other
 * capitalised word of the same run (name particles and articles of the profile may join them); a state written as an
 * abbreviation ("U.S.", "UK") is a modifier that names the state's own bodies, and an organ noun anywhere in the name
 * ("Agencia Velmeña de ...", "Trung tâm ... Velmar Thụy Sĩ", "the French agency") makes it a state organ.
 */
export function stateInCompanyName(text: string, lex: CompiledLexicon | null | undefined, c: PartyMention, nameEnd: number): boolean {
  if (!lex || c.end > nameEnd) return false;
  const surface = text.slice(c.start, c.end);
  if (!/^\p{Lu}/u.test(surface) || !/\p{Ll}/u.test(surface)) return false;
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  const joiner = (w: string) => w === '&' || [lex.possessive, lex.bodyOf, lex.articles, lex.coordinators].some((re) => whole(re, w));
  const after = text.slice(c.end, nameEnd).trim();
  const afterWords = after ? after.split(/[ \t]+/u) : [];
  if (!afterWords.every((w) => capital(w) || joiner(w)) || (afterWords.length && !capital(afterWords[afterWords.length - 1]!))) return false;
  const ix = tokenIndex(text, lex.lang);
  const from = ix.before(c.start, NATIONAL_NAME_WORDS);
  let lead = text.slice(from, c.start);
  const stop = [...lead.matchAll(/(?<!\p{Lu})\.\s|[,，;:\n(（)）]/gu)].pop();
  if (stop) lead = lead.slice(stop.index! + stop[0].length);
  const before = lead.trim() ? lead.trim().split(/[ \t]+/u) : [];
  // The run before the state: capitalised words right before it, joiners only between them.
  let k = before.length;
  while (k > 0 && (capital(before[k - 1]!) || (joiner(before[k - 1]!) && k > 1 && capital(before[k - 2]!)))) k--;
  const runBefore = before.slice(k).filter(capital);
  if (!runBefore.length && !afterWords.some(capital)) return false;
  const name = `${lead} ${surface} ${after}`;
  return !lex.organNouns || !execFrom(lex.organNouns, name);
}
