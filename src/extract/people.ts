/**
 * People named in the text, with the role and the state they speak for where the text says it.
 * Per script: Latin/Cyrillic capitalised name sequences accepted only in a person context (a role
 * word before, a role apposition after, an honorific, or a speech verb); Vietnamese names after
 * ông/bà or after a role + country phrase, with a parenthesised foreign form as alias; Chinese
 * names after a role word. Later surname-only mentions ("Wray", "bà Mao", "Песков") are linked.
 */
import { execAll, execFrom, lexiconFor, type CompiledLexicon } from './lexicons/index.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { tokenIndex } from './tokens.ts';
import { complementOpensAt, ownSideTold } from './speech-complement.ts';
import { chineseNameToPinyin, chineseNameToWadeGiles, palladiusNameToPinyin, slavicNameSpellings, transliterateCyrillic, ukrainianSpellings, westernCyrillicSpellings, westernCyrillicToEnglish, foreignJToEnglish } from './translit.ts';
import { FIRST_SURNAME_LABELS, NON_NAME_LABELS } from './lexicons/entity/labels.ts';
import { AFFILIATION_WORDS, EXPERT_ROLES, INVERSION_AFTER_REPORT, OPINION_OPENERS, PERSON_COORDINATORS, personActsFor, RELATIVE_PRONOUNS } from './lexicons/entity/person-acts.ts';
import { organisationSubject } from './org-subject.ts';
import { SOURCE_NAMES } from './lexicons/sources.ts';
import { SOURCE_FORMS } from './source-forms.ts';

/** The known sources' written forms, for a lookup per name. */
const SOURCE_FORM_SET = new Set(SOURCE_FORMS.map((f) => f.form));
import { stateOfTitle } from './lexicons/entity/state-titles.ts';
import { PARTY_MEMBER_WORDS, PARTY_NAMES, partyOfBracketPart } from './lexicons/political-parties.ts';
import { partyAfterName } from './party-membership.ts';
import { possessiveAt, roleOwner } from './role-owner.ts';
import { caselessAfter, caselessSite, hasLiteral, literalFrom, NO_LETTER_AFTER, NO_LETTER_BEFORE, SHORT_ENDING, type CaselessSite } from './literal-search.ts';
import { COMMON_GIVEN_NAMES, COMMON_NOUN_ENDINGS, HAN_BODY_FINALS, HAN_FAMILY_NAMES, HAN_NAME_PARTS, HAN_NAME_STATES, HAN_TIME_WORDS, GIVEN_NAME_STATES, HAN_TRANSCRIPTION_ONLY, KOREAN_FAMILY_NAMES, NAME_PARTICLE_ARTICLES, NAME_PARTICLES, NAME_PREFIXES, RU_GENITIVE_NAME_ENDINGS, RU_GENITIVE_ROLE, RU_GENITIVE_SOURCES } from './lexicons/entity/name-forms.ts';

export interface PartyMention extends Span {
  kind: 'country' | 'organization' | 'group';
  /** Alpha-2 for countries, canonical name otherwise. */
  value: string;
  /** Country a state organisation belongs to, when known. */
  country?: string;
  /** A company known as a typical victim (a carrier, a broadcaster): never the accused by default. */
  victim?: boolean;
  /** Named by a head around its proper part ("the Velmora campaign", "ПАО «Велмора»"): a person named inside it does not act there. */
  headed?: boolean;
  /** Known only as the bare subject opening a sentence before a speech verb ("Velmora bestätigte"): a person of that name wins. */
  bare?: boolean;
  /** A minister's portfolio after the role word ("the Minister of the Interior"): a party only for the state its phrase names. */
  portfolio?: boolean;
}

export interface PersonCandidate {
  name: string;
  aliases: string[];
  role?: string;
  speaks_for?: string;
  body?: string;
  /** An envoy of the article's own side ("our ambassador in X", "nuestro embajador en X", "我国驻X大使"): speaks for the home state (organ-state.ts). */
  own_envoy?: boolean;
  /** The states an envoy's role phrase names as their posting ("in X", "驻X"): places, never parties of the sentence (claims/parties.ts). */
  postings?: Span[];
  /** The apposition after the name that says which party the person is a member of (party-membership.ts): its party describes them. */
  membership?: Span;
  mentions: Span[];
  /** Where the text states the role (role phrase or apposition). */
  roleSpans: Span[];
  /** Tokens used to find later short mentions (surname, or family name for Chinese/Vietnamese order). */
  key: string;
}

/**
 * One word of a personal name: "Wray", "O'Neil", "McFadden", "Grande-Marlaska", "Zhora"; an initial
 * with its dot ("G.") may stand between the words ("Matthew G. Olsen").
 */
const NAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{Ll}'’\-]*(?:\p{Lu}\p{Ll}+)?`;
const NAME_PARTICLE = `(?:(?:${NAME_PARTICLES.join('|')})(?:[ \\t]+(?:${NAME_PARTICLE_ARTICLES.join('|')}))?)`;
/** A later word of a name may carry a lowercase prefix joined by a hyphen ("Karim al-Mansouri"). */
const NAME_PREFIX = `(?:(?:${NAME_PREFIXES.join('|')})-)`;
const LATIN_NAME = new RegExp(String.raw`${NAME_WORD}(?:[ \t]+(?:\p{Lu}\.[ \t]+)?(?:${NAME_PARTICLE}[ \t]+)?${NAME_PREFIX}?${NAME_WORD}){1,5}`, 'gu');
/** Languages whose texts write every person's name in Cyrillic. */
const CYRILLIC_NAMES = new Set(['ru', 'uk', 'be', 'bg']);
/**
 * A short abbreviation inside a role phrase, whose dot closes no clause: a rank or a title ("Gen.",
 * "Sen.", "Dr."), an initialism ("U.S.", "U.K.") or a plural written by doubling the initials
 * ("EE.UU.", "EE. UU.", "FF.AA."; Spanish).
 */
