/**
 * A body named by its acronym in apposition to an organ phrase that gives its state: the state's adjective or
 * possessor before the organ noun ("the Belarusian security service VDB", "Belarus's security service, the VDB",
 * "dem russischen Auslandsgeheimdienst SWR", "белорусской спецслужбой ВДБ"), or the state closing the phrase right
 * before the acronym ("le service de sécurité biélorusse VDB", "el servicio de seguridad bielorruso VDB", "cơ quan an
 * ninh Belarus VDB"). The text has told whose body the acronym is, so every bare mention of it ("... attributes the
 * campaign to the VDB", "ordnet sie dem SWR zu") is that state's body: an accusation aimed at it is aimed at the
 * state, as the knowledge base's bodies are (GRU, MSS). What the organ nouns are is the profile's `appositionOrgans`.
 *
 * Left as it is: an acronym the text ties to two states, one of a union or an alliance ("the EU agency ENISA"), one
 * with no organ noun before it ("the Belarusian firm VDX"), or one a company noun introduces ("the Russian security
 * firm VDX"). Only organisations the knowledge base does not know and that no other rule gave a state take one here.
 * Distances are word tokens.
 */
import { execAfter, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import { BODIES } from '../lexicons/bodies.ts';
import { literalFrom, NO_WORD_AFTER, NO_WORD_BEFORE } from '../literal-search.ts';
import type { PartyMention } from '../people.ts';
import { tokenIndex } from '../tokens.ts';
import { glossedAcronym } from './glossed-acronym.ts';

/** An acronym: a capital, then capitals, digits or joiners, in any cased script ("SWR", "ВДБ", "CERT-VX"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&\-]{1,9}$/u;
/** Words before the acronym within which its organ phrase and state stand ("the [Belarusian state security service] VDB"). */
const PHRASE_WORDS = 5;
/** What ends the phrase before the acronym: sentence punctuation, brackets, quotes, a line break. */
const BREAK = /[.;:!?()（）"“”«»„\n]/gu;
/** Between a state before the organ noun and the noun: adjectives or a possessor's "'s", no punctuation. */
const LEAD_GAP = /^(?:['’]s?)?(?:\s+[\p{L}\-]+)*\s+$/u;
/** Between the organ noun and a state that closes the phrase: lower-case words of the phrase ("de sécurité", "an ninh"). */
const INNER_GAP = /^(?:\s+\p{Ll}[\p{Ll}\-']*)*\s+$/u;
/** A bracket on one line, short enough for a glossing name and its acronym ("(National Intelligence Service, NIS)"). */
const GLOSS_BRACKET = /[(（]([^()（）\n]{1,60})[)）]/gu;
/** Unions and alliances written like a state: their bodies are no state's. */
const BLOCS: ReadonlySet<string> = new Set(['EU', ...BODIES.map((b) => b.name)]);

/** The state the organ phrase right before the acronym at `at` gives it, if any. */
function appositionState(text: string, lex: CompiledLexicon, countries: PartyMention[], at: number): string | undefined {
  const re = lex.appositionOrgans;
  if (!re) return undefined;
  let from = tokenIndex(text, lex.lang).before(at, PHRASE_WORDS);
  const window = text.slice(from, at);
  let cut = -1;
  for (const m of window.matchAll(BREAK)) cut = m.index! + 1;
  from += Math.max(cut, 0);
  const phrase = text.slice(from, at);
  if (lex.companyNouns && execFrom(lex.companyNouns, phrase)) return undefined;
  let organ: { start: number; end: number } | undefined;
  for (let m = execFrom(re, phrase); m; m = execAfter(re, phrase, m)) organ = { start: from + m.index, end: from + m.index + m[0].length };
  if (!organ) return undefined;
  const inPhrase = countries.filter((c) => c.start >= from && c.end <= at);
  if (!inPhrase.length || inPhrase.some((c) => c.value !== inPhrase[0]!.value)) return undefined;
  const c = inPhrase[inPhrase.length - 1]!;
  if (BLOCS.has(c.value) || !/^[A-Z]{2}$/u.test(c.value)) return undefined;
  const tail = text.slice(organ.end, at);
  const articleTail = (s: string) => {
    const rest = s.replace(/^\s*,\s*/u, '').trim();
    return !rest || (!!lex.articles && execFrom(lex.articles, rest)?.[0] === rest);
  };
  // "the Belarusian security service VDB", "Belarus's security service, the VDB": the state qualifies the organ noun.
  if (c.end <= organ.start && LEAD_GAP.test(text.slice(c.end, organ.start)) && (/^\s*$/u.test(tail) || (/^\s*,/u.test(tail) && articleTail(tail)))) return c.value;
  // "le service de sécurité biélorusse VDB", "cơ quan an ninh Belarus VDB": the state closes the phrase, right before the acronym.
  if (c.start >= organ.end && /^\s+$/u.test(text.slice(c.end, at)) && (c.start === organ.end || INNER_GAP.test(text.slice(organ.end, c.start)))) return c.value;
  return undefined;
}

/**
 * Gives the state of its apposition to every organisation named by an acronym that the text elsewhere (or there)
 * names in apposition to an organ phrase of one state. `orgs` are the organisations the finder found (the knowledge
 * base's own keep their state); `bodyEnd` ends the text read.
 */
export function acronymAppositions(text: string, lex: CompiledLexicon | null, countries: PartyMention[], orgs: PartyMention[], bodyEnd: number): void {
  if (!lex?.appositionOrgans) return;
  const body = text.slice(0, bodyEnd);
  // "Estonia's cyber watchdog (Baltic Network Authority, BNA)": the organ phrase before a bracket that glosses the acronym.
  let glosses: Map<string, number[]> | undefined;
  const glossOpens = (form: string): number[] => {
    if (!glosses) {
      glosses = new Map();
      for (const g of body.matchAll(GLOSS_BRACKET)) {
        const f = glossedAcronym(g[1]!)?.form;
        if (f) glosses.set(f, [...(glosses.get(f) ?? []), g.index!]);
      }
    }
    return glosses.get(form) ?? [];
  };
  const states = new Map<string, string | null>();
  for (const o of orgs) {
    if (o.country || o.kind !== 'organization') continue;
    const surface = text.slice(o.start, o.end);
    if (!ACRONYM.test(surface) || !/\p{Lu}.*\p{Lu}/u.test(surface)) continue;
    if (!states.has(surface)) {
      const found = new Set<string>();
      for (let m = literalFrom(body, surface, 0, NO_WORD_BEFORE, NO_WORD_AFTER); m; m = literalFrom(body, surface, m.end, NO_WORD_BEFORE, NO_WORD_AFTER)) {
        const st = appositionState(text, lex, countries, m.start);
        if (st) found.add(st);
      }
      for (const open of glossOpens(surface)) {
        const st = appositionState(text, lex, countries, open);
        if (st) found.add(st);
      }
      states.set(surface, found.size === 1 ? [...found][0]! : null);
    }
    const st = states.get(surface);
    if (st) o.country = st;
  }
}
