/**
 * Where a party stands in its clause: the subject before a verb, a victim after "against", a
 * location after "in", a modifier before "-linked", a possessor after "of", one of several joined
 * by "and"; and what it stands for as a claimant or target (a state code, else an organisation).
 */
import { PARTY_NAMES } from '../lexicons/political-parties.ts';
import { questionAsker } from './asker.ts';
import { roleOfStateBody } from './body-compound.ts';
import { appositionHead } from './apposition.ts';
import { sponsorAgent } from './sponsor-agent.ts';
import { tokenIndex, wordTokens, type TokenIndex } from '../tokens.ts';
import { execAfter, execAll, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { PersonCandidate } from '../people.ts';
import type { Sentence } from '../segment.ts';
import type { Span } from '../types.ts';
import type { ClaimInput, Cue, GroupMention, Party, PartyKind, RefCompany } from './frame.ts';
import { matches, onlyArticle, startsWith, whole } from './text.ts';
import { blocNamesFor } from '../lexicons/entity/bloc-names.ts';
import { ownerAfterFor, ownerBeforeFor } from '../lexicons/entity/owned-names.ts';
import { SOURCE_NAMES } from '../lexicons/sources.ts';
import { BODIES } from '../lexicons/bodies.ts';
import { NEWS_OUTLET_NAMES } from '../../knowledge/data/news-outlets.ts';
import { ORG_NAME_WORDS } from '../lexicons/entity/company-names.ts';
import { ORG_UNIT_HEADS } from '../lexicons/org-units.ts';
import { closesPossessorChain, POSSESSOR_CHAIN_REACH } from './possessor-chain.ts';
import { openingSource } from './opening-source.ts';
import { titlesOutlet } from './outlet-title.ts';
import { basisSpans, inBasisPhrase } from './basis-phrase.ts';
import { secondPredicateStance } from './second-predicate.ts';
import { unitConjuncts } from './unit-conjunct.ts';
import { acronymBodies } from './acronym-body.ts';
import { knownPlaceDateline } from './place-dateline.ts';


/** Words a locative marker may stand after the party that heads the phrase ("the embassy of X in Y"). */
const LOCATIVE_REACH = 4;
/** Words between a party and a modal that makes it the subject called on ("X should"). */
const MODAL_REACH = 1;
/** Words between parties joined by "and" or a comma. */
const JOIN_REACH = 4;
/** Words of a state body's name the text does not know, before its owner or its short name in a list ("Cục An ninh Quốc gia Pháp", "聯邦調查局（FBI）"). */
const BODY_NAME_WORDS = 8;
/** Words between a hostile act and a victim marker that keeps the party after it on the victim side. */
const VICTIM_SIDE_REACH = 10;
/** Words from a victim marker to the party that closes its noun phrase ("against aviation firms of X"). */
const VICTIM_PHRASE_REACH = 5;
/** Words between a victim marker and the party when a possessor stands between them ("into the servers of two Latvian ministries"). */
export const VICTIM_CHAIN_REACH = 8;

export function partyState(p: Party): string | undefined {
  if (p.kind === 'country') return p.value;
  if (p.kind === 'organization') return p.country;
  if (p.kind === 'person') return p.person?.speaks_for;
  return undefined;
}

export function partyValue(p: Party): string | undefined {
  return partyState(p) ?? (p.kind === 'organization' ? p.value : undefined);
}

/**
 * An unlinked capitalised word is a weak party: "État" (l'État chinois), "1er" (1er décembre), "Over
 * 130" (countries) or a sentence-opening function word is none. A known source, body, outlet or political
 * party is a name whatever it holds: its numeral is part of it, no quantity ("Alliance 90/The Greens").
 */
/** The intergovernmental bodies' names ("UN", "EU", "NATO"): parties, though "UN" reads as an article in lower case. */
const BODY_NAMES: ReadonlySet<string> = new Set(BODIES.map((b) => b.name));

export function plausibleParty(lex: CompiledLexicon, p: Party): boolean {
  if (p.kind !== 'organization' || p.country || !p.value || SOURCE_NAMES.has(p.value) || NEWS_OUTLET_NAMES.has(p.value) || BODY_NAMES.has(p.value) || PARTY_NAMES.has(p.value)) return true;
  // A number standing as a word is a quantity ("Over 130"); digits that open a word of a name are not ("Velmora 7Labs").
  if (/^\d/u.test(p.value) || /\s\d[\d.,]*(?![\p{L}\d])/u.test(p.value) || whole(lex.stateWords, p.value)) return false;
  // "Monsieur le Président", "Señor ministro": a form of address is no party.
  if (startsWith(lex.honorifics, p.value) && /\s/u.test(p.value)) return false;
  // "l'Institut central de ...", "la Direction générale ...": a body's head noun alone, the name cut short.
  if (whole(lex.orgWords, p.value) || whole(lex.orgWords, p.value.toLowerCase())) return false;
  // "Researchers said", "Experten warnen": people of no named organisation.
  if (whole(lex.staffNouns, p.value.toLowerCase())) return false;
  // "Two researchers said", "Dos investigadores", "Hai nhà nghiên cứu": a number word or quantifier counts people, it names no one.
  if (whole(lex.quantifiers, p.value)) return false;
  // "Nuestro", "You": a capitalised function word or pronoun opening a sentence is no name.
  if (/\s/u.test(p.value)) return true;
  return ![lex.functionWords, lex.closedClass, lex.articles, lex.selfRefs, lex.firstSingular, lex.personPronouns].some((re) => whole(re, p.value!) || whole(re, p.value!.toLowerCase()));
}

export function groupsIn(groups: GroupMention[], span: Span): GroupMention[] {
  return groups.filter((g) => g.start >= span.start && g.end <= span.end);
}

/**
 * "China-linked campaign", "Kremlin-backed hackers", "hackers backed by the Kremlin": the state qualifies someone else,
 * it does not speak. So does a
 * state named beside a company noun ("a Dutch security firm", "une entreprise néerlandaise", "một công ty an ninh
 * mạng Hà Lan"): it tells the company's nationality.
 */
export function modifierOfOther(text: string, lex: CompiledLexicon, p: Span & { kind?: PartyKind }): boolean {
  if (p.kind === 'country' && nationalityOfCompany(text, lex, p)) return true;
  // "hackers backed by X", "durch X unterstützte Hacker", "由X支持的黑客": the sponsor in a backing participle's phrase.
  if (sponsorAgent(text, lex, p)) return true;
  if (!lex.modifierSuffix || !/^[-‐‑]/u.test(text.slice(p.end, p.end + 1))) return false;
  return startsWith(lex.modifierSuffix, text.slice(p.end + 1, tokenIndex(text, lex.lang).after(p.end, 1)));
}

/** Words between a state's adjective or name and the company noun it qualifies, either side ("niederländisches Sicherheitsunternehmen", "empresa neerlandesa"). */
const NATIONALITY_GAP = 1;

/** Does the state tell the nationality of a company noun beside it ("the US security firm", "la firma estadounidense")? */
export function nationalityOfCompany(text: string, lex: CompiledLexicon, p: Span): boolean {
  const re = lex.companyNouns;
  if (!re) return false;
  const ix = tokenIndex(text, lex.lang);
  const clean = (gap: string) => !/[,.;:!?，。；：、"“”«»()]/u.test(gap);
  const after = text.slice(p.end, ix.after(p.end, NATIONALITY_GAP + 3));
  const m = execFrom(re, after);
  if (m && clean(after.slice(0, m.index)) && ix.count(p.end, p.end + m.index) <= NATIONALITY_GAP) return true;
  const before = text.slice(ix.before(p.start, NATIONALITY_GAP + 4), p.start);
  for (let b = execFrom(re, before); b; b = execAfter(re, before, b)) {
    const end = ix.before(p.start, NATIONALITY_GAP + 4) + b.index + b[0].length;
    if (clean(before.slice(b.index + b[0].length)) && ix.count(end, p.start) <= NATIONALITY_GAP) return true;
  }
  return false;
}

/**
 * "the Chinese embassy in Canberra", "Посольство России в США", "中国驻英国使馆": the second state is
 * where the body sits, not who speaks (only when another party heads the phrase).
 */
export function locatedIn(text: string, lex: CompiledLexicon, parties: Party[], p: Party): boolean {
  const re = lex.locative;
  if (!re) return false;
  const ix = tokenIndex(text, lex.lang);
  const before = text.slice(ix.before(p.start, 3), p.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    if (!onlyArticle(lex, before.slice(m.index + m[0].length))) continue;
    const at = p.start - before.length + m.index;
    return parties.some((q) => q !== p && q.kind !== 'pronoun' && q.end <= at && ix.count(q.end, at) <= LOCATIVE_REACH && !/[,.;:!?，。；：]/u.test(text.slice(q.end, at)));
  }
  return false;
}

/**
 * Are the two offsets only "and", a comma or their equivalents apart? `alternatives` (the profile's disjunctions, for a
 * list of the accused only: claims/disjunct-accused.ts) joins as "and" does.
 */
export function joins(text: string, lex: CompiledLexicon, a: number, b: number, alternatives: RegExp | null = null): boolean {
  const gap = text.slice(a, b);
  if (tokenIndex(text, lex.lang).count(a, b) > JOIN_REACH || /[;:.!?，。；：]/u.test(gap)) return false;
  const re = lex.coordinators;
  let rest = gap;
  // A coordinating word ("and", "et", "и", "和"), not an article the profile lists among them.
  let byWord = false;
  for (const c of [re, alternatives]) {
    if (!c) continue;
    c.lastIndex = 0;
    rest = rest.replace(c, (w) => {
      if (!whole(lex.articles, w.trim())) byWord = true;
      return ' ';
    });
  }
  // "des WDR und des NDR", "au FBI et à la NSA": the article or preposition each item repeats is no word of its own;
  // so is a possessive ("l'ANSSI et du BSI", "của FBI và của NSA") after a coordinating word, not after a comma alone ("Mandiant, de Google").
  for (const skip of [lex.listPrepositions, lex.articles, byWord ? lex.listPossessives : null]) {
    if (!skip) continue;
    skip.lastIndex = 0;
    rest = rest.replace(skip, ' ');
  }
  return (byWord || /[,、]/u.test(gap)) && /^[\s,、]*$/u.test(rest);
}

/**
 * Is `right` a unit of the body `left`, the two names standing for one organisation with only a possessive between
 * ("the Australian Signals Directorate's Australian Cyber Security Centre")? One member of a list, as a state and its body are.
 */
function ownUnit(text: string, lex: CompiledLexicon, left: Party, right: Party): boolean {
  if (left.kind !== 'organization' || right.kind !== 'organization' || !left.value || left.value !== right.value) return false;
  const gap = text.slice(left.end, right.start).trim();
  return /^['’]s?$/u.test(gap) || whole(lex.possessive, gap);
}

/** Is one of two neighbours a state and the other that state's body, with only a possessive ("'s", "of", "của") between? */
function ownBody(text: string, lex: CompiledLexicon, left: Party, right: Party): boolean {
  const state = left.kind === 'country' ? left : right.kind === 'country' ? right : undefined;
  const body = state === left ? right : left;
  if (!state || body.kind !== 'organization') return false;
  // "the National Cyber Security Centre (NCSC) of the UK", "(NCSC-NZ) of New Zealand": the body's short name in brackets before its state's possessive.
  const between = text.slice(left.end, right.start).trim();
  const gap = body === left ? between.replace(/^(?:-\p{Lu}{2,3})?\s*[)）]\s*/u, '') : between;
  // A state's body whose name other states' bodies share ("National Cyber Security Centre") belongs to the state a
  // possessive after it names ("... of New Zealand"), not to the one the name is best known for.
  if (body.country !== state.value) return body === left && !!body.country && ownerGap(lex, gap);
  // "NCSC-UK": a state's code glued to its body's short name.
  return /^(?:['’]s?|-)$/u.test(gap) || whole(lex.possessive, gap) || whole(lex.bodyOf, gap) || onlyArticle(lex, gap) || possessiveArticle(lex, gap);
}

/** "of", "of the", "de la": the words that name a body's owner state after it. */
function ownerGap(lex: CompiledLexicon, gap: string): boolean {
  return whole(lex.possessive, gap) || whole(lex.bodyOf, gap) || possessiveArticle(lex, gap);
}

/**
 * The state a possessive right after a state's body names as its owner, when it is not the state the body's name is
 * known for ("the National Cyber Security Centre (NCSC-NZ) of New Zealand"): that body speaks for the state named.
 */
export function namedOwner(text: string, lex: CompiledLexicon, parties: Party[], p: Party): Party | undefined {
  let i = parties.indexOf(p) + 1;
  let last = p;
  const short = parties[i];
  if (short && short.kind === 'organization' && bracketedAfter(text, p, short)) (last = short), i++;
  const q = parties[i];
  if (!q || q.kind !== 'country' || q.value === p.country || !p.country) return undefined;
  return ownBody(text, lex, last, q) ? q : undefined;
}

/** A possessive and an article before a state's name ("of the United Kingdom"). */
function possessiveArticle(lex: CompiledLexicon, gap: string): boolean {
  const m = /^(\S+)\s+(\S+)$/u.exec(gap);
  return !!m && (whole(lex.possessive, m[1]!) || whole(lex.bodyOf, m[1]!)) && whole(lex.articles, m[2]!);
}

/**
 * The parties joined to one by "and", commas or their equivalents, walking back ("Britain and the
 * United States blamed": the co-claimants) or forward ("accused Israel and the United States": the
 * co-accused), in text order.
 */
export function joinedParties(text: string, lex: CompiledLexicon, parties: Party[], p: Party, direction: -1 | 1, alternatives: RegExp | null = null): Party[] {
  const out: Party[] = [];
  let cur = p;
  // Whether `cur` is an organisation's name in brackets after the same name (its closing bracket is no separator).
  let bracketed = false;
  for (let i = parties.indexOf(p) + direction; i >= 0 && i < parties.length; i += direction) {
    const q = parties[i]!; // i is bounds-checked by the loop
    const [left, right] = direction < 0 ? [q, cur] : [cur, q];
    if (left.end > right.start) continue;
    // "Hackers backed by X, Y warned": the sponsor in a backing phrase qualifies the noun before it, it is no member of Y's list.
    if (sponsorAgent(text, lex, q) !== sponsorAgent(text, lex, cur)) break;
    // "и Полиция Исландии": a role noun that heads the next state's body is a word of that body's name, no member.
    const next = parties[i + 1];
    if (q.kind === 'backref' && next?.kind === 'country' && /^\s+$/u.test(text.slice(q.end, next.start))) continue;
    // "Japan's National Police Agency and the FBI", "the police of Japan and ...": a state and its own body are one member of the list.
    // "the National Cyber Security Centre (NCSC)": a short name in brackets right after a state's body is the same member.
    const stated = !!partyState(left) && !!partyState(right);
    // "公民实验室（Citizen Lab）": an organisation's name again in Latin letters, in brackets after its name in another script, is the same member.
    const renamed = left.kind === 'organization' && right.kind === 'organization' && !!left.value && left.value === right.value && !/\p{Script=Latin}/u.test(text.slice(left.start, left.end)) && /\p{Script=Latin}/u.test(text.slice(right.start, right.end));
    if (ownBody(text, lex, left, right) || ownUnit(text, lex, left, right) || ((stated || renamed) && bracketedAfter(text, left, right)) || namedBodyOf(text, lex, left, right)) {
      bracketed = renamed && !stated;
      cur = q;
      continue;
    }
    // "... Centre (NCSC) and the Australian Signals Directorate": states' bodies joined after a closing bracket.
    const closing = stated || bracketed ? /^\s*[)）]/u.exec(text.slice(left.end, right.start)) : null;
    bracketed = false;
    const from = left.end + (closing ? closing[0].length : 0);
    // "美英两国": one-character abbreviations of states written together are a list of them (state-abbreviations.ts).
    // "Canada, Cục An ninh Quốc gia Pháp và ...": the name of the next state's body stands between the separator and the state.
    // "ESET's research team and Kaspersky's analysis unit": two organisations joined through their units (unit-conjunct.ts).
    if (!joins(text, lex, from, bodyNameStart(text, lex, from, right) ?? right.start, alternatives) && !abbreviatedPair(left, right) && !unitConjuncts(text, lex, left, right)) break;
    if (direction < 0) out.unshift(q);
    else out.push(q);
    cur = q;
  }
  return out;
}

/**
 * Where the name of a state's body begins that the text does not know as a party, between a list's separator and
 * `right`, the state that owns it or the body's short name in brackets: "..., Cục An ninh Quốc gia Pháp",
 * "... и Агентством национальной безопасности США", "..., the Signals Directorate of Australia", "、聯邦調查局（FBI）".
 * The name holds no punctuation; owned by a state named after it, it opens with an organ noun of the profile.
 */
function bodyNameStart(text: string, lex: CompiledLexicon, from: number, right: Party): number | undefined {
  if (!partyState(right)) return undefined;
  const gap = text.slice(from, right.start);
  // The last separator: a comma or a coordinating word (not an article).
  let sep = -1;
  for (const m of gap.matchAll(/[,、，]/gu)) sep = m.index + m[0].length;
  if (lex.coordinators) for (const m of execAll(lex.coordinators, gap)) if (!whole(lex.articles, m[0].trim()) && !/^[,、，]$/u.test(m[0]) && m.index + m[0].length > sep) sep = m.index + m[0].length;
  if (sep < 0) return undefined;
  const at = from + sep;
  const name = text.slice(at, right.start);
  if (!name.trim() || /[,;:.!?，、。；：)）]/u.test(name) || tokenIndex(text, lex.lang).count(at, right.start) > BODY_NAME_WORDS) return undefined;
  // "Name (ABBR)": the short name is the member, its full name before the bracket.
  if (/[(（]\s*$/u.test(name)) return /^\s*[)）]/u.test(text.slice(right.end, right.end + 2)) && !/[(（]/u.test(name.replace(/[(（]\s*$/u, '')) ? at : undefined;
  if (right.kind !== 'country' || !lex.organNouns || /[(（]/u.test(name)) return undefined;
  const bare = name.trim().replace(/^\S+\s+/u, (w) => (whole(lex.articles, w.trim()) ? '' : w)).replace(/^(?:l['’])/u, '');
  const m = execFrom(lex.organNouns, bare);
  return m && m.index === 0 ? at : undefined;
}

/** A state and its body's short name in brackets after the body's name ("英国国家网络安全中心（NCSC）"): one member of a list. */
function namedBodyOf(text: string, lex: CompiledLexicon, left: Party, right: Party): boolean {
  if (left.kind !== 'country' || right.kind !== 'organization' || right.country !== left.value) return false;
  return /^[^,;:.!?，、。；：()（）]+[(（]\s*$/u.test(text.slice(left.end, right.start)) && /^\s*[)）]/u.test(text.slice(right.end, right.end + 2)) && tokenIndex(text, lex.lang).count(left.end, right.start) <= BODY_NAME_WORDS;
}

/** Does `right` stand in brackets right after `left` ("Name (ABBR)")? */
function bracketedAfter(text: string, left: Party, right: Party): boolean {
  // "(NCSC-UK)": a state's code may be glued to the short name.
  return /^\s*[(（]\s*$/u.test(text.slice(left.end, right.start)) && /^(?:-\p{Lu}{2,3})?\s*[)）]/u.test(text.slice(right.end, right.end + 5));
}

/** Two one-character state names side by side ("美英"): only the abbreviations of a list of states are parties that short. */
function abbreviatedPair(left: Party, right: Party): boolean {
  return left.kind === 'country' && right.kind === 'country' && left.end === right.start && left.end - left.start === 1 && right.end - right.start === 1;
}

/**
 * "linked to China", "có liên hệ với Trung Quốc", "связанная с Россией": the party sponsors an actor. The state's
 * organ may stand between ("linked to the government of Iran", "có liên hệ với Chính phủ Iran", "liée au
 * gouvernement russe" is the adjective's state).
 */
export function linkedBefore(text: string, lex: CompiledLexicon, p: Span): boolean {
  return markerRightBefore(text, lex, lex.linkedTo, p.start, 5) || markerRightBefore(text, lex, lex.linkedTo, p.start, 8, (gap) => organGap(lex, gap)) || linkedAround(text, lex, p);
}

/** "vom Iran unterstützt", "được Iran hậu thuẫn", "得到伊朗的支持": the state between a passive's marker and its participle of sponsorship. */
function linkedAround(text: string, lex: CompiledLexicon, p: Span): boolean {
  if (!lex.linkedAroundBefore || !lex.linkedAroundAfter || !markerRightBefore(text, lex, lex.linkedAroundBefore, p.start, 2)) return false;
  const after = text.slice(p.end, tokenIndex(text, lex.lang).after(p.end, 3));
  const m = execFrom(lex.linkedAroundAfter, after);
  return !!m && !after.slice(0, m.index).trim();
}

/** Only an organ noun of a state, with articles and a possessive marker, in the gap ("the government of", "Chính phủ"). */
function organGap(lex: CompiledLexicon, gap: string): boolean {
  if (!lex.organNouns) return false;
  const m = execFrom(lex.organNouns, gap);
  if (!m) return false;
  const before = gap.slice(0, m.index);
  let after = gap.slice(m.index + m[0].length);
  const poss = lex.possessive ? execFrom(lex.possessive, after) : null;
  if (poss && !after.slice(0, poss.index).trim()) after = after.slice(poss.index + poss[0].length);
  return onlyArticle(lex, before) && onlyArticle(lex, after);
}

/** Words before a state within which a marker of its ground as the origin starts ("from the territory of the"). */
const ORIGIN_REACH = 6;

/** Whether a match of `re` ends within `words` tokens before `start`, with at most an article (or what `gapOk` accepts) between. */
function markerRightBefore(text: string, lex: CompiledLexicon, re: RegExp | null | undefined, start: number, words: number, gapOk: (gap: string) => boolean = (g) => onlyArticle(lex, g)): boolean {
  if (!re) return false;
  const before = text.slice(tokenIndex(text, lex.lang).before(start, words), start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    if (gapOk(before.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Words before a state within which a government noun and a locative marker are looked for ("the federal government in"). */
const SEAT_REACH = 6;

/**
 * "the government in Oslo", "officials in Kyiv", "die Regierung in Oslo", "les autorités à Kiev", "власти в Киеве": a
 * state (its capital) right after a locative marker that follows a bare government noun or a word for unnamed officials
 * of the profile is the seat of that government; the state is whose government it is, and speaks through it.
 */
export function governmentSeat(text: string, lex: CompiledLexicon, p: Party): boolean {
  if (p.kind !== 'country' || !lex.locative) return false;
  const before = text.slice(tokenIndex(text, lex.lang).before(p.start, SEAT_REACH), p.start);
  for (let m = execFrom(lex.locative, before); m; m = execAfter(lex.locative, before, m)) {
    if (!onlyArticle(lex, before.slice(m.index + m[0].length))) continue;
    const head = before.slice(0, m.index).replace(/\s+$/u, '');
    for (const re of [lex.governmentNouns, lex.unnamedOfficials]) {
      if (!re) continue;
      for (let g = execFrom(re, head); g; g = execAfter(re, head, g)) if (g.index + g[0].length === head.length) return true;
    }
  }
  return false;
}

/**
 * A government's seat (governmentSeat) whose government noun no other state qualifies: "the authorities in Beijing",
 * not "the US authorities in Hanoi", where the capital is only where that state's officials are.
 */
export function seatOfOwnGovernment(text: string, lex: CompiledLexicon, parties: Party[], p: Party): boolean {
  if (!governmentSeat(text, lex, p)) return false;
  const from = tokenIndex(text, lex.lang).before(p.start, SEAT_REACH);
  return !parties.some((q) => q !== p && q.kind === 'country' && q.value !== p.value && q.start >= from && q.end <= p.start && !/[,.;:!?，。；：]/u.test(text.slice(q.end, p.start)));
}

/**
 * "researchers at X", "analysts of X", "các chuyên gia của X": the known vendor or company after a staff noun and a
 * locative or possessive marker employs them, and speaks through them; it is neither a place nor a possessed victim.
 */
export function staffOwner(text: string, lex: CompiledLexicon, p: Span & { kind?: PartyKind; value?: string; victim?: boolean }): boolean {
  if (!lex.staffNouns) return false;
  // Only a known vendor or company employs them: "los investigadores en Brno" are in a place.
  if (p.kind === 'organization' && !(p.value && SOURCE_NAMES.has(p.value)) && !p.victim) return false;
  const before = text.slice(tokenIndex(text, lex.lang).before(p.start, STAFF_OWNER_WORDS), p.start);
  for (let m = execFrom(lex.staffNouns, before); m; m = execAfter(lex.staffNouns, before, m)) {
    const gap = before.slice(m.index + m[0].length).trim();
    const marker = /^\S+/u.exec(gap)?.[0];
    if (marker && (whole(lex.locative, marker) || whole(lex.possessive, marker)) && onlyArticle(lex, gap.slice(marker.length))) return true;
  }
  return false;
}
/** Words before an organisation where a staff noun and its marker may stand ("the security researchers at"). */
const STAFF_OWNER_WORDS = 5;

/** A possessive clitic or particle between an owner and its noun ("London's", "美方的"). */
const OWNER_CLITIC = /^(?:['’]s?|的)\s*/u;

/**
 * "the accusations of London", "обвинения Лондона", "les accusations de Londres", "các cáo buộc của Mỹ", "London's
 * accusations", "美方的指责": the party owns an accusation noun (told in text[from, ...)), so it made the accusation;
 * it is neither the subject of a verb before the noun nor the one who denies it.
 */
export function ownsAccusation(text: string, lex: CompiledLexicon, p: Span, from: number): boolean {
  if (!lex.accuseNoun) return false;
  const clitic = OWNER_CLITIC.exec(text.slice(p.end, p.end + 4));
  if (clitic && startsWith(lex.accuseNoun, text.slice(p.end + clitic[0].length, p.end + clitic[0].length + 40))) return true;
  const before = text.slice(Math.min(from, p.start), p.start);
  let last: RegExpExecArray | null = null;
  for (let m = execFrom(lex.accuseNoun, before); m; m = execAfter(lex.accuseNoun, before, m)) last = m;
  if (!last) return false;
  const rest = before.slice(last.index + last[0].length).trim();
  if (!rest) return true;
  const by = lex.accusationBy ? execFrom(lex.accusationBy, rest) : null;
  return !!by && by.index === 0 && onlyArticle(lex, rest.slice(by[0].length));
}

/** Is the party the object of "against/on/nhằm vào/针对/против" (a victim or recipient) or a possessor ("của Mỹ")? */
export function victimBefore(text: string, lex: CompiledLexicon, p: Span, from: number, pos?: number): boolean {
  if (linkedBefore(text, lex, p) || staffOwner(text, lex, p)) return false;
  const ix = tokenIndex(text, lex.lang);
  const before = text.slice(Math.max(from, ix.before(p.start, 4)), p.start);
  for (const re of [lex.victim, lex.possessive]) {
    if (!re) continue;
    // "the security chief of T-Mobile acknowledged": a possessor right before the verb is the body speaking.
    // So is one followed by the place where it sits ("the embassy of China in Spain rejected").
    if (re === lex.possessive && pos !== undefined && (ix.count(p.end, pos) <= 1 || seatBefore(lex, text.slice(p.end, pos)))) continue;
    for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
      const gap = before.slice(m.index + m[0].length);
      // "from the territory of X", "depuis le territoire de X": the possessive names where the act came from (profile `originPlace`).
      if (onlyArticle(lex, gap)) return re !== lex.possessive || !markerRightBefore(text, lex, lex.originPlace, p.start, ORIGIN_REACH);
    }
  }
  return false;
}

/**
 * Is `gap` the place where a body sits and nothing else: a locative, an optional article and one or two
 * capitalised words ("in Spain", "à Madrid", "en la Ciudad", "в Мадриде"), with at most one word after it
 * (an adverb or auxiliary before the verb)?
 */
function seatBefore(lex: CompiledLexicon, gap: string): boolean {
  if (/[,.;:!?"“”«»„()，。；：]/u.test(gap)) return false;
  const words = gap.trim().split(/\s+/u);
  if (words.length < 2 || !whole(lex.locative, words[0]!)) return false;
  let i = 1;
  if (words[i] && whole(lex.articles, words[i]!)) i++;
  let names = 0;
  while (names < 2 && words[i] && /^\p{Lu}/u.test(words[i]!)) {
    names++;
    i++;
  }
  return names > 0 && words.length - i <= 1;
}

/** "the attack on a NATO ally", "nhằm vào một đồng minh NATO": a victim marker right before the party, after the cue. */
export function victimMarked(text: string, lex: CompiledLexicon, p: Span, from: number): boolean {
  // "aligné sur la Chine", "on behalf of China": a victim marker inside a marker of sponsorship marks none.
  if (!lex.victim || p.start < from || linkedBefore(text, lex, p)) return false;
  const before = text.slice(Math.max(from, tokenIndex(text, lex.lang).before(p.start, 4)), p.start);
  for (let m = execFrom(lex.victim, before); m; m = execAfter(lex.victim, before, m)) {
    // An article or one lower-case word ("a NATO ally", "allied networks in") may stand between.
    const gap = before.slice(m.index + m[0].length);
    if (onlyArticle(lex, gap) || /^\s*\p{Ll}+\s+$/u.test(gap)) return true;
  }
  return false;
}

/** Words before a party within which the marker of whom an act is ascribed to may stand ("aux services russes"). */
const ASCRIBED_REACH = 3;

/**
 * "activity against aviation firms of Poland", "contra empresas de energía de Polonia", "против
 * энергетических компаний Польши", "auf das Netz des US-Unternehmens X": the party closes the noun
 * phrase a victim marker opens (its possessor or owner), so it is on the victim side. The phrase ends
 * at punctuation, at an agent marker or passive auxiliary ("targeted by Russia") and at any cue (a
 * verb of its own clause); the party must not be tied as a sponsor ("linked to China").
 */
export function inVictimPhrase(text: string, lex: CompiledLexicon, cues: Cue[], p: Span, from: number): boolean {
  if (!lex.victim || p.start < from || linkedBefore(text, lex, p)) return false;
  const ix = tokenIndex(text, lex.lang);
  const start = Math.max(from, ix.before(p.start, POSSESSOR_CHAIN_REACH + 1));
  const before = text.slice(start, p.start);
  for (let m = execFrom(lex.victim, before); m; m = execAfter(lex.victim, before, m)) {
    const gapStart = start + m.index + m[0].length;
    const gap = text.slice(gapStart, p.start);
    if (!gap.trim()) continue;
    // Past a short phrase (the marker within VICTIM_CHAIN_REACH words), or past a comma, only a chain of possessors goes on (possessor-chain.ts).
    const words = ix.count(gapStart, p.start);
    if ((words >= VICTIM_CHAIN_REACH || /[,.;:!?()\[\]"«»“”„，。；：、（）]/u.test(gap)) && !closesPossessorChain(text, lex, ix, gapStart, p.start)) continue;
    // Farther than a short phrase, the party must hang on a possessor of the hit ("the servers of two Latvian ministries").
    if (words > VICTIM_PHRASE_REACH && !matches(lex.possessive, gap)) continue;
    if (matches(lex.agentMarkers, gap) || matches(lex.passive, gap) || opensClause(text, lex, gapStart, p.start)) continue;
    if (cues.some((c) => c.start < p.start && c.end > gapStart)) continue;
    // "attributed the attack on the hospitals to Russia": after an accusation's verb, the marker of whom the act is
    // ascribed to ends the victim's phrase.
    // The party may be the adjective of a noun after the marker ("aux services russes").
    if (cues.some((c) => c.cat === 'accuse' && c.end <= start + m!.index) && markerRightBefore(text, lex, lex.ascribedTo, p.start, ASCRIBED_REACH, (g) => !/[,.;:!?()]/u.test(g) && !matches(lex.victim, g))) continue;
    return true;
  }
  return false;
}

/** A relative pronoun or complementizer that is no article ("that", "que", "которые"; not German "die") opens a clause of its own. */
function opensClause(text: string, lex: CompiledLexicon, a: number, b: number): boolean {
  if (!lex.relativePronouns) return false;
  return wordTokens(text.slice(a, b), lex.lang, a).some((t) => whole(lex.relativePronouns, t.word) && !whole(lex.articles, t.word.toLowerCase()));
}

/** A victim marker between the hostile act and the party, in the same phrase, makes the party a victim. */
export function victimSideOfAct(text: string, lex: CompiledLexicon, hostile: Cue[], p: Span): boolean {
  const act = hostile.filter((h) => h.end <= p.start).pop();
  if (!act || !lex.victim) return false;
  const between = text.slice(act.end, p.start);
  if (tokenIndex(text, lex.lang).count(act.end, p.start) > VICTIM_SIDE_REACH) return false;
  // "the attack on the country was carried out by Iran": the perpetrator marked after the victim's phrase did the act.
  if (perpetratorMarked(text, lex, act.end, p)) return false;
  for (let m = execFrom(lex.victim, between); m; m = execAfter(lex.victim, between, m)) {
    if (!/[,;，；]/u.test(between.slice(m.index))) return true;
  }
  return false;
}

/** Words between the marker of a perpetrator and the party it introduces ("carried out by the Iranian state", "menée par l'Iran"). */
const AGENT_NAME_REACH = 2;
/** Characters after the party where a frame marker may close ("vom Iran durchgeführt", "do Iran thực hiện"). */
const FRAME_TAIL = 80;

/**
 * Is the party the perpetrator a marker of the profile's `doneBy` introduces, after `from`: right after a participle
 * with its agent marker ("carried out by", "menée par", "llevado a cabo por"), or inside a frame ("vom ... durchgeführt")?
 */
function perpetratorMarked(text: string, lex: CompiledLexicon, from: number, p: Span): boolean {
  if (!lex.doneBy) return false;
  const ix = tokenIndex(text, lex.lang);
  const span = text.slice(from, Math.min(text.length, p.end + FRAME_TAIL));
  for (let m = execFrom(lex.doneBy, span); m; m = execAfter(lex.doneBy, span, m)) {
    const a = from + m.index;
    const b = a + m[0].length;
    if (a >= p.start) break;
    if (b >= p.end) return true;
    if (b <= p.start && ix.count(b, p.start) <= AGENT_NAME_REACH && !/[,.;:!?，。；：、]/u.test(text.slice(b, p.start))) return true;
  }
  return false;
}

/** "in the United States", "в США", "驻英国": the party is where a body sits. */
export function afterLocative(text: string, lex: CompiledLexicon, p: Party): boolean {
  return markerRightBefore(text, lex, lex.locative, p.start, 3);
}

/** "a grand jury in", "el tribunal de", "das Landgericht": the name right after is the court's seat, a place. */
export function courtSeat(text: string, lex: CompiledLexicon, p: Span): boolean {
  return markerRightBefore(text, lex, lex.courtSeats, p.start, 6);
}

/** Brackets round a span, with only spaces inside them ("(Israel)", "（以色列）"). */
const OPEN_BRACKET = /[(（]\s*$/u;
const CLOSE_BRACKET = /^\s*[)）]/u;
/** An acronym: a short name, not a region's. */
const ACRONYM = /^[\p{Lu}\p{N}&.-]+$/u;
/** Last words of a company's name ("Technologies", "Security", "Labs") or of its unit's ("Center", "Team", "Unit"). */
const BODY_NAME_ENDS = new Set([...ORG_NAME_WORDS, ...ORG_UNIT_HEADS]);
/** Does the name end in a word companies or their units are named with ("Velmora Technologies", "Velmora Response Center")? */
const bodyShaped = (text: string, p: Party): boolean => BODY_NAME_ENDS.has(text.slice(p.start, p.end).split(/\s+/u).pop()!.replace(/\.$/u, ''));

const unlinked = (p: Party) => p.kind === 'organization' && !p.country;

/**
 * The parties that do not act as a party because a bracketed qualifier tells where they are: "the company Velmora
 * (Israel) said", "Компания X (Израиль) сообщила": a state alone in brackets right after a name that is no state
 * is that name's home, no speaker; "detained in Huelva, Seville and Manacor (Majorca)", "officers in Lyon (Rhône)":
 * a name without a state (no acronym) in brackets after such a name is the region of a place, and the name, with
 * the names joined to it by "and" or commas, is a place too. An acronym in brackets ("(AIVD)") names its body.
 */
export function bracketedPlaces(text: string, lex: CompiledLexicon, parties: Party[]): Set<Party> {
  const out = new Set<Party>();
  for (const p of parties) {
    const open = OPEN_BRACKET.exec(text.slice(Math.max(0, p.start - 3), p.start));
    if (!open || !CLOSE_BRACKET.test(text.slice(p.end, p.end + 3))) continue;
    const at = p.start - (open.input.length - open.index);
    const q = parties.find((x) => x.end <= at && /^\s*$/u.test(text.slice(x.end, at)));
    if (!q || q.kind === 'pronoun') continue;
    if (p.kind === 'country' && q.kind !== 'country') out.add(p);
    // "Velmora Technologies (Velmora Threat Response Center) said": a unit's name in brackets after its company's is no
    // region of a place; the unit speaks for the company before it, which stays the party.
    else if (unlinked(p) && unlinked(q) && !ACRONYM.test(text.slice(p.start, p.end)) && (bodyShaped(text, p) || bodyShaped(text, q))) out.add(p);
    else if (unlinked(p) && unlinked(q) && !ACRONYM.test(text.slice(p.start, p.end))) {
      out.add(p);
      for (const x of [q, ...joinedParties(text, lex, parties, q, -1)]) if (unlinked(x)) out.add(x);
    }
  }
  return out;
}

/** Lower-case words at most between a possessive determiner and the name it owns ("its vulnerability catalog X"). */
const OWNED_NOUN_WORDS = 2;

/**
 * "adds the flaw to its Known Exploited Vulnerabilities catalog", "a su catálogo X", "vào danh mục X của mình": a
 * name owned by someone (a possessive determiner and at most a common noun or two before it, or a possessive marker
 * right after it) is a thing of theirs, not a party that acts or is addressed.
 */
export function ownedName(text: string, lex: CompiledLexicon, p: Party): boolean {
  if (p.kind !== 'organization' || p.country) return false;
  const after = ownerAfterFor(lex.lang);
  if (after) {
    const m = execFrom(after, text.slice(p.end, p.end + 16));
    if (m && !text.slice(p.end, p.end + m.index).trim()) return true;
  }
  const before = ownerBeforeFor(lex.lang);
  if (!before) return false;
  const ix = tokenIndex(text, lex.lang);
  const from = ix.before(p.start, OWNED_NOUN_WORDS + 1);
  const gap = text.slice(from, p.start);
  for (let m = execFrom(before, gap); m; m = execAfter(before, gap, m)) {
    const rest = gap.slice(m.index + m[0].length);
    // "its parent company Velmora", "sa filiale X": a body of theirs is still a party.
    if (matches(lex.orgWords, rest) || matches(lex.roles, rest)) continue;
    if (/^(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/u.test(rest) || (lex.lang === 'zh' && !/[，。、；：]/u.test(rest))) return true;
  }
  return false;
}

/** The subject of a verb: the nearest party before it in the clause that is no victim, location or modifier. */
export function nearestBefore(text: string, lex: CompiledLexicon, parties: Party[], pos: number, from: number): Party | undefined {
  const places = bracketedPlaces(text, lex, parties);
  // Backwards by index: no reversed copy of the parties for each cue.
  for (let k = parties.length - 1; k >= 0; k--) {
    const p = parties[k]!;
    if (p.end > pos || p.start < from || places.has(p) || ownedName(text, lex, p)) continue;
    // "the EU and its Member States condemn": a state word or function word is no subject; the party before it is.
    if (!plausibleParty(lex, p)) continue;
    if (victimBefore(text, lex, p, from, pos)) continue;
    // "The government in Hanoi rejected", "власти в Москве отвергли": the seat of a government is its state, the
    // subject, though the government noun before it heads the phrase (it is no place of another's body).
    if (seatOfOwnGovernment(text, lex, parties, p)) return p;
    if (locatedIn(text, lex, parties, p) || modifierOfOther(text, lex, p)) continue;
    // "phóng viên TTXVN", "le correspondant de l'AFP", "新华社记者": the outlet of a correspondent relays, it does not act.
    if (correspondentOutlet(text, lex, p)) continue;
    // "La investigación, coordinada por X con el apoyo técnico del laboratorio de Y, señaló": Y backs the act, X is its subject.
    if (supporter(text, lex, p)) continue;
    // "In Britain, a payroll provider confirmed", "Tại Anh, ...": a place set off by a comma at the clause's start is where, not who.
    if (frontedScene(text, lex, p, from, pos)) continue;
    // "prosecutors in Los Angeles charged": a name that is no state or body of one, after "in", is a place; so is
    // the seat of a court or jury ("un gran jurado federal de Corvalle acusó", "le tribunal de Nanterre a condamné").
    // A body in the source phrase opening the clause before a verb with no subject of its own speaks ("В X предупредили"; opening-source.ts).
    if (p.kind === 'organization' && !p.country && ((afterLocative(text, lex, p) && !staffOwner(text, lex, p) && !openingSource(text, lex, parties, p, pos, from)) || courtSeat(text, lex, p))) continue;
    // "Ukrtelecom, one of the largest providers of Ukraine, confirmed": the apposition's head is the subject.
    return appositionHead(text, lex, parties, p, { start: pos, end: pos }) ?? p;
  }
  return undefined;
}

/** Words at most between a support marker and the party that gives the support ("del Security Lab de"). */
const SUPPORT_REACH = 4;

/** Is the party inside a phrase of support ("with the technical support of the lab of X"), no punctuation between? */
export function supporter(text: string, lex: CompiledLexicon, p: Span): boolean {
  const re = lex.supportMarkers;
  if (!re) return false;
  const ix = tokenIndex(text, lex.lang);
  const before = text.slice(ix.before(p.start, SUPPORT_REACH + 6), p.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    const gap = before.slice(m.index + m[0].length);
    if (!/[,.;:!?()]/u.test(gap) && ix.count(p.start - gap.length, p.start) <= SUPPORT_REACH) return true;
  }
  return false;
}

/**
 * Is the party the outlet of a correspondent or reporter (profile `correspondents`): right after the noun, an
 * article or a possessive between ("phóng viên TTXVN", "корреспондента ТАСС", "le correspondant de l'AFP"), or
 * right before it ("a Reuters correspondent", "新华社记者")?
 */
export function correspondentOutlet(text: string, lex: CompiledLexicon, p: Span): boolean {
  const re = lex.correspondents;
  if (!re) return false;
  const ix = tokenIndex(text, lex.lang);
  const before = text.slice(ix.before(p.start, 3), p.start);
  for (let m = execFrom(re, before); m; m = execAfter(re, before, m)) {
    const gap = before.slice(m.index + m[0].length);
    if (onlyArticle(lex, gap)) return true;
    const of = lex.possessive ? execFrom(lex.possessive, gap) : null;
    if (of && !gap.slice(0, of.index).trim() && onlyArticle(lex, gap.slice(of.index + of[0].length))) return true;
  }
  const after = text.slice(p.end, ix.after(p.end, 1));
  const m = execFrom(re, after);
  return !!m && !after.slice(0, m.index).trim();
}

/**
 * A party opening its clause after a scene preposition only ("In Britain,", "Au Royaume-Uni,", "Tại Anh,"), set off by
 * a comma, before a subject of another kind ("a payroll provider"). The state's unnamed officials after it ("En
 * Dinamarca, las autoridades ...") speak for it: there it is who.
 */
export function frontedScene(text: string, lex: CompiledLexicon, p: Party, from: number, pos: number): boolean {
  if (!/^\s*[,，]/u.test(text.slice(p.end, p.end + 2))) return false;
  if (matches(lex.unnamedOfficials, text.slice(p.end, pos))) return false;
  const head = text.slice(from, p.start).replace(/^[\s\p{P}]+/u, '').trim();
  if (!head) return false;
  const m = lex.scene ? execFrom(lex.scene, head) : null;
  return !!m && m.index === 0 && onlyArticle(lex, head.slice(m[0].length));
}

/** The first party from `from` on that stands for someone other than the claimant. */
export function firstOther(lex: CompiledLexicon, parties: Party[], claimant: string, from: number): string | undefined {
  for (const p of parties) {
    if (p.start < from || p.victim || !plausibleParty(lex, p)) continue;
    const v = partyState(p) ?? (p.kind === 'organization' ? p.value : undefined);
    if (v && v !== claimant) return v;
  }
  return undefined;
}

/** "the ministry's agents, whom it blames": the accused precedes the relative pronoun. */
export function relativeAntecedent(text: string, lex: CompiledLexicon, parties: Party[], cue: Cue, claimant: string): string | undefined {
  const window = text.slice(tokenIndex(text, lex.lang).before(cue.start, 3), cue.start);
  if (!matches(lex.relativePronouns, window)) return undefined;
  for (const p of parties.toReversed()) {
    if (p.end > cue.start) continue;
    const v = partyState(p);
    if (v && v !== claimant) return v;
  }
  return undefined;
}

/**
 * An object told before its verb: no party follows the cue in the clause, and the nearest party
 * before it is not joined to the first party of the clause, which heads the subject.
 */
export function objectBeforeCue(text: string, lex: CompiledLexicon, parties: Party[], nearest: Party, cue: Span, clause: Span): { subject: Party; object: Party } | undefined {
  const v = partyValue(nearest);
  if (!v || parties.some((p) => p.start >= cue.end && p.end <= clause.end && partyValue(p) && partyValue(p) !== v)) return undefined;
  // "..., nachdem die USA und Großbritannien China ... vorgeworfen hatten": a subordinate clause opened after a comma
  // before the object has its own subject, the first party after its opener.
  const from = subordinateStart(text, lex, clause.start, nearest.start);
  const first = parties.find((p) => p.start >= from && p.end <= nearest.start && partyValue(p) && !victimBefore(text, lex, p, from) && !modifierOfOther(text, lex, p));
  if (!first || partyValue(first) === v) return undefined;
  const group = [first, ...joinedParties(text, lex, parties, first, 1)];
  if (group.includes(nearest)) return undefined;
  return { subject: group[group.length - 1]!, object: nearest };
}

/** Where the last clause opened by a comma and a clause opener of the profile between `from` and `to` starts, else `from`. */
function subordinateStart(text: string, lex: CompiledLexicon, from: number, to: number): number {
  if (!lex.clauseOpeners) return from;
  const span = text.slice(from, to);
  let at = from;
  for (const m of execAll(lex.clauseOpeners, span)) {
    if (/[,，]\s*$/u.test(span.slice(0, m.index))) at = from + m.index + m[0].length;
  }
  return at;
}

/** Is the party right before a modal ("X should")? */
export function followedByModal(text: string, lang: string, cues: Cue[], p: Span): boolean {
  const ix = tokenIndex(text, lang);
  return cues.some((c) => c.cat === 'modal' && c.start >= p.end && ix.count(p.end, c.start) <= MODAL_REACH);
}

export function lastPersonBefore(people: Party[], pos: number): PersonCandidate | undefined {
  let best: Party | undefined;
  for (const p of people) if (p.end <= pos && (!best || p.end > best.end) && (p.person?.speaks_for || p.person?.body)) best = p;
  return best?.person;
}

/**
 * Only a possessive marker (or a word that attaches a body, "de", "d'") and an article between a role word and
 * the party after it ("the government of X", "el Gobierno de España").
 */
function possessedBy(input: ClaimInput, end: number, at: number): boolean {
  const gap = input.text.slice(end, at);
  for (const re of [input.lex.possessive, input.lex.bodyOf]) {
    if (!re) continue;
    const m = execFrom(re, gap);
    if (m && !gap.slice(0, m.index).trim() && onlyArticle(input.lex, gap.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** The parties of a sentence: the named ones, and the pronouns, role words and self-references of the profile. */
/**
 * A wire dateline opening a sentence ("London (dpa) – ", "WASHINGTON, Aug 19 (Reuters) - ", "Minsk/Wilna,
 * 24.01.2022 – ", "MADRID, 20 jul (EFE).- "): a place with an agency in brackets or a date, then a dash. Its place and agency are no
 * parties to the sentence's claims (the sentence's subject follows the dash).
 */
const DATELINE = /^\s*(\p{Lu}[\p{L}'.-]*(?:[ /]\p{Lu}[\p{L}'.-]*){0,2})(?:,\s*([^\n,()—–]{1,20}?))?(\s*\([^()\n]{1,20}\))?(?:\.?\s+|\.)[—–-]\s/u;
/** What is left of a dateline when the sentence splitter cut it after an abbreviated date ("MADRID, 20 Jul. | (EFE).- "). */
const AGENCY_OPENER = /^\s*\([^()\n]{1,20}\)\.?\s*[—–-]\s/u;
/** A numeric date in a dateline ("24.01.2022", "10/05/2022"). */
const NUMERIC_DATE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/u;
/**
 * A Chinese wire dateline ("新华社上海3月2日电（记者 王某）", "中新网北京1月3日电", "环球网报道 记者 李某"): the agency, its
 * place, the date and "电"/"讯", or the outlet with "报道" and its reporter. No party of the sentence's claims.
 */
const HAN_DATELINE = /^\s*\p{Script=Han}{2,12}?\d{1,2}月\d{1,2}日(?:电|讯)(?:\s*[（(][^）)\n]{1,30}[）)])?|^\s*\p{Script=Han}{2,6}报道\s+记者\s*\p{Script=Han}{2,4}(?:\s|(?=\p{Script=Han}))/u;
export function datelineLength(sentence: string): number {
  const opener = AGENCY_OPENER.exec(sentence) ?? HAN_DATELINE.exec(sentence);
  if (opener) return opener[0].length;
  const m = DATELINE.exec(sentence);
  if (!m) return 0;
  const [all, place, date, agency] = m;
  const capsPlace = place === place!.toUpperCase() && /\p{Lu}{2}/u.test(place!);
  if (agency || capsPlace || (date && NUMERIC_DATE.test(date.trim()))) return all.length;
  // "Hà Nội - ", "Oslo, 29. Juni 2022 – ": a place the knowledge base knows as one of filing (place-dateline.ts).
  return knownPlaceDateline(place!, !!date) ? all.length : 0;
}

export function sentenceParties(input: ClaimInput, s: Sentence, known: Party[]): Party[] {
  const from = s.start + datelineLength(s.text);
  // "based on documents leaked by X": the parties of a report's basis are no parties of its claims (basis-phrase.ts).
  const basis = basisSpans(input.lex, s);
  const inS = known.filter((p) => p.start >= from && p.end <= s.end && !isPronounParty(input, p) && !isBlocName(input, p) && !parentOfNext(input, known, p) && !stateOfNamedOutlet(input, known, p) && !inBasisPhrase(basis, p));
  const out: Party[] = [...inS];
  const ix = tokenIndex(input.text, input.lang);
  addRefs(input, s, ix, inS, out, input.lex.personPronouns, 'pronoun');
  addRefs(input, s, ix, inS, out, input.lex.latterRefs, 'backref', 'latter');
  addRefs(input, s, ix, inS, out, input.lex.backRefs, 'backref');
  addRefs(input, s, ix, inS, out, input.lex.outletRefs, 'backref', 'outlet');
  addRefs(input, s, ix, inS, out, input.lex.embassyRefs, 'backref', 'embassy');
  addRefs(input, s, ix, inS, out, input.lex.companyRefs, 'backref', 'company');
  addRefs(input, s, ix, inS, out, input.lex.staffRefs, 'backref', 'staff');
  addRefs(input, s, ix, inS, out, input.lex.reportRefs, 'backref', 'report');
  addRefs(input, s, ix, inS, out, input.lex.investigatingBodies, 'backref', 'officials');
  // "The authorities blamed ...", "Die Behörden ordneten ... zu", "Власти заявили ...", "当局表示": a generic noun for a
  // state's authorities (the profile's `unnamedOfficials`) as the subject opening the sentence speaks for a state
  // (investigating-body.ts `authoritiesState`). Elsewhere in the sentence such a noun is mostly an object or
  // a victim ("attacks on government officials"), and at its end a wire report's source (unnamed-officials.ts).
  const before = out.length;
  addRefs(input, s, ix, inS, out, input.lex.unnamedOfficials, 'backref', 'authorities');
  for (let i = out.length - 1; i >= before; i--) if (!opensSentence(input, ix, from, out[i]!.start, inS) || !verbAfter(input, ix, out[i]!.end, s.end)) out.splice(i, 1);
  // "The defence ministry warned ...", "Министерство предупреждает ...", "國防部呼籲 ...": a state body's common noun as the
  // subject opening the sentence speaks for the state the text ties it to (state-body.ts); elsewhere it is mostly a victim.
  // A body named by its portfolio takes the place of the bare noun it opens with ("Le ministère de la Défense", "el
  // Ministerio de Defensa": not "le ministère" pointing back to the last speaker's body).
  // "В ЦИК предупредили ...", "La CENI a confirmé ...": a body known by an acronym is found first as an organisation of
  // no state; the profile's entry naming it as a state body takes its place (acronym-body.ts).
  const bodies: Party[] = [];
  const acronyms = acronymBodies(input.text, input.lex, s, inS);
  const bodyScope = acronyms.length ? inS.filter((p) => !acronyms.includes(p)) : inS;
  addRefs(input, s, ix, bodyScope, bodies, input.lex.stateBodyRefs, 'backref', 'body');
  for (const b of bodies) {
    if (!opensSentence(input, ix, from, b.start, bodyScope) || !verbAfter(input, ix, b.end, s.end)) continue;
    const met = out.filter((p) => b.start < p.end && p.start < b.end);
    // "le ministère de la Justice": an investigating body's noun inside the portfolio ("la Justice") is part of the name.
    if (!met.every((p) => ((p.kind === 'backref' && (!p.company || p.company === 'officials')) || acronyms.includes(p)) && p.start >= b.start && p.end <= b.end)) continue;
    for (const p of met) out.splice(out.indexOf(p), 1);
    out.push(b);
  }
  addRefs(input, s, ix, inS, out, input.lex.selfRefs, 'self');
  addRefs(input, s, ix, inS, out, input.lex.jointRefs, 'backref');
  // A parliamentary question's authors ("die Fragesteller"), and its first person before the answer ("J'invite ..."): its asker (asker.ts).
  const asker = input.lex.askerRefs || input.lex.firstSingular ? questionAsker(input, known) : undefined;
  if (asker) {
    addRefs(input, s, ix, inS, out, input.lex.askerRefs, 'backref', 'asker');
    if (s.start < asker.questionEnd) addRefs(input, s, ix, inS, out, input.lex.firstSingular, 'backref', 'asker');
  }
  // "Je peux confirmer", "Ich bestätige": outside a parliamentary question (whose answer a minister gives in the first
  // person), the first person singular is the speaker of the turn or quotation, else the publisher, as the plural is.
  if (!asker) addRefs(input, s, ix, inS, out, input.lex.firstSingular, 'self');
  // "añadió el legislador", "Le dirigeant socialiste a exigé": a member of a party named before.
  if (input.lex.memberRefs && input.people.some((p) => p.body && PARTY_NAMES.has(p.body) && p.mentions.some((m) => m.end <= s.end))) addRefs(input, s, ix, inS, out, input.lex.memberRefs, 'backref', 'member');
  return out.sort((a, b) => a.start - b.start);
}

/*
 * sentenceParties' helpers live at module level, not as closures made per sentence: tsx (esbuild's
 * keepNames) wraps every named closure in a call that defines its name, once per creation.
 */

/** Opening quotation marks or brackets a sentence's subject may stand after. */
const OPENING_MARKS = /^[\s"'«“„「『(（\[-]*/u;

/** Words between a sentence-opening authorities noun and its verb ("The authorities on Monday blamed", "Les autorités ont imputé"). */
const AUTHORITIES_VERB_REACH = 2;
/** The verbs by which an authorities noun speaks or takes a stance (a qualifier before them, "Власти техасского городка", names other authorities). */
const AUTHORITIES_VERBS = ['say', 'accuse', 'blame', 'pointsTo', 'deny', 'warn', 'callFor', 'confirm'] as const;

/** A speech or stance verb starts within a few words after `end`, with no punctuation between. */
function verbAfter(input: ClaimInput, ix: TokenIndex, end: number, sentenceEnd: number): boolean {
  // The sentence's rest, not only the next words: a verb may close around its object ("ordneten ... zu").
  const win = input.text.slice(end, sentenceEnd);
  for (const cat of AUTHORITIES_VERBS) {
    const re = input.lex[cat];
    const m = re ? execFrom(re, win) : null;
    if (m && ix.count(end, end + m.index) <= AUTHORITIES_VERB_REACH && !/[,.;:!?，。；：、]/u.test(win.slice(0, m.index))) return true;
  }
  // "The authority published a list ... and warned ...": the stance as the subject's second predicate (second-predicate.ts).
  return secondPredicateStance(input.lex, ix, win, end, AUTHORITIES_VERBS);
}

/** Words of a sentence-opening adverbial set off by a comma before the subject ("On Monday,", "Mardi soir,", "Cette fois,"). */
const OPENING_ADVERBIAL_WORDS = 3;

/**
 * Nothing but opening marks and an article between the sentence's start (after its dateline) and `at`, or a short
 * opening adverbial with its comma before them ("On Monday, the authorities", "Cette fois, les autorités").
 */
function opensSentence(input: ClaimInput, ix: TokenIndex, from: number, at: number, inS: Party[]): boolean {
  const lead = input.text.slice(from, at);
  if (onlyArticle(input.lex, lead.replace(OPENING_MARKS, ''))) return true;
  const comma = /[,，]\s*([^,，]*)$/u.exec(lead);
  if (!comma || !onlyArticle(input.lex, comma[1]!)) return false;
  const adverbialEnd = from + comma.index;
  // A party in the adverbial makes it a clause or a source ("In Kyiv,", "According to X,"), not a time or manner.
  return ix.count(from, adverbialEnd) <= OPENING_ADVERBIAL_WORDS && !/[,，;；:：]/u.test(lead.slice(0, comma.index)) && freeOf(inS, from, adverbialEnd);
}

/**
 * "Google's Mandiant", "Google-owned Mandiant", "die Google-Tochter Mandiant", "谷歌旗下的Mandiant": a company that only
 * qualifies the organisation named right after it (the profile's `parentOfNext` alone between them) is no party of
 * the sentence; the unit after it acts and speaks.
 */
/**
 * "据美国《X》报道", "德国《Y》周刊": a state right before a named organisation whose title it qualifies (profile
 * `companyNouns`, here the title's opening mark) says where that organisation is from; it neither speaks nor is accused.
 */
function stateOfNamedOutlet(input: ClaimInput, known: Party[], p: Party): boolean {
  if (p.kind !== 'country' || !nationalityOfCompany(input.text, input.lex, p)) return false;
  return known.some((o) => o !== p && o.kind === 'organization' && o.start >= p.end && /^[《〈]*$/u.test(input.text.slice(p.end, o.start)));
}

function parentOfNext(input: ClaimInput, known: Party[], p: Party): boolean {
  const re = input.lex.parentOfNext;
  if (!re || p.kind !== 'organization' || p.country) return false;
  const next = known.find((q) => q.start >= p.end && q !== p);
  if (!next || next.kind !== 'organization' || next.country || next.value === p.value) return false;
  const between = input.text.slice(p.end, next.start).trim();
  return between.length > 0 && whole(re, between);
}

/** A capitalised pronoun opening a sentence ("Nous", "Wir") is no organisation. */
function isPronounParty(input: ClaimInput, p: Party): boolean {
  if (p.kind !== 'organization' || p.country) return false;
  const span = input.text.slice(p.start, p.end);
  return whole(input.lex.selfRefs, span) || whole(input.lex.firstSingular, span) || whole(input.lex.personPronouns, span) || whole(input.lex.latterRefs, span);
}

/** "the West", "Occidente": a compass point naming states together is no organisation (lexicons/entity/bloc-names.ts). */
function isBlocName(input: ClaimInput, p: Party): boolean {
  return p.kind === 'organization' && !p.country && whole(blocNamesFor(input.lang), input.text.slice(p.start, p.end));
}

/** No party of the sentence overlaps [a, b). */
function freeOf(inS: Party[], a: number, b: number): boolean {
  for (const p of inS) if (a < p.end && p.start < b) return false;
  return true;
}

/** Nothing but spaces between two spans ("ông Vương Lỗi", "外交部发言人"). */
function adjacentSpans(input: ClaimInput, ix: TokenIndex, a: number, b: number): boolean {
  // The closing dot of an abbreviated name ("U.S. prosecutors", the name's span ending before it) is no break.
  const from = a < b && input.text.charAt(a) === '.' && /\.\p{Lu}$/u.test(input.text.slice(Math.max(0, a - 2), a)) ? a + 1 : a;
  return b >= a && ix.count(from, b) === 0 && !/[,.;:，。；：、]/u.test(input.text.slice(from, b));
}

/** Words between a company noun's state adjective and the name it titles ("l'entreprise allemande de sécurité X"). */
const TITLE_GAP_TOKENS = 3;

/** Words between a staff noun and the organisation that owns it ("the researchers at X", "los analistas de X"). */
const STAFF_OWNER_REACH = 2;

/** The references of one kind in the sentence (pronouns, roles pointing back, ...) that no named party takes. */
function addRefs(input: ClaimInput, s: Sentence, ix: TokenIndex, inS: Party[], out: Party[], re: RegExp | null | undefined, kind: PartyKind, company: false | 'company' | RefCompany = false): void {
  if (!re) return;
  for (const m of execAll(re, s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!freeOf(inS, start, end)) continue;
    // "Les autorités américaines ont, elles, appelé ...": a lone pronoun set off by commas restates the subject before it.
    if ((kind === 'pronoun' || kind === 'backref') && !company && !/\s/u.test(m[0]) && /,\s*$/u.test(input.text.slice(Math.max(s.start, start - 3), start)) && /^\s*,/u.test(input.text.slice(end, end + 3))) continue;
    // "ông Vương Lỗi": the honorific belongs to the name that follows.
    if (kind === 'pronoun' && inS.some((p) => p.kind === 'person' && adjacentSpans(input, ix, end, p.start))) continue;
    // "外交部发言人", "the Kremlin spokesman": the role belongs to the party right before it.
    if (kind === 'backref' && inS.some((p) => p.kind !== 'person' && adjacentSpans(input, ix, p.end, start))) continue;
    // "美国国务院发言人", "日本外務省官員": a state and the body it owns glued before the role head it (body-compound.ts).
    if (kind === 'backref' && !company && roleOfStateBody(input, ix, inS, start)) continue;
    // "selon l'agence Bloomberg", "агентство Bloomberg": the kind noun titles the outlet after it, it does not point back.
    if (kind === 'backref' && !company && titlesOutlet(input.text, ix, inS, end)) continue;
    // "the government of Canada", "el Gobierno de Canadá", "chính phủ của Canada": the role names its party, it does not point back.
    if (kind === 'backref' && inS.some((p) => p.kind !== 'person' && p.start >= end && possessedBy(input, end, p.start))) continue;
    // "el Gobierno español", "le ministère français": a state's adjective right after the role names its party too.
    const stateAdjective = inS.find((p) => p.kind === 'country' && adjacentSpans(input, ix, end, p.start) && /^\p{Ll}/u.test(input.text.slice(p.start, p.end)));
    // A company noun's adjective only says where the company is from ("la firma estadounidense", "l'éditeur américain"):
    // the noun still points back, unless a name follows the adjective (a title: "la société américaine X", below).
    if (kind === 'backref' && stateAdjective && (company !== 'company' || inS.some((p) => p.kind === 'organization' && p.start >= stateAdjective.end && ix.count(stateAdjective.end, p.start) <= TITLE_GAP_TOKENS && !/[,;:.!?]/u.test(input.text.slice(stateAdjective.end, p.start))))) continue;
    const tail = company === 'company' && stateAdjective ? stateAdjective.end : end;
    if (company && out.some((p) => start < p.end && p.start < end)) continue;
    // "the company Sygnia", "компанией Qihoo 360", "Công ty Check Point": a company noun before a name is its title, no reference back.
    if (company && inS.some((p) => p.kind === 'organization' && adjacentSpans(input, ix, tail, p.start))) continue;
    // "the researchers at X", "les chercheurs de X", "X的研究人员" (before, above): the organisation named beside them speaks.
    if (company === 'staff' && inS.some((p) => p.kind === 'organization' && p.start >= end && ix.count(end, p.start) <= STAFF_OWNER_REACH && !/[,;:.!?，；：。！？]/u.test(input.text.slice(end, p.start)))) continue;
    // "Посольство России", "Đại sứ quán Trung Quốc", "die Botschaft Russlands": a name right after the embassy noun is its owner, no reference back.
    if (company === 'embassy' && inS.some((p) => p.kind !== 'person' && adjacentSpans(input, ix, end, p.start))) continue;
    if (company && company !== 'company') out.push({ start, end, kind, company });
    else out.push(company ? { start, end, kind, company: /^[ \t]+[\p{Lu}\p{N}]/u.test(input.text.slice(tail)) ? 'titles' : 'refers' } : { start, end, kind });
  }
}

/**
 * Does the cue end in a victim marker ("sanctions against", "imposed sanctions on", "blamed the outage on"), one of
 * several words too ("обвинительное заключение в отношении", "cáo trạng đối với")? Then what follows is its object,
 * the one sanctioned, charged or blamed.
 */
export function endsInVictimMarker(lex: CompiledLexicon, cue: Cue): boolean {
  const words = cue.text.trim().split(/\s+/u);
  for (let n = 1; n <= Math.min(VICTIM_MARKER_WORDS, words.length - 1); n++) if (whole(lex.victim, words.slice(-n).join(' '))) return true;
  return false;
}

/** Words of the longest victim marker a cue may end in ("à l'encontre de"). */
const VICTIM_MARKER_WORDS = 3;

/** Is the cue's last word a locative marker ("hit back at", "respond to", "avertissement à")? */
function endsInLocative(lex: CompiledLexicon, cue: Cue): boolean {
  const last = /\S+$/u.exec(cue.text)?.[0];
  return !!last && whole(lex.locative, last);
}

/**
 * "warned agencies in Vietnam about ...", "advirtió a los organismos en Vietnam": a state after a locative, after the
 * verb, is where the warning's audience is, not the threat, unless an actor noun stands right before the locative ("hackers in Russia").
 */
export function audiencePlace(ctx: { text: string; lex: CompiledLexicon; ix: TokenIndex }, p: Party, cue: Cue): boolean {
  const { text, lex, ix } = ctx;
  // Before the verb, a locative is the seat of the one who warns ("el Embajador de Rusia en EE.UU.").
  if (p.kind !== 'country' || p.start < cue.end || !afterLocative(text, lex, p)) return false;
  // "vowed to hit back at X", "a lancé un avertissement à X": a locative that ends the cue is its verb's preposition, the
  // party right after it the verb's object.
  if (endsInLocative(lex, cue) && onlyArticle(lex, text.slice(cue.end, p.start))) return false;
  return !matches(lex.actorNouns, text.slice(ix.before(p.start, 3), p.start));
}