const ABBREVIATION = /(?<![\p{L}])(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}{2})\./gu;
/** ", an apposition," right after a name. */
const APPOSITION = /^\s*,[^,.;:!?"“”«»]{1,80},/u;
/** A capitalised syllable; a foreign name's word may join two with a hyphen or an apostrophe ("Jean-Pierre", "O'Brien"). */
const VI_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:[-'’]\p{Lu}[\p{Ll}\p{M}]*)?`;
const VI_SYLLABLES = new RegExp(String.raw`^${VI_WORD}(?:[ \t]+${VI_WORD}){0,3}`, 'u');
/** A foreign name after a role and a state: two or three capitalised words. */
const VI_FOREIGN_AFTER_STATE = new RegExp(String.raw`^[ \t]+(${VI_WORD}(?:[ \t]+${VI_WORD}){1,2})`, 'u');
/** The capitalised run that closes a role phrase (see findVietnamese). */
const VI_ROLE_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])${VI_WORD}(?:[ \t]+${VI_WORD})+(?=[ \t]+\p{Ll}|[ \t]*[(（]|[,.;:!?]|$)`, 'gu');
const HAN_RUN = /^[\p{Script=Han}]{2,3}/u;
/** Characters, then the Latin form in brackets: "纽伯格（Anne Neuberger）". */
const HAN_WITH_LATIN = /^([\p{Script=Han}·・]{1,12})[（(]([A-Z][\p{L}'’\-]+(?:[ \t]+[A-Z][\p{L}'’.\-]*){1,3})[）)]/u;
/** A transliterated foreign name with a middle dot: "克里斯托弗·雷". */
const HAN_DOTTED = /^([\p{Script=Han}]{1,8}[·・][\p{Script=Han}]{1,8}(?:[·・][\p{Script=Han}]{1,8})?)/u;
/**
 * Characters that open what follows a role word when no name does ("发言人表示", "发言人此前在",
 * "发言人也称"): verbs, adverbs, prepositions and time words, none of them a surname.
 */
const NOT_HAN_NAME_START = new Set([
  ...'表称说指强认回答提介透也还曾于已并就对将在是的等都和与及向据今当近昨此该这那其再又均亦则即同称随',
  // the same in Traditional characters ("發言人並建議", "毛寧隨後")
  ...'稱說認強還於並對將與據當該這則隨',
  // "对议员实施了攻击": a role word as the object of a verb (实施, carry out)
  ...'实實',
  // the rest of a body's name glued to a role word ("总统府", "大使馆发言人", "大使館"), never a surname
  ...'府馆館处處办辦署厅廳',
]);
const PAREN_LATIN = /^\s*\(([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\)/u;
/** Sentence-initial capitalised words that are never first names. */
const NOT_NAME_START = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'during', 'after', 'before', 'according', 'then', 'but', 'and', 'when', 'while', 'as', 'this', 'that', 'le', 'la', 'les', 'un', 'une', 'dans', 'selon', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'in', 'nach', 'für', 'mit', 'am', 'im', 'auch', 'schon', 'als', 'speaking', 'earlier', 'later', 'western', 'american', 'british', 'french', 'german', 'russian', 'chinese', 'iranian', 'israeli']);

interface Ctx {
  text: string;
  sentences: Sentence[];
  lex: CompiledLexicon | null;
  lang: string;
  parties: PartyMention[];
  /** Spans already taken by known entities (no person inside them). */
  taken: Span[];
  /** People found so far: a role phrase never holds another person's name. */
  found: PersonCandidate[];
  /** Whether the text is a question-and-answer transcript (computed once). */
  qa?: boolean;
  /** Capitalised runs read as a role's portfolio or office rather than a name ("de la Información y Comunicación"). */
  offices?: Span[];
}

export function findPeople(text: string, sentences: Sentence[], lang: string, lex: CompiledLexicon | null, parties: PartyMention[], taken: Span[], title?: Sentence | null, offices: Span[] = []): PersonCandidate[] {
  const people: PersonCandidate[] = [];
  const ctx: Ctx = { text, sentences, lex, lang, parties, taken, found: people, offices };
  if (lang === 'zh') chineseTranscriptLabels(ctx, people);
  for (const s of sentences) {
    if (lang === 'zh') findChinese(ctx, s, people);
    else if (lang === 'vi') findVietnamese(ctx, s, people);
    else {
      findLatinOrCyrillic(ctx, s, people);
      findInitialled(ctx, s, people);
      titledHandles(ctx, s, people);
    }
  }
  if (lang !== 'zh') labelledSpeakers(ctx, people);
  if (lang !== 'zh' && lang !== 'vi') for (const s of sentences) {
    surnamesAfterRole(ctx, s, people);
    surnamesAfterHonorific(ctx, s, people);
  }
  if (FIRST_SURNAME_LABELS.has(lang)) bracketSurnames(ctx, people);
  if (title) titleNames(ctx, title, people);
  linkShortMentions(ctx, people);
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people;
}

/**
 * A full name the title gives after or before a role ("Statement by Cabinet Secretary X Y") names the
 * person the body then calls by surname alone ("CS Y told the press"). Title case capitalises every
 * word, so a name there needs its role, and it is kept only if the body names the person again.
 */
function titleNames(ctx: Ctx, title: Sentence, people: PersonCandidate[]): void {
  const found: PersonCandidate[] = [];
  const inTitle = { ...ctx, found };
  if (ctx.lang === 'zh') findChinese(inTitle, title, found);
  else if (ctx.lang === 'vi') findVietnamese(inTitle, title, found);
  else {
    findLatinOrCyrillic(inTitle, title, found);
    findInitialled(inTitle, title, found);
  }
  const body = ctx.text.slice(title.end, bodyEndOf(ctx));
  for (const p of found) {
    if (!p.role || people.some((q) => q.key === p.key || q.name === p.name)) continue;
    const keys = [p.key, ...p.aliases.filter((a) => !a.includes(' '))];
    // "外交部发言人X主持例行记者会", "Press conference by Minister X", "Комментарий официального
    // представителя А.Б.Лавриновой": a title that announces the person's statement names its speaker
    // when the body is those words: a transcript's answers ("答："), or a text in the first person
    // ("Сегодня мы стали свидетелями ..."), not a report about the statement ("The ministry said").
    if (!keys.some((k) => hasLiteral(body, k, NO_LETTER_BEFORE, NO_LETTER_AFTER)) && !((questionLabels(ctx) || firstPersonBody(ctx, title)) && announcesStatement(ctx, title, p))) continue;
    addPerson(people, p);
  }
}

/** Sentences at the start of the body in which a first-person plural marks the text as the speaker's own words. */
const FIRST_PERSON_SENTENCES = 3;

/** Whether the body opens in the first person plural ("we", "мы", "nous", "wir"): the speaker's own statement. */
function firstPersonBody(ctx: Ctx, title: Sentence): boolean {
  const re = ctx.lex?.selfRefs;
  if (!re) return false;
  return ctx.sentences.filter((x) => x.start >= title.end).slice(0, FIRST_PERSON_SENTENCES).some((x) => !!execFrom(re, x.text));
}

/** A statement noun before the person's mention in the title, or an act verb right after it. */
function announcesStatement(ctx: Ctx, title: Sentence, p: PersonCandidate): boolean {
  const pa = personActsFor(ctx.lang);
  const m = p.mentions[0];
  if (!pa || !m) return false;
  if (pa.statements && execFrom(pa.statements, ctx.text.slice(title.start, m.start))) return true;
  if (!pa.acts) return false;
  const after = ctx.text.slice(m.end, Math.min(title.end, m.end + 12));
  const x = execFrom(pa.acts, after);
  return !!x && /^\s*$/u.test(after.slice(0, x.index));
}

/** Where the body ends: after the last sentence (the Source line is no sentence). */
function bodyEndOf(ctx: Ctx): number {
  return ctx.sentences.at(-1)?.end ?? ctx.text.length;
}

function overlapsTaken(ctx: Ctx, a: number, b: number): boolean {
  return ctx.taken.some((t) => a < t.end && t.start < b);
}

/**
 * "Nguyễn Thị Việt Nga", "Лиза Монако", "Lê Minh Đức": a given name spelled like a state's name closes
 * a person's name. True when every known name inside [a, b) is a country's, the last of them ends the
 * name as one word, the first word of the name is no known name and no word is lowercase. Only a
 * role phrase or an honorific before the name makes such a run a person (see its callers).
 */
function countryTail(ctx: Ctx, a: number, b: number, anywhere = false): boolean {
  const inside = ctx.taken.filter((t) => a < t.end && t.start < b);
  if (!inside.length || (!anywhere && !inside.some((t) => t.end === b))) return false;
  if (!inside.every((t) => (anywhere || t.start > a) && t.start >= a && t.end <= b && !/\s/u.test(ctx.text.slice(t.start, t.end)) && ctx.parties.some((p) => p.kind === 'country' && p.start === t.start && p.end === t.end))) return false;
  const words = [...ctx.text.slice(a, b).matchAll(/\S+/gu)];
  // "China Russia": at least one word of a name is no state's.
  if (words.every((w) => inside.some((t) => t.start === a + w.index))) return false;
  // Capitalised name words only: "Central de Rusia", "Botschaft der Volksrepublik China" are bodies.
  return words.every((w) => /^\p{Lu}/u.test(w[0]));
}

function addPerson(people: PersonCandidate[], cand: PersonCandidate): PersonCandidate {
  const same = people.find((p) => p.name === cand.name || p.aliases.includes(cand.name) || cand.aliases.includes(p.name));
  if (!same) {
    people.push(cand);
    return cand;
  }
  for (const m of cand.mentions) if (!same.mentions.some((x) => x.start === m.start)) same.mentions.push(m);
  for (const a of cand.aliases) if (a !== same.name && !same.aliases.includes(a)) same.aliases.push(a);
  same.role ??= cand.role;
  same.roleSpans.push(...cand.roleSpans);
  same.speaks_for ??= cand.speaks_for;
  same.body ??= cand.body;
  return same;
}

/**
 * Word tokens a role phrase may run before its holder's name: a role with the full name of its body and the
 * body's acronym in brackets ("the director of the <four-word agency name> (ABC), X").
 */
const ROLE_BEFORE_TOKENS = 16;

/** Role phrase ending right before `pos` in the sentence: from the last role word to pos, within `maxTokens` word tokens. */
function roleBefore(ctx: Ctx, s: Sentence, pos: number, maxTokens = ROLE_BEFORE_TOKENS): { start: number; text: string } | null {
  const re = ctx.lex?.roles;
  if (!re) return null;
  const from = Math.max(s.start, tokenIndex(ctx.text, ctx.lang).before(pos, maxTokens));
  const window = ctx.text.slice(from, pos);
  re.lastIndex = 0;
  const all: RegExpExecArray[] = [];
  for (let m = re.exec(window); m; m = re.exec(window)) all.push(m);
  const last = all.at(-1);
  if (!last) return null;
  const between = window.slice(last.index + last[0].length);
  // "пресс-секретарь президента X", "porte-parole du président X": a role governing another role
  // (at most one word between them) opens the phrase.
  let head = last;
  for (let i = all.length - 2; i >= 0; i--) {
    const prev = all[i]!;
    if (!/^\s+(?:\p{Ll}+\s+)?$/u.test(window.slice(prev.index + prev[0].length, head.index))) break;
    head = prev;
  }
  // The role phrase may hold a body and a country, but no clause break or verb-like lowercase run.
  // A rank or title abbreviation ("Gen.", "Lt.", "Sen.") ends in a dot that closes no clause.
  if (/[.;:!?。；]/u.test(between.replace(ABBREVIATION, ' ')) || between.split(/\s+/).filter((w) => /^\p{Ll}{4,}$/u.test(w)).length > 6) return null;
  // "the envoy and that the cabinet had sanctioned the X": a verb makes it a clause, not a role.
  if (ctx.lang !== 'zh' && holdsClauseVerb(ctx, between)) return null;
  // "in einer Erklärung des Außenbeauftragten X im Namen der ...": a person named after the role word
  // is its holder; what follows that name is not introduced by the role.
  const roleEnd = from + last.index + last[0].length;
  if (ctx.found.some((p) => p.mentions.some((x) => x.start >= roleEnd && x.end <= pos))) return null;
  const text = ctx.text.slice(from + head.index, pos).replace(/[\s,]+$/u, '');
  // "Người phát ngôn ..., ông" / "Mr": the honorific belongs to the name, not the role.
  const hon = ctx.lex?.honorifics;
  const trimmed = hon ? text.replace(honorificTail(hon), '') : text;
  return { start: from + head.index, text: trimmed };
}

/** Per profile's honorifics: the pattern of one closing a role phrase after spaces or a comma, compiled once. */
const honorificTails = new WeakMap<RegExp, RegExp>();
function honorificTail(hon: RegExp): RegExp {
  let re = honorificTails.get(hon);
  if (!re) honorificTails.set(hon, (re = new RegExp(`[\\s,]+(?:${hon.source})$`, 'iu')));
  return re;
}

/** Apposition after a name: ", the director of the FBI," / ", пресс-секретарь Кремля". */
function roleAfter(ctx: Ctx, s: Sentence, pos: number): { end: number; text: string } | null {
  const re = ctx.lex?.roles;
  if (!re) return null;
  const rest = ctx.text.slice(pos, Math.min(s.end, pos + 120));
  const m = /^\s*,\s*([^,;:.]{0,110})/u.exec(rest);
  if (!m) return null;
  const [whole, role = ''] = m;
  // ", député du <party>,", ", a <party> MP,": a member's role of parliament with the party it names is a role too.
  const named = ctx.parties.some((p) => p.start >= pos && p.end <= pos + whole.length && p.kind === 'organization' && !!p.value && PARTY_NAMES.has(p.value));
  const r = execFrom(re, role) ?? (named && ctx.lex?.memberRoles ? execFrom(ctx.lex.memberRoles, role) : null);
  if (!r || r.index > 40) return null;
  return { end: pos + whole.length, text: role.trim() };
}

/** Word tokens before a role phrase a party's member word may stand in ("Democratic senator X"). */
const MEMBER_WORD_LEAD = 1;

/**
 * "Democratic senator X", "la congresista demócrata X", "der republikanische Senator X": a member's role
 * qualified by a party's member word (political-parties.ts) makes them the party's, in an article that
 * names the party's state. The word stands in the role phrase [a, b) or right before it, and the phrase
 * is a member's of parliament (an office of state is the state's).
 */
function memberWordParty(ctx: Ctx, a: number, b: number): string | undefined {
  const lex = ctx.lex;
  if (!lex?.memberRoles || !PARTY_MEMBER_WORDS.length) return undefined;
  const lead = tokenIndex(ctx.text, ctx.lang).before(a, MEMBER_WORD_LEAD);
  const gap = ctx.text.slice(lead, a);
  const from = /[,.;:!?，。；：、()]/u.test(gap) ? a : lead;
  const phrase = ctx.text.slice(from, b);
  if (!execFrom(lex.memberRoles, phrase)) return undefined;
  for (const m of PARTY_MEMBER_WORDS) {
    if (!m.re.test(phrase)) continue;
    if (ctx.parties.some((p) => (p.kind === 'country' && p.value === m.state) || (p.kind === 'organization' && p.country === m.state))) return m.name;
  }
  return undefined;
}

/**
 * "X, the shadow justice secretary,", "le ministre fantôme de l'Intérieur X", "теневой министр X": a role only an opposition
 * party's member holds (the profile's `oppositionRoles`), with no party in its phrase [a, b), is the party's the text
 * named last before it ("<party> demanded answers. X, the shadow justice secretary, urged ..."); none when it names none.
 */
function oppositionParty(ctx: Ctx, a: number, b: number): string | undefined {
  const re = ctx.lex?.oppositionRoles;
  if (!re || !execFrom(re, ctx.text.slice(a, b))) return undefined;
  for (let k = ctx.parties.length - 1; k >= 0; k--) {
    const p = ctx.parties[k]!;
    if (p.end <= a && p.kind === 'organization' && p.value && PARTY_NAMES.has(p.value)) return p.value;
  }
  return undefined;
}

/**
 * The state and body a role phrase [a, b) speaks for. `sentenceState` false: a state the sentence
 * names after the role phrase is not whose official this is (it may be what they accuse).
 */
function speaksFor(ctx: Ctx, s: Sentence, a: number, b: number, apposition = false, sentenceState = true): { code?: string; body?: string; own?: boolean; postings?: Span[] } {
  // "外交部发言人", "the Kremlin spokesman": a body or state right before the role word heads it.
  // An apposition after the name ("X, a researcher at Y") starts after it: the name is no body of its own.
  let from = a;
  // "Velmora's chief technology officer X", "the UAE's minister of state, X": so does an owner with a possessive.
  if (!apposition) for (let k = ctx.parties.length - 1; k >= 0; k--) {
    const p = ctx.parties[k]!;
    if (p.end > from || p.start < s.start) continue;
    const owned = possessiveAt(ctx.lang, ctx.text, p.end);
    if (!(owned && p.end + owned === from) && (from - p.end > 2 || /[,.;:!?，。；：、]/u.test(ctx.text.slice(p.end, from)))) break;
    from = p.start;
  }
  // A capitalised office read as a body ("de la Información y Comunicación") is no body the role speaks for.
  let inside = ctx.parties.filter((p) => p.start >= from && p.end <= b && !(p.kind === 'organization' && ctx.offices?.some((f) => p.start < f.end && f.start < p.end)));
  // "Labour MP X", "X (Ecolo-Groen)", "der SPD-Abgeordnete X", "el diputado de ERC X": a member of parliament
  // speaks for their party, before any state or body the phrase names; a minister of the party ("the Labour
  // minister X") holds an office of state and speaks for the state, so the party is no body of theirs.
  const party = inside.find((p) => p.kind === 'organization' && !!p.value && PARTY_NAMES.has(p.value));
  if (party) {
    const phrase = ctx.text.slice(from, b);
    if ((ctx.lex?.memberRoles && execFrom(ctx.lex.memberRoles, phrase)) || !(ctx.lex?.roles && execFrom(ctx.lex.roles, phrase))) return { body: party.value };
    inside = inside.filter((p) => p !== party);
  } else {
    const member = memberWordParty(ctx, from, b) ?? oppositionParty(ctx, from, b);
    if (member) return { body: member };
  }
  const org = inside.find((p) => p.kind === 'organization');
  // "Russia's ambassador in London", "l'ambassadeur de France à Moscou", "中国驻英国大使": an envoy's posting is not their state.
  const envoy = envoyState(ctx, s, from, b, inside);
  if (envoy) return { ...envoy, ...(org ? { body: org.value } : {}) };
  const country = inside.find((p) => p.kind === 'country');
  if (country) return { code: country.value, body: org?.value };
  // "X, Velmora's senior vice president, said ...", "X, Leiter der Forschung bei Velmora": the body the role is held at.
  const owner = roleOwner(ctx.text, ctx.lex, inside, from, b);
  if (owner) return { ...(owner.country ? { code: owner.country } : {}), body: owner.value };
  if (org?.country) return { code: org.country, body: org.value };
  // "Mandiant spokesman X said Russian hackers ...", "X, an analyst at Kaspersky, said": a vendor or a
  // research team speaks for itself, not for a state its sentence names.
  if (org?.value && SOURCE_NAMES.has(org.value)) return { body: org.value };
  // "Secretary of State X", "Bundeskanzlerin X", "国务卿X": a title only one state has names its state
  // when the role phrase names none; a state elsewhere in the sentence is what the official speaks of.
  // The words of the title before the role word ("Foreign Secretary", "Home Secretary") count: the
  // title may open up to TITLE_LEAD tokens before the role phrase, in its clause.
  const lead = titleStart(ctx, s, from);
  const titled = stateOfTitle(ctx.lang, ctx.text.slice(lead, b), from - lead);
  const at = titled ? lead + titled.at : 0;
  // "Indian Foreign Secretary X": a state right before the title's first word is the role's own.
  const own = titled && ctx.parties.find((p) => p.kind === 'country' && p.end <= at && at - p.end <= 2 && !/[,.;:!?，。；：、]/u.test(ctx.text.slice(p.end, at)));
  if (own) return { code: own.value, ...(org ? { body: org.value } : {}) };
  // "the Ohio Secretary of State": another capitalised name right before the title (not the sentence's
  // first word, no possessive) makes it an office of that place, not the state's own.
  if (titled && !/(?:^|[\s(])\p{Lu}[\p{L}.-]*(?<!['’]s)\s+$/u.test(ctx.text.slice(Math.max(s.start + 1, at - 30), at))) return { code: titled.code, ...(org ? { body: org.value } : {}) };
  // "外交部发言人", "Außenministerin": a role that names no state speaks for the one the sentence names;
  // not the addressee of an appeal after the role ("Minister X called on the Chinese authorities to ..."):
  // whom a call is addressed to is never the one who calls.
  // "La viceministra ..., X, explicó que los intentos llegan de Brasil": a state named inside the
  // clause the person's speech verb reports is what they say, not whose official they are.
  const said = ctx.lex?.say ? execFrom(ctx.lex.say, ctx.text.slice(b, s.end)) : null;
  const reported = Math.min(
    said && (/^\s*(?:que|that|dass|qu['’]|что)(?![\p{L}])/u.test(ctx.text.slice(b + said.index + said[0].length).replace(/^[^,;:]{0,40}?(?=\s(?:que|that|dass|qu['’]|что)(?![\p{L}]))/u, ''))
      // "Minister X said the group had ...": with no complementiser the reported words open right after the verb (speech-complement.ts).
      // ... unless those words deny or tell a hit on the speaker's side: the state they name may be the official's own.
      || (complementOpensAt(ctx.text, ctx.lex!, b + said.index + said[0].length) && !ownSideTold(ctx.text, ctx.lex!, b + said.index + said[0].length, s.end))) ? b + said.index : s.end,
    stanceAfter(ctx, s, b),
  );
  // "... activity by PRC-based actors", "ruské hackery": a state the sentence names as the actor is whom the official speaks of.
  const told = toldBefore(ctx, s, a);
  const near = ctx.parties.filter((p) => p.kind === 'country' && p.start >= told && p.end <= (sentenceState ? reported : a) && !addressedAfter(ctx, b, p.start) && !(p.start >= b && actorState(ctx, s, p)));
  const [first] = near;
  if (first) return { code: first.value, ...(org ? { body: org.value } : {}) };
  return org ? { body: org.value } : {};
}

/** Tokens between a trailing speech verb and the role phrase after it ("..., said the agency's director, X"). */
const TRAILING_SAY_GAP = 3;

/**
 * Where the words a role phrase at `a` did not say end, as a document offset: after a quotation closed before the
 * phrase ("\"...\", advirtió el fiscal general, X", "\"...,\" the agency's director, X, said"), or after a reported
 * clause closed by a comma and a speech verb right before the phrase ("..., dijo el fiscal general, X"). A state named
 * in those words is what the official tells, not whose official they are. Else the sentence's start.
 */
function toldBefore(ctx: Ctx, s: Sentence, a: number): number {
  const lead = ctx.text.slice(s.start, a);
  let cut = s.start;
  if (s.inQuote || /^[\s\p{Pd}•·*]*["“«„「『]/u.test(lead)) {
    for (const m of lead.matchAll(/[,，]\s*["”»“」』]|["”»“」』]\s*(?:[,，]|[—–-]{1,2})/gu)) cut = s.start + m.index;
  }
  const say = ctx.lex?.say;
  if (say) {
    const ix = tokenIndex(ctx.text, ctx.lang);
    for (const m of execAll(say, lead)) {
      const at = s.start + m.index;
      if (at > cut && /(?:[,，]\s*["”»“」』]?|["”»“」』]\s*[,，]?)\s*(?:[—–-]{1,2}\s*)?$/u.test(lead.slice(0, m.index)) && ix.count(at + m[0].length, a) <= TRAILING_SAY_GAP) cut = at;
    }
  }
  return cut;
}

/** Tokens between a state and the envoy phrase it owns from outside ("Russia's ambassador", "Russia['s] ambassador"). */
const ENVOY_OWNER_GAP = 1;

/**
 * The state of an envoy whose role phrase [from, b) names the state of their posting: a state right after a posting marker
 * of the profile ("in", "en", "à", "in", "в", "驻", "tại") is where they serve, never whom they speak for. Their state is
 * the one the phrase names as its owner (an adjective, a genitive, "of X", X before 驻) or a state right before the
 * phrase with a possessive ("Russia's ambassador"); with only the posting named, a first-person plural possessive
 * ("our", "nuestro", "notre", "unser", "наш", "我国", "nước ta") makes the envoy the article's own (`own`: home-state.ts,
 * given in organ-state.ts), anything else leaves the state unknown. Undefined when the phrase is no envoy's or names no
 * posting.
 */
function envoyState(ctx: Ctx, s: Sentence, from: number, b: number, inside: PartyMention[]): { code?: string; own?: boolean; postings: Span[] } | undefined {
  const lex = ctx.lex;
  if (!lex?.envoyNouns || !lex.postingMarkers || !execFrom(lex.envoyNouns, ctx.text.slice(from, b))) return undefined;
  const countries = inside.filter((p) => p.kind === 'country');
  const postings = countries.filter((p) => postedAt(ctx, from, p));
  // "our ambassador in Moscow" where the city is read as a place, no party: a posting marker before a name is a posting still.
  const phrase = ctx.text.slice(from, b);
  const named = execAll(lex.postingMarkers, phrase).find((m) => /^\s*(?:\p{Lu}|\p{Script=Han})/u.test(phrase.slice(m.index + m[0].length)));
  if (!postings.length && !named) return undefined;
  const at = { postings: postings.map((p) => ({ start: p.start, end: p.end })) };
  const owner = countries.find((p) => !postings.includes(p));
  if (owner) return { code: owner.value, ...at };
  const ix = tokenIndex(ctx.text, ctx.lang);
  const before = ctx.parties.findLast((p) => p.kind === 'country' && p.end <= from && p.start >= s.start);
  if (before && ix.count(before.end, from) <= ENVOY_OWNER_GAP && /^(?:['’]s)?\s*$/u.test(ctx.text.slice(before.end, from))) return { code: before.value, ...at };
  const lead = titleStart(ctx, s, from);
  if (lex.ourPossessives && execFrom(lex.ourPossessives, ctx.text.slice(lead, postings[0]?.start ?? from + named!.index))) return { own: true, ...at };
  return at;
}

/** Is the state `p` right after a posting marker ("in Beijing", "en Brasilia", "à Moscou", "в Великобритании", "驻英国", "tại Mỹ"), inside the role phrase from `from`? */
function postedAt(ctx: Ctx, from: number, p: PartyMention): boolean {
  const re = ctx.lex?.postingMarkers;
  if (!re) return false;
  const lead = ctx.text.slice(Math.max(from, p.start - 24), p.start);
  return execAll(re, lead).some((m) => /^\s*$/u.test(lead.slice(m.index + m[0].length)));
}

/** Tokens that may stand between a role phrase and its holder's own verb (an auxiliary, a comma). */
const OWN_VERB_GAP = 3;

/**
 * Where the first stance verb after a role phrase's end `b` opens ("Minister X confirmed that ...", "la ministra X
 * reconoció ...", "Minister X beschuldigte ...", "министр X признал ...", "Minister X warned China"): a state named after
 * the official's own act of confirming, admitting, accusing, denying, warning or calling on is what they speak of (its
 * victim, the accused, a place of the story), not whose official they are. A bare speech verb is none: a state in
 * what they say is often their own ("the spokeswoman said Russia had no knowledge of ..."). The verb is the official's own when at most OWN_VERB_GAP tokens (an
 * auxiliary, a comma) stand between the role phrase and it. The sentence's end when none follows.
 */
function stanceAfter(ctx: Ctx, s: Sentence, b: number): number {
  const rest = ctx.text.slice(b, s.end);
  const ix = tokenIndex(ctx.text, ctx.lang);
  let cut = s.end;
  for (const re of [ctx.lex?.confirm, ctx.lex?.accuse, ctx.lex?.deny, ctx.lex?.warn, ctx.lex?.callFor]) {
    const m = re ? execFrom(re, rest) : null;
    if (m && ix.count(b, b + m.index) <= OWN_VERB_GAP) cut = Math.min(cut, b + m.index);
  }
  return cut;
}

/** Tokens a title may open before its role word ("Foreign Secretary", "Chancellor of the Exchequer"). */
const TITLE_LEAD = 2;

/** Where a title may open: TITLE_LEAD tokens before `from`, within its sentence and clause. */
function titleStart(ctx: Ctx, s: Sentence, from: number): number {
  const at = Math.max(s.start, tokenIndex(ctx.text, ctx.lang).before(from, TITLE_LEAD));
  const lead = ctx.text.slice(at, from);
  const cut = Math.max(...['，', '。', '；', '：', '、', ',', '.', ';', ':', '!', '?', '(', ')'].map((c) => lead.lastIndexOf(c)));
  return cut < 0 ? at : at + cut + 1;
}

/** Words between a state and the actor noun it qualifies ("PRC-based actors", "des pirates informatiques russes"). */
const ACTOR_STATE_GAP = 1;

/**
 * Is the state named as an actor: right before an actor noun (profile `actorNouns`: "Chinese hackers",
 * "PRC-based threat actors", "российские хакеры", "tin tặc Nga" after it), at most one word between, no
 * clause break?
 */
function actorState(ctx: Ctx, s: Sentence, p: Span): boolean {
  const re = ctx.lex?.actorNouns;
  if (!re) return false;
  const ix = tokenIndex(ctx.text, ctx.lang);
  const after = ctx.text.slice(p.end, Math.min(s.end, p.end + 40));
  const m = execFrom(re, after);
  if (m && !/[,.;:!?，。；：、()]/u.test(after.slice(0, m.index)) && ix.count(p.end, p.end + m.index) <= ACTOR_STATE_GAP) return true;
  const from = Math.max(s.start, p.start - 40);
  const before = ctx.text.slice(from, p.start);
  for (const n of execAll(re, before)) {
    const end = from + n.index + n[0].length;
    if (!/[,.;:!?，。；：、()]/u.test(ctx.text.slice(end, p.start)) && ix.count(end, p.start) <= ACTOR_STATE_GAP && /^[\s\p{Ll}-]*$/u.test(ctx.text.slice(end, p.start))) return true;
  }
  return false;
}

/** Is there an appeal verb ("called on", "appelé", "призвала", "呼吁") between a role phrase's end and a state after it? */
function addressedAfter(ctx: Ctx, from: number, at: number): boolean {
  const re = ctx.lex?.appeal;
  return !!re && at > from && !!execFrom(re, ctx.text.slice(from, at));
}

/** A short bracket right after a name: a party, a constituency, an acronym. */
const BRACKET_AFTER = /^\s*[(（][^()（）]{1,40}[)）]/u;

/**
 * "X (Labour, Bristol West)", "X (Chingford, Con):", "le député X (Ecolo-Groen)", "X (CDU)": the party a
 * comma-separated part of the bracket right after a name writes, when the person's role, if any, is a
 * member's of parliament and no office of state ("Minister X (Labour)" speaks for the state).
 */
function bracketParty(ctx: Ctx, end: number, role: string | undefined): string | undefined {
  const m = BRACKET_AFTER.exec(ctx.text.slice(end));
  if (!m) return undefined;
  if (role && ctx.lex?.roles && execFrom(ctx.lex.roles, role) && !(ctx.lex.memberRoles && execFrom(ctx.lex.memberRoles, role))) return undefined;
  const inner = m[0].trim().slice(1, -1);
  for (const part of inner.split(/[,;，]/u)) {
    const party = partyOfBracketPart(part);
    if (party) return party;
  }
  return undefined;
}

/** Capitalised words (acronyms, a quoted name) the body in an affiliation may run to. */
const AFFILIATION_BODY_WORDS = 5;
const affiliationPatterns = new Map<string, RegExp | null>();

/**
 * The length of an affiliation right after a name, before its verb ("X of Quorvex Labs said", "X of the
 * National Intelligence Service said", "X von der Firma Y sagte", "X из «Y» заявил"): an affiliation
 * word, an article, an organisation word, then capitalised words only; 0 when none stands there.
 */
export function affiliationAfter(text: string, lang: string, end: number, limit: number): number {
  let re = affiliationPatterns.get(lang);
  if (re === undefined) {
    const words = AFFILIATION_WORDS[lang];
    const arts = lexiconFor(lang)?.articles?.source;
    // "из компании «Y»", "of security company Y": an organisation word may head the body's name.
    const org = lexiconFor(lang)?.orgWords?.source;
    const word = String.raw`[«"„“]?(?:\p{Lu}[\p{L}\p{N}&'’.\-]*)[»"“”]?`;
    re = words ? new RegExp(String.raw`^[ \t]+(?:${words.join('|')})[ \t]+(?:(?:${arts ?? '(?!)'})[ \t]+)?(?:(?:${org ?? '(?!)'})[ \t]+)?${word}(?:[ \t]+${word}){0,${AFFILIATION_BODY_WORDS - 1}}(?=[ \t]+\p{Ll})`, 'u') : null;
    affiliationPatterns.set(lang, re);
  }
  if (!re) return 0;
  return re.exec(text.slice(end, limit))?.[0].length ?? 0;
}

const affiliationStarts = new Map<string, RegExp | null>();

/**
 * "X of Mandiant said", "X, of Mandiant, said", "X von Mandiant sagte": with no role, a known body right
 * after an affiliation word (AFFILIATION_WORDS) is the one the person speaks for, and its state if it has
 * one; no state of the sentence stands in for it.
 */
function affiliatedBody(ctx: Ctx, end: number): { code?: string; body?: string } {
  let re = affiliationStarts.get(ctx.lang);
  if (re === undefined) {
    const words = AFFILIATION_WORDS[ctx.lang];
    const arts = lexiconFor(ctx.lang)?.articles?.source;
    // "von der Firma Y", "из компании Y", "của hãng Y": an organisation word may head the body's name.
    const org = lexiconFor(ctx.lang)?.orgWords?.source;
    re = words ? new RegExp(String.raw`^,?[ \t]+(?:${words.join('|')})[ \t]+(?:(?:${arts ?? '(?!)'})[ \t]+)?(?:(?:${org ?? '(?!)'})[ \t]+)?`, 'iu') : null;
    affiliationStarts.set(ctx.lang, re);
  }
  const m = re?.exec(ctx.text.slice(end, end + 40));
  if (!m) return {};
  const org = ctx.parties.find((p) => p.kind === 'organization' && p.start === end + m[0].length);
  return org ? { ...(org.country ? { code: org.country } : {}), body: org.value } : {};
}

const expertRolePatterns = new Map<string, RegExp | null>();

/**
 * Whether a role phrase before a name leaves the body to an affiliation after it: no role, or an expert's
 * (EXPERT_ROLES: "researcher X of Y"); an office ("Attorney X of the District of Y") does not.
 */
function affiliationHolds(lang: string, role: string | undefined): boolean {
  if (!role) return true;
  let re = expertRolePatterns.get(lang);
  if (re === undefined) {
    const words = EXPERT_ROLES[lang];
    re = words ? new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu') : null;
    expertRolePatterns.set(lang, re);
  }
  return !!re?.test(role);
}

function followedBySpeech(ctx: Ctx, s: Sentence, end: number, verbs: RegExp | null = ctx.lex?.say ?? null): boolean {
  const re = verbs;
  if (!re) return false;
  // "X, one of its authors, told ...": an apposition may stand between the name and its verb.
  // "X (D-Ohio) said", "X (CDU) sagte": a bracket (party, constituency, acronym) right after the name.
  end += BRACKET_AFTER.exec(ctx.text.slice(end, s.end))?.[0].length ?? 0;
  const appos = APPOSITION.exec(ctx.text.slice(end, Math.min(s.end, end + 100)));
  // "X of Quorvex told ...": so may an affiliation, when its body is a known party or holds an
  // organisation word ("Recorded Future of Somerville said": a place, no body).
  let aff = appos ? 0 : affiliationAfter(ctx.text, ctx.lang, end, s.end);
  if (aff && !ctx.parties.some((p) => p.start < end + aff && p.end > end + 1 && p.kind !== 'group') && !hasOrgWord(ctx, ctx.text.slice(end, end + aff))) aff = 0;
  const from = appos ? end + appos[0].length : end + aff;
  const rest = ctx.text.slice(from, Math.min(s.end, from + 40));
  const m = execFrom(re, rest);
  return !!m && /^[\s,]*(?:\p{Ll}+\s+){0,2}$/u.test(rest.slice(0, m.index));
}

const coordinatorPatterns = new Map<string, { after: RegExp; before: RegExp } | null>();

/** The language's conjunctions joining two people, compiled once: opening what follows a name, closing what precedes one. */
function coordinators(lang: string): { after: RegExp; before: RegExp } | null {
  let c = coordinatorPatterns.get(lang);
  if (c === undefined) {
    const words = PERSON_COORDINATORS[lang];
    // A whole word: "Brand " does not end in "and".
    const edge = lang === 'zh' ? '' : '(?<![\\p{L}])';
    c = words ? { after: new RegExp(`^[ \t]*(?:${words.join('|')})[ \t]+`, 'u'), before: new RegExp(`${edge}(?:${words.join('|')})[ \t]+$`, 'u') } : null;
    coordinatorPatterns.set(lang, c);
  }
  return c;
}

/** A name's shape after a conjunction: two to four capitalised words. */
const COORDINATED_NAME = /^(?:\p{Lu}[\p{L}'’.-]+)(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}/u;

/**
 * "X and Y said", "X и Y заявили", "X et Y ont déclaré": a name joined by a conjunction to a second
 * name right before a speech or act verb is a subject of that verb too (people-acting.ts's
 * coordinatedSubjects then shares the verb; this makes the first name a candidate at all).
 */
function coordinatedBeforeVerb(ctx: Ctx, s: Sentence, end: number): boolean {
  const c = coordinators(ctx.lang)?.after.exec(ctx.text.slice(end, s.end));
  if (!c) return false;
  const at = end + c[0].length;
  const next = COORDINATED_NAME.exec(ctx.text.slice(at, s.end));
  if (!next) return false;
  const after = at + next[0].length;
  return followedBySpeech(ctx, s, after) || followedBySpeech(ctx, s, after, personActsFor(ctx.lang)?.acts ?? null);
}

/** A name's shape before a conjunction, at the end of what precedes a second name. */
const NAME_BEFORE_COORDINATOR = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’.-]+)(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})[ \t]+$/u;

/**
 * The second name of "X and Y said", "X и Y заявили": a name right before it, joined by a conjunction,
 * that is no known entity. Their verb is plural for the two of them, not for an organisation.
 */
function coordinatedAfterName(ctx: Ctx, s: Sentence, start: number): boolean {
  const c = coordinators(ctx.lang)?.before.exec(ctx.text.slice(s.start, start));
  if (!c) return false;
  const at = s.start + c.index;
  const prev = NAME_BEFORE_COORDINATOR.exec(ctx.text.slice(s.start, at));
  if (!prev) return false;
  const prevStart = at - prev[0].length + prev[0].indexOf(prev[1]!);
  return !overlapsTaken(ctx, prevStart, prevStart + prev[1]!.length);
}

/** Word tokens a relative clause may run from its pronoun to its speech verb. */
const RELATIVE_TOKENS = 12;

/**
 * "X, der als einer der Ersten öffentlich erklärte, ...", "X, who later told reporters ...": a relative
 * clause right after the name whose verb is a speech verb makes the name its speaker.
 */
export function relativeSpeech(text: string, lang: string, say: RegExp | null, s: { start: number; end: number }, end: number): boolean {
  const rel = RELATIVE_PRONOUNS[lang];
  if (!say || !rel) return false;
  const m = new RegExp(`^\\s*,\\s*(?:${rel.join('|')})(?![\\p{L}])`, 'u').exec(text.slice(end, Math.min(s.end, end + 20)));
  if (!m) return false;
  const from = end + m[0].length;
  const ix = tokenIndex(text, lang);
  const to = Math.min(s.end, ix.after(from, RELATIVE_TOKENS));
  const clause = text.slice(from, to);
  const x = execFrom(say, clause);
  return !!x && !/[.;:!?()"“”«»„]/u.test(clause.slice(0, x.index));
}

function precededBy(ctx: Ctx, re: RegExp | null, s: Sentence, start: number, within = 16): boolean {
  if (!re) return false;
  const before = ctx.text.slice(Math.max(s.start, start - within - 30), start);
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  return !!last && before.length - (last.index + last[0].length) <= within && !/[.;:]/u.test(before.slice(last.index + last[0].length));
}

/**
 * "Pour X, la Russie est ...", "Para X, el grupo es ...": a preposition of the language's
 * OPINION_OPENERS alone before the name at the sentence's start, and a comma right after it, make the
 * name the holder of the view the sentence states.
 */
export function opinionHolder(text: string, lang: string, sentenceStart: number, start: number, end: number): boolean {
  const openers = OPINION_OPENERS[lang];
  if (!openers || !/^\s*,/u.test(text.slice(end, end + 3))) return false;
  const lead = text.slice(sentenceStart, start).trim().toLowerCase();
  return openers.includes(lead);
}

/** Word tokens a speech verb may stand before the name it introduces ("said X", "a déclaré M. X"). */
const INVERTED_WORDS = 1;

/**
 * Reported speech with the verb first: '"...," said X', '« ... », a déclaré X', '„...“, sagte X',
 * '"...", dijo X', '«...», — заявил X': a speech verb right before the name, or with only an
 * honorific between ("a déclaré M. X"), introduces a speaker.
 */
function invertedSpeech(ctx: Ctx, s: Sentence, start: number): boolean {
  const say = ctx.lex?.say;
  if (!say) return false;
  // "« ... », a réagi X", "replicó X": a verb of reacting stands before its subject as a speech verb does;
  // "« ... », écrit X", "\"...,\" writes X": so does a verb of writing.
  const pa = personActsFor(ctx.lang);
  return [say, pa?.reactions, pa?.writing].some((re) => !!re && invertedVerb(ctx, re, s, start));
}

function invertedVerb(ctx: Ctx, re: RegExp, s: Sentence, start: number): boolean {
  const hon = ctx.lex?.honorifics ?? null;
  const ix = tokenIndex(ctx.text, ctx.lang);
  const from = Math.max(s.start, ix.before(start, INVERTED_WORDS + 3));
  const before = ctx.text.slice(from, start);
  for (let x = execFrom(re, before); x; x = execFrom(re, before, x.index + (x[0].length || 1))) {
    if (!x[0]) continue;
    const b = from + x.index + x[0].length;
    if (b > start) break;
    if (!afterReport(ctx.text, ctx.lang, s.start, from + x.index)) continue;
    // Only an honorific or whom the verb addresses may stand between: "added that X could face" is a
    // clause, not its speaker; "— заявил журналистам X", "sagte den Journalisten X" name the speaker.
    const gap = ctx.text.slice(b, start).trim();
    if (!gap) return true;
    if (hon && isWholeMatch(hon, gap) && ix.count(b, start) <= INVERTED_WORDS) return true;
    if (isWholeMatch(personActsFor(ctx.lang)?.addressees ?? null, gap)) return true;
  }
  return false;
}

/**
 * Whether a speech verb at `verbAt` may have its subject after it: always, but in the languages of
 * INVERSION_AFTER_REPORT only right after a quotation, a comma or a dash, or opening the sentence
 * ('"...," said X'; not "Prosecutors say X developed ...").
 */
export function afterReport(text: string, lang: string, sentenceStart: number, verbAt: number): boolean {
  if (!INVERSION_AFTER_REPORT.has(lang)) return true;
  const before = text.slice(sentenceStart, verbAt).trimEnd();
  return !before || /[,"“”'’—–\-:]$/u.test(before);
}

/**
 * 'X: "..."', 'X : « ... »', 'X: „...“', 'X：“...”': a name right before a colon that opens a
 * quotation is its speaker, at a line's start as in the middle of a live-blog entry.
 */
export function quoteAfterColon(text: string, end: number, limit = text.length): boolean {
  return /^[ \t\u00a0]*[:：][ \t\u00a0]*["“«„「『]/u.test(text.slice(end, Math.min(limit, end + 6)));
}

/** What joins a role to the body it governs ("Minister of", "Director for"), per language. */
const ROLE_OF: Record<string, RegExp> = { en: /\s(?:of|for)\s+(?:the\s+)?$/iu };

/**
 * A capitalised run of at least three words right after a role and "of" ("Deputy Minister of
 * National Defence X Y"): its last two words are the holder's name when they hold no organisation
 * word; the words before them name the body.
 */
function bodyThenName(ctx: Ctx, s: Sentence, start: number, name: string): { start: number; name: string; role: string } | null {
  const words = name.split(/\s+/u);
  if (words.length < 3) return null;
  const before = ctx.text.slice(s.start, start);
  const of = ROLE_OF[ctx.lang]?.exec(before) ?? (() => {
    const m = /(\S+)\s+$/u.exec(before);
    return m && ctx.lex?.bodyOf && isWholeMatch(ctx.lex.bodyOf, m[1]!) ? m : null;
  })();
  if (!of) return null;
  const role = roleBefore(ctx, s, s.start + of.index);
  if (!role) return null;
  const tail = words.slice(-2).join(' ');
  const at = start + name.lastIndexOf(tail);
  if (hasOrgWord(ctx, tail) || overlapsTaken(ctx, at, at + tail.length)) return null;
  if (isWholeMatch(ctx.lex?.roles ?? null, words.at(-2)!)) return null;
  return { start: at, name: tail, role: ctx.text.slice(role.start, at).trim() };
}

/** Whether one of the language's articles stands right before `start` ("der X", "the X"). */
function articleBefore(ctx: Ctx, s: Sentence, start: number): boolean {
  const m = /(\S+)\s+$/u.exec(ctx.text.slice(Math.max(s.start, start - 12), start));
  return !!m && isWholeMatch(ctx.lex?.articles ?? null, m[1]!);
}

/** Lowercase particles between two capitalised words of a candidate name. */
const PARTICLE_RUN = new RegExp(String.raw`[ \t]+${NAME_PARTICLE}[ \t]+(?=\p{Lu})`, 'gu');

/**
 * The name up to the first particle run that a body follows rather than a family name: more than one
 * capitalised word ("von der Firma Veltrix", "de la Policía Nacional"), an organisation word, a known
 * entity or a role.
 */
function beforeParticleBody(ctx: Ctx, start: number, name: string): string {
  for (const m of name.matchAll(PARTICLE_RUN)) {
    const restAt = m.index + m[0].length;
    const rest = name.slice(restAt);
    const words = rest.split(/\s+/u);
    const roleWord = words.some((w) => isWholeMatch(ctx.lex?.roles ?? null, w));
    if (words.length > 1 || hasOrgWord(ctx, rest) || roleWord || overlapsTaken(ctx, start + restAt, start + name.length)) return name.slice(0, m.index);
  }
  return name;
}

/** Whether a body word and its "of" stand right before `start` ("Ministry of", "Department of the"). */
function bodyWordOf(ctx: Ctx, s: Sentence, start: number): boolean {
  const re = ROLE_OF[ctx.lang];
  if (!re) return false;
  const before = ctx.text.slice(s.start, start);
  const of = re.exec(before);
  if (!of) return false;
  const w = /(\S+)$/u.exec(before.slice(0, of.index));
  return !!w && hasOrgWord(ctx, w[1]!);
}

/** Capitalised words up to the last role word, when at least a two-word name follows them. */
function leadingRole(ctx: Ctx, name: string): { phrase: string; rest: string } | null {
  const toks = name.split(/\s+/u);
  let roleEnd = -1;
  for (const [i, tok] of toks.slice(0, -2).entries()) if (isWholeMatch(ctx.lex?.roles ?? null, tok)) roleEnd = i;
  if (roleEnd < 0) return null;
  const phrase = toks.slice(0, roleEnd + 1).join(' ');
  // roleEnd < toks.length - 2, so a token follows it.
  return { phrase, rest: name.slice(name.indexOf(toks[roleEnd + 1]!, phrase.length)) };
}

/** "Sprecher des Auswärtigen Amts", "ministro de Asuntos Digitales": capitalised words right after "of" name a body. */
function afterBodyOf(ctx: Ctx, s: Sentence, start: number): boolean {
  const re = ctx.lex?.bodyOf;
  if (!re) return false;
  const m = /(\S+)\s+$/u.exec(ctx.text.slice(Math.max(s.start, start - 24), start));
  return !!m && isWholeMatch(re, m[1]!);
}

/** LATIN_NAME at the very start of a string (not global: no lastIndex of its own to keep). */
const LATIN_NAME_AT_START = new RegExp(`^(?:${LATIN_NAME.source})`, 'u');
/** A comma and a full name of two words right after a run: the holder in apposition to it. */
const APPOSED_NAME = new RegExp(String.raw`^[ \t]*,[ \t]*${NAME_WORD}[ \t]+${NAME_WORD}`, 'u');
/** A name particle followed by an article inside a run ("Encargado de la Nación"). */
const ARTICLED_PARTICLE = new RegExp(`[ \\t](?:${NAME_PARTICLES.join('|')})[ \\t]+(?:${NAME_PARTICLE_ARTICLES.join('|')})[ \\t]+\\p{Lu}`, 'u');

/** "de la Información", "de l'Intérieur", "of the Treasury": a body's "of" and an article right before `start`. */
function afterBodyOfArticle(ctx: Ctx, s: Sentence, start: number): boolean {
  const re = ctx.lex?.bodyOf;
  const arts = ctx.lex?.articles;
  if (!re || !arts) return false;
  const m = /(\S+)\s+(\S+?)(?:\s+|(?<=['’]))$/u.exec(ctx.text.slice(Math.max(s.start, start - 24), start));
  return !!m && isWholeMatch(re, m[1]!) && isWholeMatch(arts, m[2]!);
}

function hasOrgWord(ctx: Ctx, name: string): boolean {
  // "Google's Mandiant": a genitive inside a capitalised run joins an owner and what it owns.
  if (/\p{L}['’]s\s/u.test(name)) return true;
  // "nhà nghiên cứu của Check Point", "chuyên gia của Cisco Talos": a known source's written form after a role word is the body the role serves.
  if (SOURCE_FORM_SET.has(name)) return true;
  // Organisations keep their English names in any language ("Global Times", "Check Point Research").
  for (const re of [ctx.lex?.orgWords, ctx.lang === 'en' ? null : lexiconFor('en')?.orgWords]) {
    if (!re) continue;
    re.lastIndex = 0;
    if (re.test(name)) return true;
  }
  return false;
}

/** Verbs that close a clause inside what looks like a role phrase ("minister X told the assembly that a ..."). */
const CLAUSE_VERBS: (keyof CompiledLexicon)[] = ['say', 'accuse', 'deny', 'warn', 'callFor', 'confirm'];

function holdsClauseVerb(ctx: Ctx, s: string): boolean {
  for (const k of CLAUSE_VERBS) {
    const re = ctx.lex?.[k];
    if (re instanceof RegExp && execFrom(re, s)) return true;
  }
  const acts = personActsFor(ctx.lang)?.acts;
  return !!acts && !!execFrom(acts, s);
}

function findLatinOrCyrillic(ctx: Ctx, s: Sentence, people: PersonCandidate[]): void {
  LATIN_NAME.lastIndex = 0;
  for (let m = LATIN_NAME.exec(s.text); m; m = LATIN_NAME.exec(s.text)) {
    let start = s.start + m.index;
    let name = m[0];
    // Drop leading words that cannot begin a name ("During", "Western"), are a known entity
    // ("России Дмитрий Песков") or a role ("Außenministerin Annalena Baerbock").
    let leadRole = '';
    let stripped = false;
    while (name.includes(' ')) {
      const [first = ''] = name.split(/\s+/);
      // "Foreign Secretary Liz Truss": a capitalised role phrase of several words before the name.
      const cutRole = leadingRole(ctx, name);
      if (cutRole) {
        leadRole = cutRole.phrase;
        start += name.length - cutRole.rest.length;
        name = cutRole.rest;
        stripped = true;
        continue;
      }
      // "Lord Hartwell", "Baroness Smith": a peer's title before a single word is part of the name.
      if (name.split(/\s+/u).length === 2 && isWholeMatch(personActsFor(ctx.lang)?.peerTitles ?? null, first)) break;
      const isRole = isWholeMatch(ctx.lex?.roles ?? null, first) || isWholeMatch(personActsFor(ctx.lang)?.labelTitles ?? null, first);
      // "El Elíseo", "Los Angeles": a sentence-initial article of the language opens a noun phrase.
      const article = isWholeMatch(ctx.lex?.articles ?? null, first);
      // "Laut X", "Wie X, ..., mitteilte", "Según X": a conjunction or preposition opening the sentence.
      const closed = isWholeMatch(ctx.lex?.closedClass ?? null, first);
      // "Defence Minister Israel K", "Minister Georgia W": a state's name before one last word is a given
      // name spelled like it (countryTail), not the state the role belongs to; Russian declines the
      // state's name there ("министр России Лавров").
      // An article before the run makes it a noun phrase ("in der Tschechischen Republik").
      const givenLikeState = !CYRILLIC_NAMES.has(ctx.lang) && name.split(/\s+/u).length === 2 && !articleBefore(ctx, s, start);
      // "Pour X, ...", "Para X, ...": a preposition of opinion opening the sentence.
      const opener = !!OPINION_OPENERS[ctx.lang]?.includes(first.toLowerCase()) && !ctx.text.slice(s.start, start).trim();
      // "Эксперты Московского университета заявили", "Analysts Kim and Lee said": a staff noun is a common noun.
      const staff = isWholeMatch(ctx.lex?.staffNouns ?? null, first);
      // "Das US-Sicherheitsunternehmen Veltrix warnte", "Компания Veltrix сообщила": a company noun before
      // the name describes the company (German capitalises it, any language at a sentence's start).
      const company = isWholeMatch(ctx.lex?.companyNouns ?? null, first);
      if (!NOT_NAME_START.has(first.toLowerCase()) && !article && !closed && !opener && !staff && !company && (givenLikeState || !overlapsTaken(ctx, start, start + first.length)) && !isRole) break;
      if (isRole) leadRole = first;
      const cut = name.indexOf(' ') + 1;
      start += cut;
      name = name.slice(cut).trimStart();
      stripped = true;
    }
    // The four-word window may have cut the name itself short once leading words were dropped.
    if (stripped) {
      const whole = LATIN_NAME_AT_START.exec(ctx.text.slice(start, s.end));
      if (whole && whole[0].length > name.length) name = whole[0];
      LATIN_NAME.lastIndex = Math.max(LATIN_NAME.lastIndex, start + name.length - s.start);
      const cutRole = leadingRole(ctx, name);
      if (cutRole) {
        leadRole = leadRole ? `${leadRole} ${cutRole.phrase}` : cutRole.phrase;
        start += name.length - cutRole.rest.length;
        name = cutRole.rest;
      }
    }
    // "ministre de l'Intérieur Clare O'Neil": a word glued to an elided article names the body, not the person.
    if (/\p{L}['’]$/u.test(ctx.text.slice(Math.max(0, start - 2), start)) && name.split(/\s+/u).length >= 3) {
      const cut = name.indexOf(' ') + 1;
      start += cut;
      name = name.slice(cut).trimStart();
    }
    // "Jörg Brenner von der Firma Veltrix", "X de la Policía Nacional": particles that open a body, a
    // known entity or a role end the name before them; only a name word may follow them.
    const whole = name;
    name = beforeParticleBody(ctx, start, name);
    // "Nach Angaben von X Y", "Angaben von X Y": what follows the particle may be a name of its own: look again from it.
    if (name.length < whole.length) {
      PARTICLE_RUN.lastIndex = 0;
      const p = PARTICLE_RUN.exec(whole.slice(name.length));
      if (p && p.index === 0) LATIN_NAME.lastIndex = Math.min(LATIN_NAME.lastIndex, start + name.length + p[0].length - s.start);
    }
    // "Deputy Minister of National Defence X Y", "Director of National Intelligence X Y": after a
    // role and "of", the body it governs runs on into its holder's name; the name is the last two words.
    const held = bodyThenName(ctx, s, start, name);
    if (held) {
      start = held.start;
      name = held.name;
      leadRole ||= held.role;
    }
    // "Vladimir Putin's spokesman said": the possessive ending is not part of the name, and its owner is
    // no subject of what follows (people-acting.ts); a role or an honorific before it still names them.
    const possessive = /['’]s$/u.exec(name);
    if (possessive) name = name.slice(0, possessive.index);
    if (!/\s/u.test(name)) continue;
    // "Foreign Minister Kowalski": a role word right before the last word makes that word a surname
    // alone (surnamesAfterRole), not the end of a longer name.
    if (isWholeMatch(ctx.lex?.roles ?? null, name.split(/\s+/u).at(-2) ?? '')) continue;
    // "the Ministry of Foreign Affairs said": the capitalised words after a body word and "of" name the body.
    if (!held && bodyWordOf(ctx, s, start)) continue;
    // Russian writes people's names in Cyrillic: a run with Latin-script words there is a company or a
    // product ("исследователи Check Point опубликовали").
    if (CYRILLIC_NAMES.has(ctx.lang) && /\p{Script=Latin}/u.test(name)) continue;
    // "Director de Inteligencia Nacional": once the role is cut, a lowercase particle opens the body it
    // heads; a name may still follow that body ("Ministro de la Presidencia X Y"): look again from it.
    if (/^\p{Ll}/u.test(name)) {
      const next = /[ \t]\p{Lu}/u.exec(name);
      if (next) LATIN_NAME.lastIndex = start - s.start + next.index + 1;
      continue;
    }
    // "The Deputy Prime Minister, X": a capitalised run ending in a role word is the role, not a name.
    if (isWholeMatch(ctx.lex?.roles ?? null, name.split(/\s+/u).at(-1) ?? '')) continue;
    const end = start + name.length;
    // "la viceministra de Seguridad de la Red Nacional, X Y, explicó", "ministre de l'Économie et de la
    // Souveraineté Industrielle, X Y", "el Presidente Encargado de la Nación, X Y,": a capitalised run governed
    // by a role's "of" and an article, with a full name in apposition after its comma, names the
    // portfolio or the office; the name after the comma is its holder.
    if (APPOSED_NAME.test(ctx.text.slice(end, s.end)) && !hasOrgWord(ctx, name) && (afterBodyOfArticle(ctx, s, start) || (leadRole && ARTICLED_PARTICLE.test(name)))) {
      // The office with the role phrase that governs it ("viceministra de Seguridad de la").
      const lead = leadRole && ctx.text.slice(start - leadRole.length - 1, start - 1) === leadRole ? start - leadRole.length - 1 : start;
      ctx.offices?.push({ start: Math.min(lead, roleBefore(ctx, s, start)?.start ?? lead), end });
      continue;
    }
    const inName = overlapsTaken(ctx, start, end);
    if ((inName && !countryTail(ctx, start, end, true)) || hasOrgWord(ctx, name) || afterBodyOf(ctx, s, start)) continue;
    const before = roleBefore(ctx, s, start) ?? (leadRole ? { start: start - leadRole.length - 1, text: leadRole } : null);
    const after = before ? null : roleAfter(ctx, s, end);
    const honor = precededBy(ctx, ctx.lex?.honorifics ?? null, s, start, 2);
    // A state's name closing the run is a given name only after a role phrase or an honorific.
    if (inName && !before && !honor) continue;
    // "X condemned the sabotage", "X kritisierte die Reaktion": an official's act verb right after the
    // name is a person context as a speech verb is (people-acting.ts reads the same verbs).
    // Not after a locative ("the mission in New York rejected ...": a place) nor an article ("El Palacio Real
    // respondió": a noun phrase).
    const acting = !precededBy(ctx, ctx.lex?.locative ?? null, s, start, 1) && !precededBy(ctx, ctx.lex?.articles ?? null, s, start, 1)
      && followedBySpeech(ctx, s, end, personActsFor(ctx.lang)?.acts ?? null);
    const spoken = (!possessive && (followedBySpeech(ctx, s, end) || acting || coordinatedBeforeVerb(ctx, s, end))) || relativeSpeech(ctx.text, ctx.lang, ctx.lex?.say ?? null, s, end) || precededBy(ctx, ctx.lex?.sourceBefore ?? null, s, start, 4) || invertedSpeech(ctx, s, start) || quoteAfterColon(ctx.text, end, s.end) || opinionHolder(ctx.text, ctx.lang, s.start, start, end);
    // "Anmerkung der Redaktion:", "Related posts:": a bare label line names a speaker only if the
    // text names them again (a transcript's speakers come back; a note's heading does not).
    const label = !spoken && transcriptLabel(ctx.text, start, end) && (count(ctx.text, name.split(/\s+/u).at(-1)!) >= 2 || questionLabels(ctx));
    const speech = spoken || label;
    if (!before && !after && !honor && !speech) continue;
    // "Velmora Systeme erklärte", "Новая Газета сообщила": speech alone does not tell a person from an organisation.
    if (!before && !after && !honor && organisationSubject(ctx.text, ctx.lang, ctx.lex?.say ?? null, s, start, end) && !coordinatedAfterName(ctx, s, start)) continue;
    const role = before?.text ?? after?.text;
    // The state in the name ("Лиза Монако") is not whose official they are.
    const sctx = inName ? { ...ctx, parties: ctx.parties.filter((p) => p.end <= start || p.start >= end) } : ctx;
    // "X of Mandiant said", "X, de Mandiant, a déclaré": with no role, the body of an affiliation after the
    // name is the one they speak for (no state of the sentence stands in for it).
    // "Committee chair X, a <party> senator,", "nghị sĩ X thuộc <party>": a membership stated after the name (party-membership.ts).
    const inBracket = bracketParty(ctx, end, role);
    const member = inBracket ? undefined : partyAfterName(ctx, end, s.end, before?.text);
    const bracketed = inBracket ?? member?.party;
    const roleHeld: { code?: string; body?: string; own?: boolean; postings?: Span[] } = bracketed ? { body: bracketed } : before ? speaksFor(sctx, s, before.start, start) : after ? speaksFor(sctx, s, end, after.end, true) : {};
    // "researcher X of Y", "chuyên gia X của Y": an expert's role that names no body leaves it to the affiliation after the name.
    // A state of the sentence the role fell back on does not stand in for that body either.
    const affiliated = bracketed || after || roleHeld.body || !affiliationHolds(ctx.lang, before?.text) ? {} : affiliatedBody(ctx, end);
    const sf: { code?: string; body?: string; own?: boolean; postings?: Span[] } = affiliated.body ? affiliated : roleHeld;
    const tokens = name.split(/\s+/);
    const cyr = /\p{Script=Cyrillic}/u.test(name);
    // "слова министра Ивана Петрова": a name in apposition to a role word in the genitive is in the genitive
    // too; so is a name right after a source marker that governs it ("по словам Ивана Петрова").
    const genitiveSource = cyr && ctx.lang === 'ru' && !before && RU_GENITIVE_SOURCES.test(ctx.text.slice(Math.max(s.start, start - 30), start));
    const inflected = cyr && ctx.lang === 'ru' && (before || genitiveSource) ? name : null;
    if (inflected) {
      const nominative = before ? russianNominative(before.text, name) : genitiveNominative(name);
      if (nominative !== name) {
        name = nominative;
        tokens.splice(0, tokens.length, ...name.split(/\s+/u));
      }
    }
    // "Ван Вэньбинь": a Chinese name in Russian's Palladius spelling is written in pinyin elsewhere.
    const chinese = cyr ? palladiusNameToPinyin(name) : '';
    // Short two-part names ("Mao Ning", "Мао Нин") are Chinese-style: family name first.
    const familyFirst = !!chinese || (tokens.length === 2 && tokens.every((t) => t.length <= 4)) || familyNameFirst(tokens);
    const aliases: string[] = [];
    if (chinese) {
      aliases.push(name);
      if (inflected && inflected !== name) aliases.push(inflected);
    } else if (cyr) {
      const latin = transliterateCyrillic(name);
      const lt = latin.split(/\s+/);
      aliases.push(latin, lt.at(familyFirst ? 0 : -1) ?? latin);
      // "Шадаев": "Shadayev" as much of the English-language press writes it, beside "Shadaev".
      const withYe = transliterateCyrillic(name, { ye: true });
      if (withYe !== latin) aliases.push(withYe, withYe.split(/\s+/u).at(familyFirst ? 0 : -1) ?? withYe);
      // "Зайцев": "Zaitsev" beside "Zaytsev", "Сергей" "Sergei" beside "Sergey".
      const withI = transliterateCyrillic(name, { yotI: true });
      if (withI !== latin) for (const a of [withI, withI.split(/\s+/u).at(familyFirst ? 0 : -1) ?? withI]) if (!aliases.includes(a)) aliases.push(a);
      // "Гэвин Уилкинсон": a Western name has its usual English spelling too.
      const western = familyFirst ? [] : westernCyrillicSpellings(name);
      for (const w of western) for (const a of [w, w.split(/\s+/u).at(-1)!]) if (!aliases.includes(a)) aliases.push(a);
      // "министр Ольга Стефанишина" of Ukraine: the English press writes her name as Ukraine romanizes
      // it ("Olha Stefanishyna"), not as the Russian spelling reads.
      const ua = sf.code === 'UA' && !familyFirst ? ukrainianSpellings(name) : [];
      for (const u of ua) for (const a of [u, u.split(/\s+/u).at(-1)!]) if (!aliases.includes(a)) aliases.push(a);
      if (inflected && inflected !== name) aliases.push(inflected);
    } else {
      // "Dmitri Peskow", "Iouliana Chemetovets": an East Slavic name in the language's own transcription
      // has the English spelling a Cyrillic one is given, and its surname, as aliases.
      const spellings = slavicNameSpellings(name, ctx.lang);
      for (const e of spellings) for (const a of [e, e.split(/\s+/u).at(-1)!]) if (!aliases.includes(a)) aliases.push(a);
      const english = spellings[0] ?? '';
      // "Mahmud Ahmadinedschad", "Djamal Saleh": the language's letters for an English "j".
      const j = english ? '' : foreignJToEnglish(name, ctx.lang);
      if (j) aliases.push(j, j.split(/\s+/u).at(-1)!);
    }
    const roleSpans = before ? [{ start: before.start, end: start }] : after ? [{ start: end, end: after.end }] : [];
    addPerson(people, {
      name: chinese || name,
      aliases,
      roleSpans,
      ...(role ? { role } : {}),
      ...(sf.code ? { speaks_for: sf.code } : {}),
      ...(sf.body ? { body: sf.body } : {}),
      ...(sf.own ? { own_envoy: true } : {}),
      ...(sf.postings ? { postings: sf.postings } : {}),
      ...(member ? { membership: member.span } : {}),
      mentions: [{ start, end }],
      key: tokens.at(familyFirst ? 0 : -1) ?? name,
    });
  }
}

/** One name word right after a role word, with no second capitalised word after it ("Minister Kowalski said"). */
const SURNAME_AFTER_ROLE = new RegExp(String.raw`^[ \t]+(${NAME_WORD})(?![\p{L}'’\-])(?![ \t]+\p{Lu})(?!${ARTICLED_PARTICLE.source})`, 'u');

/**
 * A family name alone in apposition to a role word ("Minister Kowalski", "Präsident Valcu",
 * "le ministre Barrot", "министр Лавров", "el ministro Albares"): the one name word right after the
 * role word names its holder. The word must be in the script the language writes names in, no
 * known entity, role, title, article or given name, no noun the text uses after an article
 * ("der Minister Stellung nahm ... die Stellung") and none with a common noun's ending
 * (COMMON_NOUN_ENDINGS: "глава Киберагентства"). A surname already known from a fuller name is
 * left to linkShortMentions.
 */
function surnamesAfterRole(ctx: Ctx, s: Sentence, people: PersonCandidate[]): void {
  const roles = ctx.lex?.roles;
  if (!roles) return;
  const cyrillic = CYRILLIC_NAMES.has(ctx.lang);
  for (const r of execAll(roles, s.text)) {
    const at = r.index + r[0].length;
    const lone = loneSurnameAt(ctx, s, at, people);
    if (!lone) continue;
    const { word, start, end } = lone;
    if ((COMMON_NOUN_ENDINGS[ctx.lang] ?? []).some((e) => word.length >= e.length + 3 && word.toLowerCase().endsWith(e))) continue;
    const before = roleBefore(ctx, s, start);
    if (!before) continue;
    const name = cyrillic && ctx.lang === 'ru' ? russianNominative(before.text, word) : word;
    const same = people.find((p) => p.key === name || p.key === word || p.aliases.includes(name));
    if (same) continue;
    const aliases: string[] = [];
    if (/\p{Script=Cyrillic}/u.test(name)) {
      for (const a of [transliterateCyrillic(name), transliterateCyrillic(name, { ye: true }), transliterateCyrillic(name, { yotI: true }), ...westernCyrillicSpellings(name)]) if (a && !aliases.includes(a)) aliases.push(a);
      if (name !== word) aliases.push(word);
    } else {
      for (const a of slavicNameSpellings(name, ctx.lang)) if (!aliases.includes(a)) aliases.push(a);
      const j = aliases.length ? '' : foreignJToEnglish(name, ctx.lang);
      if (j) aliases.push(j);
    }
    // Only a state named before the role phrase or inside it is whose official this is: "Minister X
    // accused Russia" does not speak for Russia.
    const sf = speaksFor(ctx, s, before.start, start, false, false);
    addPerson(people, {
      name,
      aliases,
      roleSpans: [{ start: before.start, end: start }],
      role: before.text,
      ...(sf.code ? { speaks_for: sf.code } : {}),
      ...(sf.body ? { body: sf.body } : {}),
      ...(sf.own ? { own_envoy: true } : {}),
      ...(sf.postings ? { postings: sf.postings } : {}),
      mentions: [{ start, end }],
      key: name,
    });
  }
}

/**
 * The one name word right after a role word or an honorific at `at` (sentence offset), if it may be a family
 * name: in the script the language writes names in, no rank abbreviation ("Gen."), no word that never starts a
 * name, no given name, role, article, honorific or title, no known entity, organisation word or verb, no person
 * already found there, and no noun the text writes after an article.
 */
function loneSurnameAt(ctx: Ctx, s: Sentence, at: number, people: PersonCandidate[]): { word: string; start: number; end: number } | undefined {
  const x = SURNAME_AFTER_ROLE.exec(s.text.slice(at));
  if (!x) return undefined;
  const word = x[1]!;
  const start = s.start + at + x[0].length - word.length;
  const end = start + word.length;
  const pa = personActsFor(ctx.lang);
  if (CYRILLIC_NAMES.has(ctx.lang) !== /\p{Script=Cyrillic}/u.test(word)) return undefined;
  // "Director Gen. Lars X": a word whose dot closes no sentence is a rank abbreviated.
  if (/^\.[ \t]*\S/u.test(ctx.text.slice(end, s.end))) return undefined;
  if (NOT_NAME_START.has(word.toLowerCase()) || COMMON_GIVEN_NAMES[ctx.lang]?.has(word)) return undefined;
  if ([ctx.lex?.roles, ctx.lex?.articles, ctx.lex?.honorifics, pa?.labelTitles, pa?.peerTitles].some((re) => isWholeMatch(re ?? null, word))) return undefined;
  if (overlapsTaken(ctx, start, end) || hasOrgWord(ctx, word) || verbAt(ctx, word)) return undefined;
  if (people.some((p) => p.mentions.some((m) => m.start < end && start < m.end))) return undefined;
  if (usedAfterArticle(ctx, word)) return undefined;
  return { word, start, end };
}

/**
 * A family name alone after an honorific ("Mr Morrison told the House", "Ms Castellane said", "M. Barrot a
 * déclaré", "Frau Baerbock sagte", "el Sr. Albares", "господин Лавров"): the style of parliamentary records and
 * of wires that name a person in full once, or never. The same checks as after a role word hold; the honorific
 * tells no state.
 */
function surnamesAfterHonorific(ctx: Ctx, s: Sentence, people: PersonCandidate[]): void {
  const hon = ctx.lex?.honorifics;
  if (!hon) return;
  const cyrillic = CYRILLIC_NAMES.has(ctx.lang);
  for (const h of execAll(hon, s.text)) {
    if (!/^\p{Lu}/u.test(h[0]) && !cyrillic) continue;
    const at = h.index + h[0].length;
    const lone = loneSurnameAt(ctx, s, at, people);
    if (!lone) continue;
    const { word, start, end } = lone;
    if (people.some((p) => p.key === word || [p.name, ...p.aliases].some((n) => n.split(/\s+/u).at(-1) === word))) continue;
    const aliases: string[] = [];
    if (/\p{Script=Cyrillic}/u.test(word)) {
      for (const a of [transliterateCyrillic(word), ...westernCyrillicSpellings(word)]) if (a && !aliases.includes(a)) aliases.push(a);
    }
    addPerson(people, { name: word, aliases, roleSpans: [], mentions: [{ start, end }], key: word });
  }
}

/** Each profile's articles, spaces or tabs, then the word with no letter after it (usedAfterArticle). */
const ARTICLE_SITES = new WeakMap<RegExp, CaselessSite>();

/**
 * Whether the text writes `word` after one of the language's articles anywhere ("die Stellung"): a noun, not a name. As
 * `new RegExp(`(?<![\\p{L}])(?:${arts.source})[ \\t]+${escape(word)}(?![\\p{L}])`, 'iu').test(ctx.text)`, with no pattern compiled per word.
 */
function usedAfterArticle(ctx: Ctx, word: string): boolean {
  const arts = ctx.lex?.articles;
  if (!arts) return false;
  let site = ARTICLE_SITES.get(arts);
  if (!site) ARTICLE_SITES.set(arts, (site = caselessSite(`(?<![\\p{L}])(?:${arts.source})`, '[ \\t]', '(?![\\p{L}])')));
  return caselessAfter(ctx.text, word, site);
}

/**
 * The nominative of a Russian name whose role phrase opens with a role word in the genitive
 * ("представителя Жозепа Борреля" -> "Жозеп Боррель", "министра Марии Ивановой" -> "Мария Иванова");
 * the name unchanged otherwise. Each word loses its genitive ending; a masculine word ending in a
 * consonant and "а"/"я" ("Жозепа", "Игоря") drops it, "я" after a consonant becoming "ь".
 */
function russianNominative(role: string, name: string): string {
  // The role word, or an adjective before it in the genitive ("верховного представителя").
  const head = (role.split(/\s+/u).find((w) => /^\p{Ll}/u.test(w)) ?? '').toLowerCase();
  if (!RU_GENITIVE_ROLE.test(head) && !/^\p{L}{3,}(?:ого|его)$/u.test(head)) return name;
  return genitiveNominative(name);
}

/** A Russian name in the genitive back to the nominative, or unchanged when a word of it is no genitive. */
export function genitiveNominative(name: string): string {
  const words = name.split(/\s+/u);
  const back = (w: string): string | null => {
    for (const [gen, nom] of RU_GENITIVE_NAME_ENDINGS) if (w.length > gen.length + 1 && w.endsWith(gen)) return w.slice(0, -gen.length) + nom;
    if (/[бвгдзклмнпрстфхцчшщж]а$/u.test(w) && w.length > 3) return w.slice(0, -1);
    if (/[бвгдзклмнпрстфхцчшщж]я$/u.test(w) && w.length > 3) return `${w.slice(0, -1)}ь`;
    return null;
  };
  const out = words.map(back);
  // Every word of the name agrees with the role word: one that is no genitive ("Виктор Жора", "Лиз
  // Трасс") says the name is not declined here, and it stays as written.
  if (out.some((w) => w === null)) return name;
  return out.join(' ');
}

/** "Name: ..." opening a line: the speaker label of a transcript or an interview. */
export function transcriptLabel(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[\s\p{P}]*$/u.test(text.slice(lineStart, start)) && /^\s*[:：]/u.test(text.slice(end, end + 3));
}

/** A live-blog time stamp opening a line: "12:46 p.m. — ", "13:10 ", "14.01., 16:30 Uhr: ". */
const TIME_PREFIX = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|Uhr|h))?\s*[—–-]?\s*)?`;
/** What may stand between the start of a label line and the name: a role or a title, no clause punctuation. */
const LABEL_LEAD = new RegExp(String.raw`^${TIME_PREFIX}[^\n,;:!?"“”«»()（）]{0,70}$`, 'u');
/** After the name: a parenthesis (constituency, party, office), then the colon. */
const LABEL_TAIL = /^\s*(?:[(（][^()（）\n]{0,120}[)）])?\s*(?:,[^\n,:："“”«»()（）]{1,80})?[:：]/u;

/**
 * A transcript speaker label around a mention, with what such labels carry besides the name: a
 * role or a title before it ("Người phát ngôn X:", "Chairman X (R-Wis.):", "L'hon. X :"), a
 * parenthesis after it, a live-blog time before it.
 */
export function speakerLabelAt(text: string, start: number, end: number): boolean {
  if (transcriptLabel(text, start, end)) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lead = text.slice(lineStart, start);
  let tail = text.slice(end, end + 130);
  // "MINISTRO DEL INTERIOR (Gómez Valdés):": the name in the bracket after the role.
  const open = /[(（]\s*$/u.exec(lead);
  if (open && /^\s*[)）]/u.test(tail)) {
    lead = lead.slice(0, open.index);
    tail = tail.replace(/^\s*[)）]/u, '');
  }
  if (!LABEL_LEAD.test(lead) || lead.split(/\s+/u).filter(Boolean).length > 8) return false;
  return LABEL_TAIL.test(tail);
}

/** A social-media handle of two or three capitalised words run together ("@VornameNachname"). */
const HANDLE = /(?<![\p{L}\p{N}_])@(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}_])/gu;

/** Word tokens the role before a handle may run. */
const HANDLE_ROLE_TOKENS = 6;

/**
 * "Bundesinnenministerin @VornameNachname", "Secretary @FirstLast": the handle of a titled official,
 * right after their role, is their name with its words apart ("Vorname Nachname"). Not a handle with
 * no role before it (a body's or a campaign's).
 */
function titledHandles(ctx: Ctx, s: Sentence, people: PersonCandidate[]): void {
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(s.text); m; m = HANDLE.exec(s.text)) {
    const at = s.start + m.index;
    const before = roleBefore(ctx, s, at, HANDLE_ROLE_TOKENS);
    if (!before || ctx.text.slice(before.start, at).trim() !== before.text.trim()) continue;
    const name = [m[1], m[2], m[3]].filter(Boolean).join(' ');
    if (hasOrgWord(ctx, name)) continue;
    const sf = speaksFor(ctx, s, before.start, at);
    addPerson(people, {
      name,
      aliases: [],
      roleSpans: [{ start: before.start, end: at }],
      role: before.text,
      ...(sf.code ? { speaks_for: sf.code } : {}),
      ...(sf.body ? { body: sf.body } : {}),
      ...(sf.own ? { own_envoy: true } : {}),
      ...(sf.postings ? { postings: sf.postings } : {}),
      mentions: [{ start: at, end: at + m[0].length }],
      key: name.split(' ').at(familyNameFirst(name.split(' ')) ? 0 : -1)!,
    });
  }
}

/** Initials glued to a surname, as Russian official texts write names: "А.Б.Лавринова", "А.И.Антонова". */
const INITIALLED = /(?<![\p{L}.])((?:\p{Lu}\.[ \t]?){1,2})(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;

/**
 * A surname after its initials, accepted in a person context (a role before it, a speech verb after,
 * a speaker label). In Russian the form may be genitive ("представителя ... А.Б.Лавриновой",
 * "Посла ... А.И.Антонова"): the nominative readings become aliases.
 */
function findInitialled(ctx: Ctx, s: Sentence, people: PersonCandidate[]): void {
  INITIALLED.lastIndex = 0;
  for (let m = INITIALLED.exec(s.text); m; m = INITIALLED.exec(s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (overlapsTaken(ctx, start, end) || people.some((p) => p.mentions.some((x) => x.start < end && start < x.end))) continue;
    const surname = m[2]!;
    const before = roleBefore(ctx, s, start);
    const speech = followedBySpeech(ctx, s, end) || speakerLabelAt(ctx.text, start, end);
    if (!before && !speech) continue;
    const forms = nominativeForms(surname, ctx.lang);
    const [name = surname] = forms;
    // "M. Dupont a ajouté", "И. Петров": a surname the text has already given with its full name is a
    // later mention of that person (linkShortMentions), not a second person.
    if (people.some((p) => forms.some((f) => p.key === f || p.aliases.includes(f)))) continue;
    const aliases = forms.slice(1);
    if (/\p{Script=Cyrillic}/u.test(surname)) for (const f of forms) for (const a of [transliterateCyrillic(f), transliterateCyrillic(f, { ye: true })]) if (!aliases.includes(a)) aliases.push(a);
    const sf = before ? speaksFor(ctx, s, before.start, start) : {};
    addPerson(people, {
      name,
      aliases: [...new Set(aliases)].filter((a) => a !== name),
      roleSpans: before ? [{ start: before.start, end: start }] : [],
      ...(before ? { role: before.text } : {}),
      ...(sf.code ? { speaks_for: sf.code } : {}),
      ...(sf.body ? { body: sf.body } : {}),
      ...(sf.own ? { own_envoy: true } : {}),
      ...(sf.postings ? { postings: sf.postings } : {}),
      mentions: [{ start, end }],
      key: name,
    });
  }
}

/** Russian surnames in an oblique case back to the nominative: "Лавриновой" -> "Лавринова"; "Антонова" may be "Антонов". */
function nominativeForms(surname: string, lang: string): string[] {
  if (lang !== 'ru') return [surname];
  if (/(?:ов|ев|ёв|ин|ын)ой$/u.test(surname)) return [surname.slice(0, -2) + 'а'];
  if (/(?:ов|ев|ёв|ин|ын)(?:а|у|ым)$/u.test(surname)) {
    const stem = surname.replace(/(?:а|у|ым)$/u, '');
    return surname.endsWith('а') ? [surname, stem] : [stem];
  }
  return [surname];
}

/** The words of a name for comparing forms: lowercase, no accents, Cyrillic transliterated. */
function nameWords(name: string): string[] {
  const latin = /\p{Script=Cyrillic}/u.test(name) ? transliterateCyrillic(name) : name;
  return latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function sameName(a: string, b: string): boolean {
  const A = nameWords(a);
  const B = nameWords(b);
  if (!A.length || !B.length) return false;
  return A.every((w) => B.includes(w)) || B.every((w) => A.includes(w));
}

/** A profile's roles pattern without its global flag and ignoring case (labels in capitals), compiled once per profile. */
const rolesNoCase = new WeakMap<RegExp, RegExp>();
export function rolesIgnoringCase(roles: RegExp): RegExp {
  let re = rolesNoCase.get(roles);
  if (!re) rolesNoCase.set(roles, (re = new RegExp(roles.source, 'iu')));
  return re;
}

const LABEL_LINE = new RegExp(String.raw`(?<=^|\n)[ \t]*${TIME_PREFIX}([^\n,;:!?"“”«»()（）]{2,80}?)[ \t]*(?:[(（]([^()（）\n]{0,120})[)）])?[ \t]*(?:,([^\n,;:!?"“”«»()（）]{1,80}))?[:：][ \t]*\S`, 'gu');

/** "ANDRÉS LÓPEZ" -> "Andrés López" (the same length, so offsets hold). */
function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/**
 * Speaker labels of transcripts that the name patterns miss: written in capitals ("PRESIDENTE
 * ANDRÉS MANUEL LÓPEZ OBRADOR:", "MS. SANDERS:"), a title or role before a name of any length
 * ("Sir Iain Duncan Smith (…, Con):", "Chủ nhiệm Ủy ban I Meutya Hafid:", "А.Б.Лавринова:"), or a
 * role alone with the name in brackets ("MINISTRO DEL INTERIOR (Grande-Marlaska Gómez):"). A label
 * naming someone already found adds a mention to them; a new one needs its title, role or bracket.
 */
function labelledSpeakers(ctx: Ctx, people: PersonCandidate[]): void {
  const last = ctx.sentences.at(-1);
  if (!last) return;
  const body = ctx.text.slice(0, last.end);
  const pa = personActsFor(ctx.lang);
  const leads = [ctx.lex?.honorifics ?? null, pa?.labelTitles ?? null, ctx.lex?.roles ?? null].filter((x): x is RegExp => !!x);
  const nonNames = new Set((NON_NAME_LABELS[ctx.lang] ?? []).map((x) => x.toLowerCase()));
  LABEL_LINE.lastIndex = 0;
  for (let m = LABEL_LINE.exec(body); m; m = LABEL_LINE.exec(body)) {
    const raw = m[1]!;
    // "RICHARD MARLES, DEPUTY PRIME MINISTER:", "Tim Loughton (…, Con), one of the MPs targeted:": an
    // apposition after the name is a role, or follows the name's bracket; anything else is no label.
    const appos = m[3]?.trim();
    const apposRole = !!appos && !!ctx.lex?.roles && rolesIgnoringCase(ctx.lex.roles).test(appos);
    if (appos && !apposRole && !m[2]) continue;
    const labelStart = m.index + m[0].indexOf(raw);
    const caps = /\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw);
    let label = caps ? titleCase(raw) : raw;
    let offset = 0;
    let stripped = false;
    for (let changed = true; changed && label;) {
      changed = false;
      for (const re of leads) {
        const x = execFrom(re, label);
        if (!x || x.index !== 0 || !x[0]) continue;
        const rest = /^[\s.]*/u.exec(label.slice(x[0].length))![0];
        const cut = x[0].length + rest.length;
        if (cut < label.length && !/^[\s.]/u.test(label.slice(x[0].length)) && !/\.$/u.test(x[0])) continue;
        label = label.slice(cut);
        offset += cut;
        stripped = changed = true;
      }
      // lowercase words between titles ("del", "de la"), and a role's own capitalised complement, once stripped
      const low = /^(?:\p{Ll}+[\s']+)+/u.exec(label);
      if (stripped && low) {
        label = label.slice(low[0].length);
        offset += low[0].length;
        changed = true;
      }
    }
    let name = label.trim();
    let start = labelStart + offset;
    const paren = m[2]?.trim();
    // "MINISTRO DEL INTERIOR (Grande-Marlaska Gómez):": a role in capitals, the name in the bracket.
    const roleInside = caps && !!ctx.lex?.roles && rolesIgnoringCase(ctx.lex.roles).test(raw);
    if ((stripped || roleInside) && (!name || caps && (!looksLikeName(name) || roleInside)) && paren && looksLikeName(paren)) {
      name = paren;
      start = m.index + m[0].indexOf(paren, raw.length);
    }
    if (!name || !looksLikeName(name) || nonNames.has(name.toLowerCase())) continue;
    const end = start + name.length;
    if (overlapsTaken(ctx, start, end) || hasOrgWord(ctx, name)) continue;
    if (people.some((p) => p.mentions.some((x) => x.start < end && start < x.end))) continue;
    const initialled = /^((?:\p{Lu}\.[ \t]?){1,2})(\p{Lu}\p{Ll}+)$/u.exec(name);
    const plain = initialled ? initialled[2]! : name;
    const same = people.find((p) => [p.name, ...p.aliases].some((n) => sameName(n, plain)));
    if (same) {
      same.mentions.push({ start, end });
      continue;
    }
    // A new person needs a title or role before the name, initials, or a bracket such as a
    // constituency or a party ("(Labour, shadow Chancellor)", "(R-Wis.)"), not a note ("(editor's note)").
    const partyBracket = !!m[2] && /,|(?<![\p{L}])\p{Lu}{1,4}(?![\p{L}])|\p{Lu}-\p{Lu}/u.test(m[2]);
    if (!stripped && !partyBracket && !initialled && !apposRole) continue;
    // "SPRECHER AA:": what is left of a label in capitals is an acronym, not a name.
    if (caps && raw.slice(offset).split(/\s+/u).some((w) => /^\p{Lu}{1,3}$/u.test(w))) continue;
    const cyr = /\p{Script=Cyrillic}/u.test(plain);
    const chinese = cyr ? palladiusNameToPinyin(plain) : '';
    addPerson(people, {
      name: chinese || plain,
      aliases: chinese ? [plain] : cyr ? [...new Set([transliterateCyrillic(plain), transliterateCyrillic(plain, { ye: true }), westernCyrillicToEnglish(plain)])].filter(Boolean) : [],
      roleSpans: [],
      mentions: [{ start, end }],
      key: plain.split(/\s+/u).at(chinese || familyNameFirst(plain.split(/\s+/u)) ? 0 : -1) ?? plain,
    });
  }
}

/**
 * A speaker label that names the speaker in a bracket after the role by two family names, as the
 * profile's parliamentary records do (Spanish: the father's, then the mother's): the person is
 * called by the first, which becomes an alias and the word later mentions are looked for by.
 */
function bracketSurnames(ctx: Ctx, people: PersonCandidate[]): void {
  for (const p of people) {
    const words = p.name.split(/\s+/u);
    // "(Carmen Olmedo)": a given name and one family name.
    if (words.length !== 2 || /\p{Script=Cyrillic}/u.test(p.name) || COMMON_GIVEN_NAMES[ctx.lang]?.has(words[0]!)) continue;
    const inBracket = p.mentions.some((m) => /[(（][ \t]*$/u.test(ctx.text.slice(Math.max(0, m.start - 3), m.start)) && /^[ \t]*[)）][ \t]*[:：]/u.test(ctx.text.slice(m.end, m.end + 4)));
    if (!inBracket) continue;
    if (!p.aliases.includes(words[0]!)) p.aliases.push(words[0]!);
    p.key = words[0]!;
  }
}

/** One to four capitalised words (a hyphen or an apostrophe inside), or initials and a surname. */
function looksLikeName(s: string): boolean {
  if (/^(?:\p{Lu}\.[ \t]?){1,2}\p{Lu}\p{Ll}+$/u.test(s)) return true;
  const words = s.split(/\s+/u);
  // "McFadden", "MacArthur": a short prefix may carry a second capital, as NAME_WORD allows.
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’\-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(w));
}

/** Whether `s` opens with a match of `re`. */
function startsWithWord(re: RegExp | null, s: string): boolean {
  if (!re) return false;
  const m = execFrom(re, s);
  return !!m && m.index === 0 && m[0].length > 0;
}

/** Whether `s` opens with a speech, stance or act verb of the language ("主持", "表示", "回应"). */
function verbAt(ctx: Ctx, s: string): boolean {
  const acts = personActsFor(ctx.lang)?.acts ?? null;
  return [...CLAUSE_VERBS.map((k) => ctx.lex?.[k]), acts].some((re) => re instanceof RegExp && startsWithWord(re, s));
}

function isWholeMatch(re: RegExp | null, word: string): boolean {
  if (!re) return false;
  const m = execFrom(re, word);
  return !!m && m.index === 0 && m[0].length === word.length;
}

function findVietnamese(ctx: Ctx, s: Sentence, people: PersonCandidate[]): void {
  const text = ctx.text;
  const add = (start: number, name: string, viaRole: { start: number; text: string } | null): boolean => {
    const end = start + name.length;
    const inName = overlapsTaken(ctx, start, end);
    // "Ngô Đức Thắng", "Trần Anh Tuấn": a Vietnamese middle name may be spelled like a state's name too.
    if (inName && !countryTail(ctx, start, end, true)) return false;
    const paren = PAREN_LATIN.exec(text.slice(end, end + 40));
    const foreign = paren?.[1];
    const role = viaRole ?? roleBefore(ctx, s, start);
    const after = role ? null : roleAfter(ctx, s, paren ? end + paren[0].length : end);
    // "Đại biểu Nguyễn Thị Việt Nga": the state in the name is not whose official she is.
    const sctx = inName ? { ...ctx, parties: ctx.parties.filter((p) => p.end <= start || p.start >= end) } : ctx;
    // "nghị sĩ X thuộc Công đảng": a membership stated after the name (party-membership.ts).
    const member = partyAfterName(ctx, paren ? end + paren[0].length : end, s.end, role?.text);
    const roleHeld: ReturnType<typeof speaksFor> = member ? { body: member.party } : role ? speaksFor(sctx, s, role.start, start) : after ? speaksFor(sctx, s, end, after.end, true) : {};
    // "chuyên gia X của hãng Y": an expert's role that names no body leaves it to the affiliation after the name.
    const affiliated = member || after || roleHeld.body || !affiliationHolds(ctx.lang, role?.text) ? {} : affiliatedBody(ctx, paren ? end + paren[0].length : end);
    const sf: ReturnType<typeof speaksFor> = affiliated.body ? affiliated : roleHeld;
    const tokens = name.split(/\s+/);
    const [firstToken = name] = tokens;
    const lastToken = tokens.at(-1) ?? name;
    const mentions = [{ start, end }];
    if (foreign && paren) {
      const fs = end + paren[0].indexOf(foreign);
      mentions.push({ start: fs, end: fs + foreign.length });
    }
    addPerson(people, {
      name: foreign ?? name,
      aliases: foreign ? [name] : [],
      roleSpans: role ? [{ start: role.start, end: start }] : after ? [{ start: end, end: after.end }] : [],
      ...(role || after ? { role: (role ?? after)!.text } : {}),
      ...(sf.code ? { speaks_for: sf.code } : {}),
      ...(sf.body ? { body: sf.body } : {}),
      ...(sf.own ? { own_envoy: true } : {}),
      ...(sf.postings ? { postings: sf.postings } : {}),
      ...(member ? { membership: member.span } : {}),
      mentions,
      // Vietnamese and Chinese names put the family name first; Western names keep it last.
      key: foreign || !familyNameFirst(tokens) && /^[A-Za-z]+$/.test(lastToken) && !/\p{M}|[đĐ]/u.test(name.normalize('NFD')) ? lastToken : firstToken,
    });
    return true;
  };
  // ông/bà + Name
  const hon = ctx.lex?.honorifics;
  if (hon) {
    for (const m of execAll(hon, s.text)) {
      const after = s.text.slice(m.index + m[0].length);
      const sp = /^[ \t]+/u.exec(after);
      if (!sp) continue;
      const nm = VI_SYLLABLES.exec(after.slice(sp[0].length));
      if (!nm) continue;
      const name = trimViName(nm[0]);
      if (!name) continue;
      const start = s.start + m.index + m[0].length + sp[0].length;
      // "bà Mao" alone is a short mention of a known person, linked later.
      if (!name.includes(' ') && people.some((p) => p.key === name)) continue;
      if (!name.includes(' ')) {
        // "ông Tùng" after "Thượng tá Triệu Minh Tùng": Vietnamese call a person by the given name,
        // the last word of the name (the person named last, when two share it).
        const start = s.start + m.index + m[0].length + sp[0].length;
        const same = people.findLast((p) => [p.name, ...p.aliases].some((n) => n.includes(' ') && n.split(/\s+/u).at(-1) === name));
        if (same && !same.mentions.some((x) => x.start === start)) same.mentions.push({ start, end: start + name.length });
        continue;
      }
      add(start, name, null);
    }
  }
  // Role + country + Latin name: "Bộ trưởng Quốc phòng Anh Grant Shapps"
  for (const c of ctx.parties) {
    if (c.kind !== 'country' || c.start < s.start || c.end > s.end) continue;
    const after = text.slice(c.end, s.end);
    const nm = VI_FOREIGN_AFTER_STATE.exec(after);
    if (!nm) continue;
    const role = roleBefore(ctx, s, c.start, 70);
    if (!role) continue;
    const [whole, person = ''] = nm;
    const start = c.end + whole.indexOf(person);
    add(start, person, { start: role.start, text: text.slice(role.start, c.end) });
  }
  // Role + body + name: "Người phát ngôn Bộ Ngoại giao Ngô Toàn Thắng nói": the capitalised run that
  // closes the role phrase, right before a lowercase word, minus the body and state names it starts with.
  const roles = ctx.lex?.roles;
  if (roles) {
    for (const r of execAll(roles, s.text)) {
      const from = s.start + r.index + r[0].length;
      const window = text.slice(from, Math.min(s.end, from + 70));
      // A run starts at a word's start: the last capital of an acronym ("KSND Ardi ...") opens none.
      for (const run of window.matchAll(VI_ROLE_RUN)) {
        let start = from + run.index;
        const end = start + run[0].length;
        // Skip the state or body names the run begins with ("Trung Quốc Mao Ninh").
        for (const q of ctx.parties) if (q.start <= start && q.end > start && q.end < end) start = q.end;
        while (/\s/u.test(text.charAt(start))) start++;
        const name = text.slice(start, end);
        const n = name.split(/\s+/u).length;
        // A known name inside the run makes it no person's (a run the organisation finder took for a body may be one).
        if (n < 2 || n > 4 || hasOrgWord(ctx, name) || (overlapsTaken(ctx, start, end) && !countryTail(ctx, start, end, true))) continue;
        if (people.some((p) => p.mentions.some((m) => m.start === start))) break;
        // "Giám đốc Cơ quan An ninh Quốc gia (NSA) X Y": a run inside a known body's name is the body; the name follows it.
        if (add(start, name, { start: s.start + r.index, text: text.slice(s.start + r.index, start).trim() })) break;
      }
    }
  }
}

/** Stops a Vietnamese name before lowercase words; max four syllables. */
function trimViName(name: string): string {
  return name.split(/\s+/).slice(0, 4).join(' ');
}

function findChinese(ctx: Ctx, s: Sentence, people: PersonCandidate[]): void {
  const re = ctx.lex?.roles;
  if (!re) return;
  for (const m of execAll(re, s.text)) {
    const at = m.index + m[0].length;
    nameBeforeRole(ctx, s, m.index, at, people);
    if (foreignAfterRole(ctx, s, m.index, at, people)) continue;
    const run = HAN_RUN.exec(s.text.slice(at));
    if (!run) continue;
    let name = run[0];
    if (NOT_HAN_NAME_START.has(name.charAt(0))) continue;
    // "专家组成员": a run that opens with no family name is no Chinese name (a transcribed foreign one is read below).
    if (!HAN_FAMILY_NAMES.has(name.charAt(0)) && ![...name].some((ch) => HAN_TRANSCRIPTION_ONLY.has(ch))) continue;
    // "局长伊斯特利", "总统马科斯": a foreign name transcribed without a dot, not a Chinese name; when
    // it is a standard transcription of a Western name part ("外长彼得斯称"), that part names the person.
    if ([...name].some((ch) => HAN_TRANSCRIPTION_ONLY.has(ch))) {
      transcribedAfterRole(ctx, s, m.index, at, people);
      continue;
    }
    // "毛宁表示": a speech verb's first character right after a two-character name.
    if (name.length === 3 && NOT_HAN_NAME_START.has(name.charAt(2))) name = name.slice(0, 2);
    // "发言人周一表示", "总统上周宣布": a time word after the role, not a name.
    if (HAN_TIME_WORDS.some((w) => s.text.startsWith(w, at))) continue;
    // "外长记者会": what follows the role is another role or a transcript label's noun, not a name.
    if (startsWithWord(ctx.lex?.roles ?? null, s.text.slice(at)) || startsWithWord(ctx.lex?.questionLabels ?? null, s.text.slice(at))) continue;
    // "发言人林剑主持例行记者会": an act or speech verb of the person right after a two-character name.
    if (name.length === 3 && verbAt(ctx, s.text.slice(at + 2, at + 6))) name = name.slice(0, 2);
    if (name.length === 3) {
      // Two- or three-character name: keep the third character only if the longer form recurs.
      const two = count(ctx.text, name.slice(0, 2));
      const three = count(ctx.text, name);
      if (three < two) name = name.slice(0, 2);
    }
    const start = s.start + at;
    if (overlapsTaken(ctx, start, start + name.length)) continue;
    const role = roleBefore(ctx, s, start, 30);
    const sf = speaksFor(ctx, s, role?.start ?? start, start);
    // "德国内政部长费泽", "美国司法部长林奇": the role phrase names only states whose officials have no
    // Chinese names ("中國駐美國大使館" is China's); the characters transcribe a foreign name, which pinyin does not give back. Only
    // a standard transcription of a name part names the person.
    const own = roleStates(ctx, s, role?.start ?? s.start + m.index, start);
    if (own.length && !own.some((c) => HAN_NAME_STATES.has(c))) {
      transcribedAfterRole(ctx, s, m.index, at, people);
      continue;
    }
    // Pinyin is how the name travels across languages; the characters stay as the alias.
    const latin = chineseNameToPinyin(name);
    addPerson(people, {
      name: latin || name,
      aliases: latin ? hanAliases(name, latin) : [],
      roleSpans: [{ start: role?.start ?? s.start + m.index, end: start }],
      role: role?.text ?? m[0],
      ...(sf.code ? { speaks_for: sf.code } : {}),
      ...(sf.body ? { body: sf.body } : {}),
      ...(sf.own ? { own_envoy: true } : {}),
      ...(sf.postings ? { postings: sf.postings } : {}),
      mentions: [{ start, end: start + name.length }],
      key: name,
    });
  }
}

/** Characters of a body's name that may stand between a state and its role word ("德国内政部长", a long ministry's name). */
const HAN_ROLE_BODY = 16;
const HAN_ROLE_BODY_RUN = new RegExp(`^\\p{Script=Han}{0,${HAN_ROLE_BODY}}$`, 'u');

/**
 * The states a Chinese role phrase [a, b) itself names ("德国内政部长", "中國駐美國大使館發言人"),
 * those right before it in one run of characters included; not states named elsewhere in the sentence.
 */
function roleStates(ctx: Ctx, s: Sentence, a: number, b: number): string[] {
  const codes = (p: PartyMention) => (p.kind === 'country' ? [p.value] : p.country ? [p.country] : []);
  const out = ctx.parties.filter((p) => p.start >= a && p.end <= b).flatMap(codes);
  let from = a;
  for (let k = ctx.parties.length - 1; k >= 0; k--) {
    const p = ctx.parties[k]!;
    if (p.end > from || p.start < s.start) continue;
    // "德国内政部长": the body's own words may stand between the state and the role word.
    if (!HAN_ROLE_BODY_RUN.test(ctx.text.slice(p.end, from))) break;
    out.push(...codes(p));
    from = p.start;
  }
  return out;
}

/** The mark of a deputy before a Chinese role word ("副局长"). */
const HAN_DEPUTY = '副';
/** What may stand right before a Chinese name that opens a clause: nothing, punctuation or a quotation mark. */
const HAN_CLAUSE_START = /[\s，。、；：:！？“”「」『』（）()《》,]$/u;

/**
 * "郭振华副部长表示", "李明远教授说": a Chinese name of two or three characters opening a clause, right
 * before its role word, with a speech, stance or act verb right after the role. The name opens with a
 * family name and does not end like a body's name ("商务部部长表示" is the ministry's minister).
 */
function nameBeforeRole(ctx: Ctx, s: Sentence, roleAt: number, at: number, people: PersonCandidate[]): void {
  if (!verbAt(ctx, s.text.slice(at, at + 6))) return;
  // "王强副局长": the deputy's mark belongs to the role.
  if (s.text.charAt(roleAt - 1) === HAN_DEPUTY) roleAt--;
  for (const len of [3, 2]) {
    const from = roleAt - len;
    if (from < 0) continue;
    const name = s.text.slice(from, roleAt);
    if (!/^\p{Script=Han}+$/u.test(name) || !HAN_FAMILY_NAMES.has(name.charAt(0)) || HAN_BODY_FINALS.has(name.charAt(len - 1))) continue;
    if (from > 0 && !HAN_CLAUSE_START.test(s.text.slice(0, from))) continue;
    if (NOT_HAN_NAME_START.has(name.charAt(0)) || [...name].some((ch) => HAN_TRANSCRIPTION_ONLY.has(ch))) continue;
    // "安全专家提醒", "资安专家指出": the characters and the role word make one noun of the profile for a kind of speaker, no name and role.
    if (isWholeMatch(ctx.lex?.companyNouns ?? null, s.text.slice(from, at))) continue;
    const start = s.start + from;
    if (overlapsTaken(ctx, start, start + len)) return;
    const latin = chineseNameToPinyin(name);
    const sf = speaksFor(ctx, s, start, s.start + at);
    addPerson(people, {
      name: latin || name,
      aliases: latin ? hanAliases(name, latin) : [],
      roleSpans: [{ start: s.start + roleAt, end: s.start + at }],
      role: s.text.slice(roleAt, at),
      ...(sf.code ? { speaks_for: sf.code } : {}),
      ...(sf.body ? { body: sf.body } : {}),
      ...(sf.own ? { own_envoy: true } : {}),
      ...(sf.postings ? { postings: sf.postings } : {}),
      mentions: [{ start, end: start + len }],
      key: name,
    });
    return;
  }
}

/** Characters the longest transcribed name part after a role may run to ("亚历山大"). */
const HAN_PART_MAX = 5;

/**
 * A Western surname transcribed without a dot right after a Chinese role word ("外长彼得斯称",
 * "發言人米勒表示"): the longest standard transcription of a name part there, closed by a verb, an
 * adverb or punctuation, names the person by that part. Names no part covers stay out.
 */
function transcribedAfterRole(ctx: Ctx, s: Sentence, roleAt: number, at: number, people: PersonCandidate[]): void {
  const rest = s.text.slice(at, at + HAN_PART_MAX + 1);
  let han = '';
  for (let n = Math.min(HAN_PART_MAX, rest.length); n >= 2 && !han; n--) if (HAN_NAME_PARTS.has(rest.slice(0, n))) han = rest.slice(0, n);
  if (!han) return;
  const next = rest.charAt(han.length);
  if (next && /\p{Script=Han}/u.test(next) && !NOT_HAN_NAME_START.has(next) && !verbAt(ctx, rest.slice(han.length))) return;
  const start = s.start + at;
  if (overlapsTaken(ctx, start, start + han.length)) return;
  const role = roleBefore(ctx, s, start, 30);
  const sf = speaksFor(ctx, s, role?.start ?? start, start);
  addPerson(people, {
    name: HAN_NAME_PARTS.get(han)!,
    aliases: [han],
    roleSpans: [{ start: role?.start ?? s.start + roleAt, end: start }],
    role: role?.text ?? s.text.slice(roleAt, at),
    ...(sf.code ? { speaks_for: sf.code } : {}),
    ...(sf.body ? { body: sf.body } : {}),
    ...(sf.own ? { own_envoy: true } : {}),
      ...(sf.postings ? { postings: sf.postings } : {}),
    mentions: [{ start, end: start + han.length }],
    key: han,
  });
}

/**
 * A foreign name after a Chinese role word: written out with its Latin form in brackets
 * ("顾问纽伯格（Anne Neuberger）", Latin name kept, characters as alias) or transliterated with a
 * middle dot ("局长克里斯托弗·雷", the characters kept; the knowledge base may know the usual form).
 */
function foreignAfterRole(ctx: Ctx, s: Sentence, roleAt: number, at: number, people: PersonCandidate[]): boolean {
  const rest = s.text.slice(at);
  const withLatin = HAN_WITH_LATIN.exec(rest);
  const dotted = withLatin ? null : HAN_DOTTED.exec(rest);
  if (!withLatin && !dotted) return false;
  const start = s.start + at;
  let han = (withLatin ?? dotted)![1]!;
  if (dotted) {
    // "克里斯托弗·雷称": the verb after the last part is not part of the name.
    const dot = Math.max(han.lastIndexOf('·'), han.lastIndexOf('・'));
    // "约翰·米勒警告称": so is a speech or stance verb ("警告", "指出") right after it.
    const tail = han.slice(dot + 2);
    const cut = [...tail].findIndex((ch, i) => NOT_HAN_NAME_START.has(ch) || verbAt(ctx, tail.slice(i) + s.text.slice(at + han.length, at + han.length + 4)));
    if (cut >= 0) han = han.slice(0, dot + 2 + cut);
  }
  const mentions = [{ start, end: start + han.length }];
  let name = han;
  const aliases: string[] = [];
  // "布拉德利·史密斯": every part a standard transcription of a Western name part -> "Bradley Smith".
  const parts = han.split(/[·・]/u).map((x) => HAN_NAME_PARTS.get(x));
  if (dotted && parts.every(Boolean)) {
    name = parts.join(' ');
    aliases.push(han);
  } else if (dotted && parts.length >= 3 && parts.slice(0, -1).every(Boolean)) {
    // "杰弗里·伊恩·X": the given names are standard transcriptions, the family name is not one the
    // table knows: the given names are the part of the name that can be read in Latin letters.
    aliases.push(parts.slice(0, -1).join(' '));
  }
  if (withLatin) {
    const latin = withLatin[2]!;
    const ls = start + withLatin[0].indexOf(latin, han.length);
    mentions.push({ start: ls, end: ls + latin.length });
    name = latin;
    aliases.push(han);
  }
  if (overlapsTaken(ctx, start, start + han.length)) return false;
  const role = roleBefore(ctx, s, start, 30);
  const sf = speaksFor(ctx, s, role?.start ?? start, start);
  addPerson(people, {
    name,
    aliases,
    roleSpans: [{ start: role?.start ?? s.start + roleAt, end: start }],
    role: role?.text ?? s.text.slice(roleAt, at),
    ...(sf.code ? { speaks_for: sf.code } : {}),
    ...(sf.body ? { body: sf.body } : {}),
    ...(sf.own ? { own_envoy: true } : {}),
      ...(sf.postings ? { postings: sf.postings } : {}),
    mentions,
    key: han,
  });
  return true;
}

/**
 * Transcript speaker labels in Chinese ("毛宁：" opening a line, at least twice): the spokesperson
 * answering. Labels that are roles or question markers ("问：", "记者：") are not names.
 */
function chineseTranscriptLabels(ctx: Ctx, people: PersonCandidate[]): void {
  const seen = new Map<string, Span[]>();
  for (const m of ctx.text.matchAll(/(?<=^|\n)[ \t]*([\p{Script=Han}]{2,3})[ \t]*[：:]/gu)) {
    const name = m[1]!;
    if (NON_NAME_LABELS.zh?.includes(name) || isWholeMatch(ctx.lex?.roles ?? null, name)) continue;
    const start = m.index + m[0].indexOf(name);
    const list = seen.get(name) ?? [];
    list.push({ start, end: start + name.length });
    seen.set(name, list);
  }
  for (const [han, mentions] of seen) {
    if (mentions.length < 2 || NOT_HAN_NAME_START.has(han[0]!)) continue;
    if (mentions.some((x) => overlapsTaken(ctx, x.start, x.end))) continue;
    const latin = chineseNameToPinyin(han);
    addPerson(people, { name: latin || han, aliases: latin ? hanAliases(han, latin) : [], roleSpans: [], mentions, key: han });
  }
}

/**
 * The other forms of a Chinese name besides its pinyin: the characters, and the Wade-Giles spelling
 * Taiwan uses for its people ("梁文傑": "Liang Wen-chieh", "賴清德": "Lai Ching-te").
 */
function hanAliases(han: string, pinyinName: string): string[] {
  const wg = chineseNameToWadeGiles(han);
  return wg && wg !== pinyinName ? [han, wg] : [han];
}

/** Whether a line opens with a question or reporter label ("Question:", "Frage:", "Вопрос:"): the text is a transcript. */
function questionLabels(ctx: Ctx): boolean {
  if (ctx.qa === undefined) {
    const words = NON_NAME_LABELS[ctx.lang] ?? [];
    ctx.qa = words.some((w) => new RegExp(`(?:^|\\n)[ \\t]*${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*[:：]`, 'iu').test(ctx.text));
  }
  return ctx.qa;
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Every later occurrence of a person's key token (surname) becomes a mention of that person. */
function linkShortMentions(ctx: Ctx, people: PersonCandidate[]): void {
  // "Wang Jiahao ... Wang Meiling ... Wang said": a family name two people named in full share names neither.
  const fullNamed = new Map<string, Set<string>>();
  for (const p of people) if (/\s/u.test(p.name.trim())) fullNamed.set(p.key, (fullNamed.get(p.key) ?? new Set()).add(p.name));
  for (const p of people) {
    const keys = new Set([p.key, ...p.aliases.filter((a) => !a.includes(' '))]);
    // "Somchai Rattanakul ... Somchai said": where people go by the given name, its first word names them again.
    const words = p.name.split(/\s+/u);
    if (p.speaks_for && GIVEN_NAME_STATES.has(p.speaks_for) && words.length >= 2 && /^[\p{Script=Latin}\s'’-]+$/u.test(p.name)) keys.add(words[0]!);
    for (const key of keys) {
      if (key.length < 2) continue;
      if ((fullNamed.get(key)?.size ?? 0) > 1) continue;
      const cjk = /\p{Script=Han}/u.test(key);
      const cyr = /\p{Script=Cyrillic}/u.test(key);
      // Russian surnames inflect ("Пескова", "Пескову"): allow a short case ending.
      const [before, tail] = cjk ? [] : [NO_LETTER_BEFORE, cyr ? SHORT_ENDING : NO_LETTER_AFTER];
      for (let m = literalFrom(ctx.text, key, 0, before, tail); m; m = literalFrom(ctx.text, key, m.end, before, tail)) {
        const span = { start: m.start, end: m.end };
        if (p.mentions.some((x) => span.start < x.end && x.start < span.end)) continue;
        // "Nguyễn Thị Việt Nga", "Trump Tower", "Lê Văn Tuấn": a name word followed by another
        // capitalised word belongs to a longer name, not a short mention of this person.
        if (!cjk && NEXT_NAME_WORD.test(ctx.text.slice(span.end, span.end + 3))) continue;
        if (overlapsTaken(ctx, span.start, span.end)) continue;
        p.mentions.push(span);
        // A name used alone in the text ("bà Mao", "Wray") is an alias the text gives.
        if (key === p.key && key !== p.name && !p.aliases.includes(key)) p.aliases.push(key);
      }
    }
  }
}

/**
 * East Asian family names in Latin letters: the pinyin and Wade-Giles readings of the common Chinese
 * family names, and the Korean ones.
 */
let latinFamilyNames: Set<string> | undefined;
function eastAsianFamilyNames(): Set<string> {
  if (!latinFamilyNames) {
    latinFamilyNames = new Set(KOREAN_FAMILY_NAMES);
    for (const ch of HAN_FAMILY_NAMES) {
      const [py = ''] = chineseNameToPinyin(ch + '一').split(' ');
      if (py.length > 1) latinFamilyNames.add(py);
      const [wg = ''] = chineseNameToWadeGiles(ch + '一').split(' ');
      if (wg.length > 1) latinFamilyNames.add(wg);
    }
  }
  return latinFamilyNames;
}
/** A run of pinyin syllables ("wenbin", "xiaoguang"). */
const PINYIN_WORD = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))+$/u;
/** A given name written as hyphenated syllables, as Korean and Taiwanese names are ("Min-jae", "Ching-te"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;
/**
 * Whether a Latin-letter name puts an East Asian family name first ("Wang Wenbin", "Park Min-jae",
 * "Kim Jong Un"): a known family name, then a given name in pinyin, in hyphenated syllables, or two
 * short syllables. The text names the person again by that first word.
 */
function familyNameFirst(tokens: string[]): boolean {
  const [family = '', ...given] = tokens;
  if (given.length === 0 || given.length > 2 || !eastAsianFamilyNames().has(family)) return false;
  if (given.length === 2) return given.every((g) => /^\p{Lu}\p{Ll}{0,3}$/u.test(g) && /[aeiouy]/u.test(g));
  const [g = ''] = given;
  return HYPHENATED_GIVEN.test(g) || /^\p{Lu}\p{Ll}+$/u.test(g) && PINYIN_WORD.test(g.toLowerCase());
}

/** A capitalised word right after a short mention, on the same line. */
const NEXT_NAME_WORD = /^[ \t]\p{Lu}\p{Ll}/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
