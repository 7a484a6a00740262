/**
 * Organisations the knowledge base does not know but the text names (newspapers, vendors,
 * agencies): capitalised name sequences and acronyms in Latin script, all-caps acronyms in
 * Cyrillic. They only serve as speakers and claimants ("Microsoft said", "according to the
 * Journal"). A short later form ("the Journal") is linked to the longer name it ends ("The Wall
 * Street Journal"); an acronym defined next to a state ("France's agency (ANSSI)") belongs to it.
 */
import type { PartyMention } from './people.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { ORG_UNIT_DESCRIPTORS, ORG_UNIT_HEADS, ORG_UNIT_SUFFIXES } from './lexicons/org-units.ts';
import { SOURCE_FORMS } from './source-forms.ts';
import { NEWS_OUTLET_NAMES } from '../knowledge/data/news-outlets.ts';
import { PARTY_NAMES } from './lexicons/political-parties.ts';
import { NOT_ORGANIZATION_WORDS } from './lexicons/entity/non-orgs.ts';
import { stateBlocsFor } from './lexicons/entity/state-blocs.ts';
import { ORG_HEADS } from './lexicons/entity/org-heads.ts';
import { ORG_NAME_GENERIC, ORG_NAME_WORDS } from './lexicons/entity/company-names.ts';
import { HAN_ORG_DETERMINERS, HAN_ORG_GENERIC, HAN_ORG_JOINERS, HAN_ORG_KIND_FALSE_ENDS, HAN_ORG_KIND_TAILS, HAN_ORG_KINDS } from './lexicons/entity/han-org-names.ts';
import { transliterateCyrillic } from './translit.ts';
import { execAfter, execFrom, lexiconFor, type CompiledLexicon } from './lexicons/index.ts';
import { tokenIndex } from './tokens.ts';
import { onlyArticle, startsWith } from './claims/text.ts';
import { stateInCompanyName } from './organ-state.ts';
import { firmNamedOrganizations, VIET_SYLLABLE } from './firm-names.ts';
import { hanFirmNamedOrganizations } from './han-firm-names.ts';
import { takenUpByKindNoun } from './kind-noun-antecedent.ts';
import { organisationJoinedAfter } from './coordinated-org.ts';
import { hanTimeLead } from './han-time-lead.ts';
import { caselessAfter, caselessSite, hasLiteral, NO_WORD_AFTER, NO_WORD_BEFORE, SPACED_AFTER_WORD, type CaselessSite } from './literal-search.ts';

/** The first letters of the forms: a cheap test before the alternation at each position. */
const SOURCE_FIRST = [...new Set(SOURCE_FORMS.map((f) => f.form.charAt(0)))].join('').replace(/[\\\]^-]/g, '\\$&');
/** A written form as a literal pattern: its regex metacharacters escaped ("F.A.Z." matches only itself). */
const escapeForm = (f: { form: string }) => f.form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Han forms ("欧盟", "微软") stand between other Han characters: no word boundary marks them. */
const HAN = /\p{Script=Han}/u;
/** A letter or digit of another script than Han: a Latin name ends where Han text starts ("据Mandiant称", "CrowdStrike表示"). */
const NOT_HAN_WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const SOURCE_RE = new RegExp(
  `(?=[${SOURCE_FIRST}])(?:(?<!${NOT_HAN_WORD_CHAR})(?:${SOURCE_FORMS.filter((f) => !HAN.test(f.form)).map(escapeForm).join('|')})(?!${NOT_HAN_WORD_CHAR})|(?:${SOURCE_FORMS.filter((f) => HAN.test(f.form)).map(escapeForm).join('|')}))`,
  'gu',
);

/**
 * A unit's name after its body's ("Check Point Research", "Velmora Threat Labs"): the body is the
 * organisation. The unit's descriptors go with it, so no body is left ending in "Threat".
 */
const UNIT_SUFFIX = new RegExp(
  `(?<=\\S)(?:\\s+(?:${ORG_UNIT_DESCRIPTORS.join('|')}))*\\s+(?:${[...ORG_UNIT_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})$`,
  'u',
);
/**
 * A one-word unit head right after a proper word ("Kestrel Labs", "Halcyon Research") is the company's own name, no
 * unit: only a descriptor ("Kestrel Threat Labs") or a generic word ("Threat Research") before it makes it a unit's.
 */
const LONE_UNIT = new RegExp(`^\\s+(?:${ORG_UNIT_SUFFIXES.filter((u) => !u.includes(' ')).join('|')})$`, 'u');

/**
 * A name starts a word: "eCitizen", "iPhone" hold no "Citizen", "Phone"; Han characters around it are no part
 * of it ("据Mandiant称", "CrowdStrike表示"). The look-ahead for its first
 * character (a capital or a digit) comes first: most positions fail it faster than the look-behind.
 */
/** A run that is an owner's possessive and the name of its unit ("Velmora's Adversary Research Team"): the owner's name captured. */
const OWNED_UNIT = new RegExp(`^(\\S.*?)['’]s\\s+(?:\\S+\\s+)*?(?:${ORG_UNIT_HEADS.join('|')})$`, 'u');

const LATIN_SEQ = /(?=[\p{Lu}\d])(?<!(?!\p{Script=Han})[\p{L}\p{N}])(?:\p{Lu}(?:(?!\p{Script=Han})[\p{L}\p{N}&'’.\-])*|\d+(?:(?!\p{Script=Han})\p{L})+)(?:[ \t]+(?:(?:of|for|and|de|du|des|la|le|für|&)[ \t]+)?(?:\p{Lu}(?:(?!\p{Script=Han})[\p{L}\p{N}&'’.\-])*|\d+(?:(?!\p{Script=Han})\p{L})*))*/gu;
const ORG_WORDS = new Set(ORG_NAME_WORDS);
const GENERIC_NAME_WORDS = new Set(ORG_NAME_GENERIC);
/** A particle that joins the words of one name ("Bureau of Industry and Security", "Institute for Security and ..."). */
const NAME_PARTICLE = /^(?:of|for|de|du|des|la|le|für)$/u;

/**
 * Where a run of capitalised words is two company names joined by "and" ("Velmora Labs and Brightwater Security"):
 * each side is a name of two or more words closed by a word companies are named with, and neither holds a particle
 * that would make the whole one body's name ("Bureau of Industry and Security"). "&" always stays inside a name
 * ("Johnson & Johnson"). `cut`: where the first name ends; `next`: where the second starts (offsets in `run`).
 */
function joinedCompanyNames(run: string): { cut: number; next: number } | undefined {
  const re = /[ \t]+and[ \t]+/gu;
  for (let m = re.exec(run); m; m = re.exec(run)) {
    const left = run.slice(0, m.index).split(/\s+/u);
    const right = run.slice(m.index + m[0].length).replace(/(?:['’]s)?[.'’\-]*$/u, '').split(/\s+/u);
    if (left.some((w) => NAME_PARTICLE.test(w)) || right.some((w) => NAME_PARTICLE.test(w) || w === 'and')) continue;
    if (orgWordTail(left) && orgWordTail(right)) return { cut: m.index, next: m.index + m[0].length };
  }
  return undefined;
}

/**
 * A run that a word companies and labs are named with closes, after a proper word of its own ("Velmora Security",
 * "Velmora Networks", "Velmora GmbH"; not "National Security" nor "Threat Intelligence"): a body's name.
 */
function orgWordTail(words: string[]): boolean {
  return words.length > 1 && ORG_WORDS.has(words[words.length - 1]!.replace(/\.$/u, '')) && words.slice(0, -1).some((w) => !GENERIC_NAME_WORDS.has(w) && /^[\p{Lu}\d]/u.test(w));
}
/**
 * In Cyrillic text, does the clause before a Latin-script name end in a source marker of the profile ("По данным X",
 * "Как сообщила X"), an organisation or staff word allowed between ("Как сообщила компания X", "по словам экспертов X")?
 * Then the name is the source that speaks.
 */
function cyrSourced(lex: CompiledLexicon | null, before: string): boolean {
  if (!lex?.sourceBefore) return false;
  let lead = before.slice(Math.max(-1, ...[...',;:—–(«"“'].map((c) => before.lastIndexOf(c))) + 1).trim().toLowerCase();
  const last = /\s+(\p{L}+)$/u.exec(lead);
  if (last && (wholeMatch(lex.orgWords, last[1]!) || wholeMatch(lex.staffNouns, last[1]!))) lead = lead.slice(0, last.index);
  return wholeMatch(lex.sourceBefore, lead);
}

/** Clause opening, then at most one word, before a subject in Cyrillic text. */
const CYR_CLAUSE_LEAD = /(?:^|[,;:—–(«"“])\s*(?:[\p{L}\-]+\s+)?$/u;
/** A hyphenated compound opened by, or holding, a technical word or a common noun that names no body ("DDoS-Angriff", "E-Mail-Konten", "Unternehmens-IT-Umgebung"). */
function technicalCompound(name: string): boolean {
  const parts = name.split(/[-‐]/u);
  // Inside the compound only a word in capitals counts ("IT"), not a legal form ("Co-operative" holds no "Co").
  return NOT_ORGANIZATION_WORDS.has(parts[0]!) || parts.slice(1).some((p) => /^[\p{Lu}\p{N}&]+$/u.test(p) && NOT_ORGANIZATION_WORDS.has(p)) || NOT_ORGANIZATION_WORDS.has(parts.slice(0, 2).join('-'));
}
/** Is the name at `start` right after "<known organisation> <coordinator>" that opens sentence `s` ("BASF und Velmora")? */
function joinedAfterKnown(lex: CompiledLexicon | null, s: Sentence, start: number, known: Span[]): boolean {
  if (!lex?.coordinators) return false;
  const k = known.find((x) => x.start >= s.start && x.end < start && CLAUSE_OPENING.test(s.text.slice(0, x.start - s.start)));
  if (!k) return false;
  const gap = s.text.slice(k.end - s.start, start - s.start).trim();
  return wholeMatch(lex.coordinators, gap);
}
/** The word right before a subject in Cyrillic text, captured. */
const CYR_HEADED_LEAD = /(?:^|\s)([\p{L}\-]+)\s+$/u;
/**
 * "Британская компания Velmora сообщила", "Американская технологическая корпорация Velmora Systems заявила": a company
 * noun of the profile right before the run heads the name, wherever the clause opens, as "Компания Velmora" does.
 */
function cyrCompanyLead(lex: CompiledLexicon | null, before: string): boolean {
  const m = CYR_HEADED_LEAD.exec(before);
  return !!m && wholeMatch(lex?.companyNouns, m[1]!.toLowerCase());
}
/** Capitals that no letter or digit precedes ("4RAYS" of "Solar 4RAYS" is no acronym of its own). */
const CYR_ACRONYM = /(?=\p{Lu})(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}])/gu;
/** A year written in figures ("2017"). */
const YEAR_WORD = /^(?:1[89]|20)\d{2}$/u;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|juni|juli|oktober|dezember)$/i;
const LEADING_STOP = /^(?:The|A|An|In|On|At|During|After|Before|According|Then|But|And|When|While|As|This|That|It|Its|They|He|She|We|Le|La|Les|L'|L’|Un|Une|Dans|Selon|Der|Die|Das|Den|Dem|Ein|Eine|Nach|Für|Mit|Am|Im|Auch|Als|Also|Earlier|Later|Speaking|Quoting|Among|For|From|With|Working|By|Por|Par|Von|El|Los|Las|Del|Our|Your|You|Nuestro|Nuestra|Notre|Nos|Unser|Unsere|Monsieur|Madame|Señor|Señora|Herr|Frau)\s+/u;

/**
 * Before a sentence's first word: punctuation only, a dash, the counter of a post in a thread ("1/3 Die CDU ...",
 * "(2/5) The party ..."), or a live blog's time stamp ("* 19h40:", "19.40 Uhr:"), after which a capital still opens the sentence.
 */
const CLAUSE_OPENING = /^[\s\p{P}\p{S}]*$|[—–]\s*$|^[\s\p{P}\p{S}]*\(?\d{1,2}\/\d{1,2}\)?[\s\p{P}\p{S}]*$|^[\s\p{P}\p{S}]*\d{1,2}[:h.]\d{2}(?:\s*(?:Uhr|GMT|UTC|MEZ|MESZ|CET|CEST|ET|EST))?\s*[:\-—–]\s*$/u;

/** Tokens of a parenthetical inserted between a subject and its verb (", por su parte,", ", de son côté,"). */
const INSERT_TOKENS = 4;
/** Lower-case words (an auxiliary, adverbs) that may stand between a bare subject and its verb. */
const VERB_ADVERBS = 3;
/** One word of at most three letters ("a", "ha", "has", "ont", "hat"): where an auxiliary may stand. */
const AUXILIARY = /^\p{L}{1,3}\s+/u;
/** The name's short form in brackets between it and its verb ("Velmora Systems (VS) сообщила"). */
const BRACKETED_SHORT = /^[(（][\p{Lu}\p{N}&.\-]{2,10}[)）]/u;
const INSERT = new RegExp(String.raw`^,\s*(?:[\p{L}\p{N}'’]+\s+){0,${INSERT_TOKENS - 1}}[\p{L}\p{N}'’]+\s*,`, 'u');

/**
 * Does a verb of speech, denial, confirmation, warning or appeal of the language's profile open `rest` (after an
 * inserted parenthetical)? Then the bare capitalised word before it is that verb's subject: one who urges, calls on or
 * demands ("Velmora urged ...", "Velmora rief ... auf", "Velmora kêu gọi ...") speaks as one who says does. `accusing`: a verb of accusation or
 * linking too ("Kestrel связывает атаку с ..."), for a run in Latin letters in Cyrillic text, a foreign name by its script;
 * in Latin-script text a capitalised noun or adjective may stand before such a verb ("Sicherheitsfirmen ordnen ... zu").
 */
function speechVerbNext(lex: CompiledLexicon | null, rest: string, accusing = false): boolean {
  if (!lex) return false;
  let r = rest.replace(/^\s+/u, '');
  const insert = INSERT.exec(r) ?? BRACKETED_SHORT.exec(r);
  if (insert) r = r.slice(insert[0].length).replace(/^\s+/u, '');
  if (!r || r === rest) return false;
  // An adverb of anteriority between the subject and its verb, before or after the auxiliary ("X earlier
  // confirmed", "X trước đó đã thừa nhận", "X a auparavant reconnu").
  r = withoutAnterior(lex, r);
  // A perfect's auxiliary before the participle ("a démenti", "ha negado", "has denied"): one short word; and
  // other adverbs of time or manner ("later confirmed", "had also admitted"): at most VERB_ADVERBS lower-case
  // words before it.
  const starts = [0];
  for (const w of r.matchAll(/\p{Ll}+\s+/guy)) {
    // An article opens a noun phrase ("En un incidente confirmado por ..."): the capitalised word is no subject then.
    if (starts.length > VERB_ADVERBS || wholeMatch(lex.articles, w[0].trim())) break;
    starts.push(w.index! + w[0].length);
  }
  const aux = AUXILIARY.exec(r)?.[0].length ?? -1;
  const afterAux = aux > 0 ? withoutAnterior(lex, r.slice(aux)) : undefined;
  for (const re of [lex.say, lex.deny, lex.confirm, lex.warn, lex.appeal, ...(accusing ? [lex.accuse] : [])]) {
    const at = re ? execFrom(re, r)?.index : undefined;
    if (at !== undefined && (at === aux || starts.includes(at))) return true;
    if (afterAux !== undefined && re && execFrom(re, afterAux)?.index === 0) return true;
  }
  return false;
}

/** What may stand before a clause's subject since the clause's start: a sentence or clause break, spaces, an opening quote. */
const HAN_CLAUSE_OPEN = /(?:^|[，,；;：:。！？!?、（(])[\s“"「『]*$/u;
/** A clause break of Han text: where a subject's verb can no longer be. */
const HAN_CLAUSE_BREAK = /[，,；;：:。！？!?]/u;
/** Han characters that may stand between a bare subject and its verb ("也", "周三", "已"), at most. */
const HAN_ADVERB_CHARS = 3;
/** Characters that tie the name to what follows as a modifier or a place ("的", "上", "中") or coordinate it ("和"): it is no subject then. */
const HAN_NOT_SUBJECT = /[的上中里裡内內和与與及同跟对對向在从從]/u;

/**
 * In Han text, is the Latin-script run at [start, end) of `sentence` the subject of a verb of speech, confirmation,
 * denial or appeal ("Velmora敦促", profile `appeal`)? It opens its clause, and a word of the profile's `orgVoice` ("官方帳戶", "发布公告") follows it with the verb
 * later in the clause, or the verb follows it at once or after a few characters of adverbs ("Velmora周三表示"), a date or time
 * before either ("Velmora 11月30日表示", han-time-lead.ts) left out.
 */
function hanSpeakingSubject(lex: CompiledLexicon | null, sentence: string, start: number, end: number): boolean {
  if (!lex?.orgVoice || !HAN_CLAUSE_OPEN.test(sentence.slice(0, start))) return false;
  const after = sentence.slice(end);
  const brk = HAN_CLAUSE_BREAK.exec(after);
  // "Velmora 11月30日披露", "安恒信息公司周二证实": the date or time the subject spoke at stands before its verb.
  const whole = brk ? after.slice(0, brk.index) : after;
  const clause = whole.slice(hanTimeLead(whole));
  const voice = execFrom(lex.orgVoice, clause);
  const verbs = [lex.say, lex.confirm, lex.deny, lex.appeal].filter((re): re is RegExp => !!re);
  // "Velmora遭到攻击": a passive marker the profile counts as a confirmation cue ("遭到") makes the name the one hit, not one who speaks.
  const passive = (m: RegExpExecArray) => !!lex.agentFirstPassive && execFrom(lex.agentFirstPassive, clause, m.index)?.index === m.index;
  if (voice?.index === 0) return verbs.some((re) => { const m = execFrom(re, clause, voice[0].length); return !!m && !passive(m); });
  return verbs.some((re) => {
    const m = execFrom(re, clause);
    if (!m || m.index > HAN_ADVERB_CHARS || passive(m)) return false;
    const gap = clause.slice(0, m.index);
    return !HAN_NOT_SUBJECT.test(gap) && !/[\p{L}\p{N}]/u.test(gap.replace(/\p{Script=Han}/gu, ''));
  });
}

/** Han characters before a Latin-script name in which a company noun of the profile may stand ("意大利油气公司Velmora"). */
const HAN_KIND_BEFORE_CHARS = 12;
const KIND_AT_END = new WeakMap<RegExp, RegExp>();

/**
 * In Han text, does a company noun of the profile ("公司", "安全厂商") stand right before the Latin-script run at
 * `start` of `sentence`? That apposition names the company ("工程公司Velmora发现..."), as a speaking subject does,
 * so that a later "该公司" has its antecedent.
 */
function hanCompanyNounBefore(lex: CompiledLexicon | null, sentence: string, start: number): boolean {
  const re = lex?.companyNouns;
  if (!re) return false;
  let atEnd = KIND_AT_END.get(re);
  if (!atEnd) KIND_AT_END.set(re, (atEnd = new RegExp(`(?:${re.source})$`, 'u')));
  return atEnd.test(sentence.slice(Math.max(0, start - HAN_KIND_BEFORE_CHARS), start));
}

/** The kind words, longest first, and the descriptors, longest first. */
const HAN_KINDS = [...HAN_ORG_KINDS].sort((a, b) => b.word.length - a.word.length);
const HAN_GENERIC = new RegExp([...HAN_ORG_GENERIC].sort((a, b) => b.length - a.length).join('|'), 'gu');
const HAN_DETERMINER = new RegExp(`^(?:${HAN_ORG_DETERMINERS.join('|')})`, 'u');
const HAN_JOINER = new RegExp(`[${HAN_ORG_JOINERS}]`, 'u');
/** The last characters of the kind words: a prefix of a run ending in none of them closes no name. */
const HAN_KIND_LAST = new Set(HAN_KINDS.map((k) => k.word.slice(-1)));
const HAN_KIND_FALSE_END = new RegExp(`(?:${HAN_ORG_KIND_FALSE_ENDS.join('|')})$`, 'u');
const HAN_KIND_TAIL = new RegExp(`^[${HAN_ORG_KIND_TAILS}]`, 'u');
/** Where a clause opens in Han text: the sentence's start or a break, then spaces or an opening quote. */
const HAN_OPENINGS = /(?:^|[，,；;：:。！？!?、（(])[\s“"「『]*(?=\p{Script=Han})/gu;
/** Han characters a name and its kind word may run to. */
const HAN_NAME_CHARS = 16;

/**
 * Bodies Chinese text names by their own name and a word for their kind ("安恒信息公司表示", "长亭科技实验室指出"): a
 * run of Han characters that opens its clause and closes with a kind word (lexicons/entity/han-org-names.ts), the
 * subject of a verb of speech, confirmation or denial right after it (hanSpeakingSubject). The longest such run
 * speaks. A run that a determiner opens ("该公司"), a joiner fills ("A和B公司"), that descriptors alone make up
 * ("网络安全公司") or that holds a known name ("美国公司") is none.
 */
function hanOrganizations(sentences: Sentence[], known: Span[]): PartyMention[] {
  const lex = lexiconFor('zh');
  const out: PartyMention[] = [];
  if (!lex) return out;
  const verbs = [lex.say, lex.confirm, lex.deny].filter((re): re is RegExp => !!re);
  for (const s of sentences) {
    for (const o of s.text.matchAll(HAN_OPENINGS)) {
      const at = o.index! + o[0].length;
      const run = /^\p{Script=Han}+/u.exec(s.text.slice(at, at + HAN_NAME_CHARS))?.[0];
      if (!run) continue;
      let best: { end: number; value: string } | undefined;
      for (let e = 3; e <= run.length; e++) {
        if (!HAN_KIND_LAST.has(run[e - 1]!)) continue;
        const kind = HAN_KINDS.find((k) => run.slice(0, e).endsWith(k.word));
        if (!kind || HAN_KIND_FALSE_END.test(run.slice(0, e)) || HAN_KIND_TAIL.test(s.text.slice(at + e))) continue;
        const proper = run.slice(0, e - kind.word.length);
        if (proper.length < (kind.organ ? 3 : 2) || HAN_DETERMINER.test(proper) || HAN_JOINER.test(proper)) continue;
        if (proper.replace(HAN_GENERIC, '').length < 2) continue;
        if (verbs.some((re) => execFrom(re, run.slice(0, e)))) continue;
        const start = s.start + at;
        if (known.some((k) => start < k.end && k.start < start + e)) continue;
        if (!hanSpeakingSubject(lex, s.text, at, at + e)) continue;
        best = { end: e, value: kind.legal ? proper : proper + kind.word };
      }
      if (best) out.push({ start: s.start + at, end: s.start + at + best.end, kind: 'organization', value: best.value });
    }
  }
  return out;
}

/** The numeral that closes a run in Latin letters at `at` of Han text (`name`), with the spaces before it. */
const CLOSING_NUMERAL = /[ \t]*\p{N}+$/u;

/** `name`, the run at `at` of `text`, without the numeral closing it where that numeral opens a date or time expression (han-time-lead.ts). */
function withoutHanDate(text: string, at: number, name: string): string {
  const num = CLOSING_NUMERAL.exec(name);
  if (!num || num.index === 0) return name;
  return hanTimeLead(text, at + num.index) > num[0].length ? name.slice(0, num.index) : name;
}

/** `r` without the adverb of anteriority of the profile that opens it ("earlier", "trước đó", "auparavant"). */
function withoutAnterior(lex: CompiledLexicon, r: string): string {
  const m = lex.anterior ? execFrom(lex.anterior, r) : null;
  return m?.index === 0 ? r.slice(m[0].length).replace(/^\s+/u, '') : r;
}

/**
 * A name recurs: the text writes the word capitalised again inside a sentence ("... of Velmora's modems", "Velmora-Geräte"),
 * where no sentence-opening capital explains it.
 */
function recurringName(text: string, word: string): boolean {
  return hasLiteral(text, word, SPACED_AFTER_WORD, NO_WORD_AFTER);
}

/**
 * The length of the closed-class words (conjunctions, prepositions, adverbs of the profile) that open `name`,
 * with the space after each: all of it when the name is one such word.
 */
function closedClassLead(lex: CompiledLexicon | null, name: string): number {
  const re = lex?.closedClass;
  if (!re) return 0;
  let at = 0;
  for (;;) {
    const word = /^\S+/u.exec(name.slice(at))?.[0];
    if (!word) return at;
    const m = execFrom(re, word.toLowerCase());
    if (!m || m.index !== 0 || m[0].length !== word.length) return at;
    at += word.length;
    at += /^\s*/u.exec(name.slice(at))![0].length;
  }
}

/** Is `word` alone a word of the profile for a group of states taken together ("Western", "Occidentaux")? */
function blocWord(lang: string, word: string): boolean {
  const re = stateBlocsFor(lang);
  return wholeMatch(re, word) || wholeMatch(re, word.toLowerCase());
}

/** Tokens a source marker of the profile may run to ("according to", "nach Angaben von", "de l'avis du"). */
const SOURCE_MARKER_TOKENS = 4;

/**
 * The length of the source marker of the profile (`sourceBefore`: "d'après", "laut", "según") that opens `name`, with the
 * space after it, when a name is left after it; else 0. The longest such marker counts.
 */
function sourceMarkerLead(lex: CompiledLexicon | null, name: string): number {
  if (!lex?.sourceBefore) return 0;
  let best = 0;
  const words = /\S+\s+/gu;
  for (let k = 0, w = words.exec(name); w && k < SOURCE_MARKER_TOKENS; k++, w = words.exec(name)) {
    const end = w.index + w[0].length;
    if (wholeMatch(lex.sourceBefore, name.slice(0, end).trim().toLowerCase())) best = end;
  }
  return best;
}

/**
 * A word the text also writes in lower case ("Nous", "Esto"), a pronoun, an article or a noun for unnamed actors
 * ("Hacker", `actorNouns`) of the profile, or, where
 * every noun is capitalised, one the text puts an article before ("die Bahn"): a common word, no name. An article
 * before a hyphenated compound ("ein Velmora-Gerät", "a Velmora-branded router") belongs to the compound's head.
 */
function commonWord(text: string, lex: CompiledLexicon | null, word: string): boolean {
  const lower = word.toLowerCase();
  if (lex) for (const re of [lex.personPronouns, lex.selfRefs, lex.articles, lex.functionWords, lex.closedClass, lex.anaphora, lex.actorNouns]) {
    const m = re ? execFrom(re, lower) : null;
    if (m && m.index === 0 && m[0].length === lower.length) return true;
  }
  if (hasLiteral(text, lower, NO_WORD_BEFORE, NO_WORD_AFTER)) return true;
  const articles = lex?.articles;
  return !!articles && word !== lower && articleBefore(text, articles, word);
}

/** Each profile's articles, then spacing, then the word with no letter, digit or hyphen after it (commonWord). */
const ARTICLE_SITES = new WeakMap<RegExp, CaselessSite>();

/** Does the text write `word`, in any case, right after an article of the profile, not opening a longer word or a hyphenated compound? */
function articleBefore(text: string, articles: RegExp, word: string): boolean {
  let site = ARTICLE_SITES.get(articles);
  if (!site) ARTICLE_SITES.set(articles, (site = caselessSite(articles.source, '\\s', '(?![\\p{L}\\p{N}\\-‐])')));
  return caselessAfter(text, word, site);
}

/** Languages that capitalise words other than names: every noun (de), every syllable of a name (vi). */
const CAPITALISED_NOUNS = new Set(['de', 'vi']);

/** Does `re` match the whole of `s`? */
function wholeMatch(re: RegExp | null | undefined, s: string): boolean {
  if (!re || !s) return false;
  const m = execFrom(re, s);
  return !!m && m.index === 0 && m[0].length === s.length;
}

const SAYS_NEXT = /^\s+(?:said|says|told|stated|reported|announced|confirmed|wrote|added|warned|disclosed|revealed|detailed|acknowledged|noted|assessed|concluded|attributed|blamed|accused|denied|a déclaré|a affirmé|affirme|estime|indique|sagte|erklärte|teilte)\b/u;

/**
 * `heads`: sector words the knowledge links ("Energy", "Water", "Telecom"), which may head a name after a proper
 * modifier ("Velmora Energy", "Ostrava Water Authority"): the run is a name, the sector word its head. A run that
 * starts with a sector word ("Energy Department") is left to the knowledge. `states`: the states the text names, one of
 * which may stand between a firm noun and the firm's name (firm-names.ts).
 */
export function findOrganizations(text: string, sentences: Sentence[], lang: string, known: Span[], title?: Sentence | null, heads: Span[] = [], within: Span[] = [], states: Span[] = []): PartyMention[] {
  const out: PartyMention[] = [];
  // Known sources first, in any language and script (the title's too: "Statement on behalf of the European
  // Union" names its author there); the name-shape rules below read the body only and skip their spans.
  const sourceSpans: Span[] = [];
  const statuteLex = lexiconFor(lang);
  for (const s of title ? [title, ...sentences] : sentences) {
    SOURCE_RE.lastIndex = 0;
    for (let m = SOURCE_RE.exec(s.text); m; m = SOURCE_RE.exec(s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      // "Viettel Cyber Security", "Acme Threat Intelligence": a known source's longer name holds a known company's
      // (`within`): the unit named, not the company.
      const holds = (k: Span) => within.some((w) => w.start === k.start && w.end === k.end) && start <= k.start && k.end <= end && end - start > k.end - k.start;
      const name = SOURCE_FORMS.find((f) => f.form === m![0])?.name ?? m[0];
      // "Radio France", "Deutsche Presse-Agentur", "Voice of America": an outlet's written name of several words
      // holds a state's name or adjective; the whole name is the outlet, the state inside it no mention of its own.
      // So does a party's ("Georgian Dream", "Alternative für Deutschland"): the party, not the state, speaks.
      const inOutlet = (k: Span) => (NEWS_OUTLET_NAMES.has(name) || PARTY_NAMES.has(name)) && /\s/u.test(m![0]) && start <= k.start && k.end <= end && end - start > k.end - k.start;
      if (known.some((k) => start < k.end && k.start < end && !holds(k) && !inOutlet(k))) continue;
      // "Artículo 19 de la Constitución", "Article 19 of the Convention": a name ending in a numeral before a statute is the
      // statute's article, no organisation, nor a name for the rules below.
      if (/\p{N}$/u.test(m[0]) && startsWith(statuteLex?.statuteHeads ?? null, s.text.slice(m.index + m[0].length))) {
        sourceSpans.push({ start, end });
        continue;
      }
      // An outlet's name that opens a longer name ("the Guardian Council", a name of its own): not the
      // outlet. German capitalises every noun, so a capital after the name proves nothing there.
      if (NEWS_OUTLET_NAMES.has(name) && lang !== 'de' && !HAN.test(m[0]) && /^[ \t]+\p{Lu}\p{Ll}/u.test(s.text.slice(m.index + m[0].length))) continue;
      out.push({ start, end, kind: 'organization', value: name });
      sourceSpans.push({ start, end });
    }
  }
  const headed = headedOrganizations(text, sentences, lang, [...known, ...sourceSpans]);
  out.push(...headed);
  const hanNamed = lang === 'zh' ? hanOrganizations(sentences, [...known, ...sourceSpans, ...headed]) : [];
  out.push(...hanNamed);
  // "американской компании Velmora", "công ty an ninh mạng Mỹ Velmora": a firm noun before a Latin-script name.
  const firmNamed = firmNamedOrganizations(text, sentences, lang, [...known, ...sourceSpans, ...headed, ...hanNamed], states);
  out.push(...firmNamed);
  // "资安业者星河智慧表示", "國際人權組織「X」指出": a firm noun glued to a Han name, and that name's later mentions.
  const hanFirmNamed = lang === 'zh' ? hanFirmNamedOrganizations(text, sentences, [...known, ...sourceSpans, ...headed, ...hanNamed, ...firmNamed]) : [];
  out.push(...hanFirmNamed);
  const taken = [...known, ...sourceSpans, ...headed, ...hanNamed, ...firmNamed, ...hanFirmNamed];
  const free = (a: number, b: number) => !taken.some((k) => a < k.end && k.start < b);
  const latinText = lang !== 'zh' && lang !== 'ru';
  const lex = lexiconFor(lang);
  for (const [si, s] of sentences.entries()) {
    LATIN_SEQ.lastIndex = 0;
    for (let m = LATIN_SEQ.exec(s.text); m; m = LATIN_SEQ.exec(s.text)) {
      // "Velmora Labs and Brightwater Security": two names joined by "and", each closed by a company word, are a list of two.
      const joined = joinedCompanyNames(m[0]);
      if (joined) {
        m[0] = m[0].slice(0, joined.cut);
        LATIN_SEQ.lastIndex = m.index + joined.next;
      }
      let name = m[0].replace(/(?:['’]s)?[.'’\-]*$/u, '');
      let start = s.start + m.index;
      // "Velmora 11月30日表示", "Velmora11月披露": in Han text the number that closes the run opens a date, no part of the name.
      if (lang === 'zh') name = withoutHanDate(s.text, m.index, name);
      // Only punctuation, a quote mark or a live-blog stamp before it ("\"You have been", "09:40 UTC — Reports say"):
      // the word opens its sentence and its capital proves nothing.
      const atSentenceStart = m.index === 0 || CLAUSE_OPENING.test(s.text.slice(0, m.index));
      // "The" inside a sentence is part of a name ("in The Wall Street Journal"); at its start it is not.
      while (atSentenceStart && LEADING_STOP.test(name)) {
        const cut = name.length - name.replace(LEADING_STOP, '').length;
        name = name.slice(cut);
        start += cut;
      }
      // An elided article of the profile glued to the name's first word at the start of a sentence ("L'Institut
      // Velmar a confirmé"): the article is no part of the name, whose capital follows the apostrophe.
      if (atSentenceStart) {
        const cut = elidedArticleLead(lex, name);
        name = name.slice(cut);
        start += cut;
      }
      // "L'hebdomadaire affirme", "L'éditeur estime": an elided article before a lower-case word opening the sentence is a
      // common noun with its article, no name; a name may follow it ("L'hebdomadaire Le Point").
      if (atSentenceStart) {
        const cut = elidedCommonNoun(lex, name);
        name = name.slice(cut);
        start += cut;
      }
      // A conjunction, preposition or adverb of the profile opening the sentence ("Como ESET informó", "Wie
      // berichtete"): a closed-class word, never part of a name whatever its case.
      if (atSentenceStart) {
        const cut = closedClassLead(lex, name);
        name = name.slice(cut);
        start += cut;
      }
      // "D'après Velmora, ...", "Laut Velmora ...": a source marker of the profile opening the sentence is no part of the
      // name it introduces.
      if (atSentenceStart) {
        const cut = sourceMarkerLead(lex, name);
        name = name.slice(cut);
        start += cut;
      }
      // "le Centre" after a stripped opener: particles never start a name.
      const lead = /^(?:(?:of|for|and|de|du|des|la|le|für)\s+)+/u.exec(name);
      if (lead) {
        name = name.slice(lead[0].length);
        start += lead[0].length;
      }
      // "ein Velmar-Sprecher bestätigte": a compound of a body's name and a role word of the profile names the body.
      const compound = lex?.speakerCompoundTails ? /^(\S+)-([^\s\-]+)$/u.exec(name) : null;
      const spokenFor = !!compound && wholeMatch(lex!.speakerCompoundTails, compound[2]!);
      if (spokenFor) name = compound![1]!;
      // "Специалисты Solar 4RAYS", "Компания Velmora Lab": in Cyrillic text the capitalised Cyrillic words before a run in Latin
      // letters are none of its name.
      if (!latinText) {
        const cyr = /^(?:\S*\p{Script=Cyrillic}\S*\s+)+(?=[^\s]*\p{Script=Latin})/u.exec(name);
        if (cyr) {
          name = name.slice(cyr[0].length);
          start += cyr[0].length;
        }
      }
      // "Am 14.03.2024 warnte ...", "Im 3 Quartal ...": a number left after the word that opened the sentence was stripped is a
      // date or a count, no name (a name holds a letter: "1&1" is held by the knowledge, "3M" keeps its letter).
      if (!name || !/\p{L}/u.test(name) || !free(start, start + name.length)) continue;
      // "L'éditeur estime ...", "L'entreprise a confirmé ...": a company noun of the profile with its elided article, opening the
      // sentence, refers back to a company named before (claims/company-ref.ts); it is no name of its own.
      if (atSentenceStart && wholeMatch(lex?.companyRefs, name)) continue;
      // "Selon Velmora, ...", "Según Velmora, ...": what opened the sentence was a source marker of the
      // profile, so the word after it does not open the sentence, and its capital says it is a name
      // (languages that capitalise every noun, or every syllable, excepted).
      const sourced = atSentenceStart && !CAPITALISED_NOUNS.has(lang) && wholeMatch(lex?.sourceBefore, s.text.slice(m.index, start - s.start).trim().toLowerCase());
      const headAt = heads.find((h) => start < h.end && h.start < start + name.length);
      // A heading in capitals ("MINISTER FOR DEFENCE") is no name headed by its sector word.
      if (headAt && (!headedName(text, start, headAt) || name === name.toUpperCase())) continue;
      const words = name.split(/\s+/);
      const acronym = /^[A-Z][A-Z0-9&\-]{1,7}$/.test(name);
      // A body a spokesperson's compound names ("Velmar-Sprecher") is a name however it is written.
      const marked = (/[A-Z].*[A-Z]|\d|-/.test(name.slice(1)) || spokenFor) && !/\s/.test(name);
      // "Velmora发布公告承认", "Velmora官方帳戶表示": in Han text a plain Latin-script name is an organisation only as the
      // subject that opens its clause and speaks.
      const hanSubject = !acronym && !marked && lang === 'zh' && (hanSpeakingSubject(lex, s.text, start - s.start, start - s.start + name.length) || hanCompanyNounBefore(lex, s.text, start - s.start));
      // Han text glosses its own names in Latin letters in brackets ("永信至诚（Velmora Group）"): there only a speaking subject counts.
      const orgTail = lang !== 'zh' && orgWordTail(words);
      // "Специалисты Solar 4RAYS заявили", "Velmora Lab сообщила": in Cyrillic text a run in Latin letters is a foreign name,
      // an organisation where it speaks (the subject of a verb of speech, confirmation or denial right after it).
      // It opens its clause, or one word does before it ("Компания Velmora", "В Velmora заявили"); "История с Velmora лишь
      // подтверждает" names it in another's phrase.
      const cyrSubject = lang === 'ru' && !acronym && !marked && !/\p{Script=Cyrillic}/u.test(name) && (((CYR_CLAUSE_LEAD.test(s.text.slice(0, start - s.start)) || cyrCompanyLead(lex, s.text.slice(0, start - s.start))) && speechVerbNext(lex, s.text.slice(m.index + m[0].length), true)) || cyrSourced(lex, s.text.slice(0, start - s.start)));
      // "Korvath und Amnesty International erklärten", "Korvath и Google обвинили": a name joined to an organisation named
      // before, whose speech verb follows that organisation, is an organisation too (coordinated-org.ts).
      const partner = words.length <= 3 && !/\p{L}/u.test(s.text.slice(m.index, start - s.start)) ? organisationJoinedAfter(lex, s, start, start + name.length, within, out) : null;
      const joinedBefore = !!partner && speechVerbNext(lex, text.slice(partner.end, s.end), lang === 'ru') && !words.some((w) => commonWord(text, lex, w));
      if (!latinText && !acronym && !marked && !hanSubject && !orgTail && !cyrSubject && !joinedBefore) continue;
      if (lang === 'vi' && !acronym && !marked && !/^[A-Za-z ]+$/.test(name)) continue;
      if (lang === 'vi' && words.length > 1 && !/^[A-Za-z0-9 &\-]+$/.test(name)) continue;
      const rest = s.text.slice(m.index + m[0].length);
      // A bare word opening its sentence (no article stripped before it) as the subject of a speech verb: a name,
      // unless the text writes it in lower case or with an article elsewhere.
      // Where every noun is capitalised, an adverb stripped before it ("Auch Velmora räumte ... ein") leaves it the bare
      // subject; an article does not ("Die Bahn meldete"). Elsewhere a name is found by its capital anyway, and a
      // stripped word may have hidden a pronoun ("But I'll say").
      const strippedLead = s.text.slice(m.index, start - s.start).trim();
      const bareLead = !strippedLead || (CAPITALISED_NOUNS.has(lang) && strippedLead.split(/\s+/u).every((w) => !wholeMatch(lex?.articles, w.toLowerCase())));
      // "BASF und Velmora bestätigten ...": a lone name joined by a coordinator to an organisation the text knows, opening
      // the sentence, shares its verb and is a bare subject too.
      const joinedToKnown = words.length === 1 && CAPITALISED_NOUNS.has(lang) && joinedAfterKnown(lex, s, start, [...taken, ...out]);
      // "Velmora published details. The company attributed ...": a bare subject a company noun takes up soon after is a name too (kind-noun-antecedent.ts).
      const bareSubject = joinedBefore || ((atSentenceStart || joinedToKnown) && words.length === 1 && bareLead && !commonWord(text, lex, name) && (joinedToKnown || recurringName(text, name)) && (speechVerbNext(lex, rest) || (!joinedToKnown && takenUpByKindNoun(lex, text, sentences, si, start + name.length, name.length, rest, [...taken, ...out]))));
      // German capitalises every noun: only acronyms, marked names ("T-Mobile") and bare speaking subjects are organisations there.
      if (lang === 'de' && !acronym && !marked && !bareSubject && !orgTail) continue;
      const speaks = SAYS_NEXT.test(rest) || bareSubject || hanSubject || cyrSubject;
      // Vietnamese capitalises every syllable of a name: a lone word is a name there only as such a bare speaking subject
      // (a foreign name in plain Latin letters, "Velmora bác bỏ ...").
      if (words.length === 1 && !acronym && !marked && ((atSentenceStart && !speaks && !(sourced && !commonWord(text, lex, name))) || CALENDAR.test(name) || (lang === 'vi' && !bareSubject))) continue;
      // "« Fin 2017, une intrusion ... »", "En 2020, ...", "Ende 2017 wurde ...", "Early 2019, ...": a word opening its
      // sentence with only a year after it is a time phrase, no name.
      if (atSentenceStart && words.length === 2 && YEAR_WORD.test(words[1]!) && !/\d/u.test(words[0]!)) continue;
      // "Officials said", "Funcionarios dijeron", "Beamte sagten": a bare noun for unnamed officials opening the sentence names no body.
      // "Western governments have linked ...": a lone word of the profile for a group of states taken together qualifies the
      // noun after it; it names no body ("Western Digital", a run of two words, stays a name).
      if (words.length === 1 && (/^(?:I|A|Ms|Mr|Mrs|Dr|U\.S|UN)$/.test(name) || LEADING_STOP.test(`${name} `) || NOT_ORGANIZATION_WORDS.has(name) || wholeMatch(lex?.unnamedOfficials, name) || blocWord(lang, name))) continue;
      // "DDoS-атаке", "DDoS-Angriff", "VPN-Server": a technical word compounded with a common noun names no body.
      // "E-Mail-Postfächer": so does a compound opened by a two-part technical word; "Unternehmens-IT-Umgebung": or holding one.
      if (words.length === 1 && technicalCompound(name)) continue;
      // "the Minister of the Interior", "la ministre de l'Intérieur", "el ministro del Interior": a portfolio is part of the
      // role's phrase, kept only to take the state that phrase names (organ-state.ts); extract.ts drops it without one.
      const portfolio = portfolioOfRole(text, lex, start, name);
      const unit = UNIT_SUFFIX.exec(name);
      if (unit && !(LONE_UNIT.test(unit[0]) && !GENERIC_NAME_WORDS.has(name.slice(0, unit.index).split(/\s+/u).pop()!))) name = name.slice(0, unit.index);
      // "Velmora's Cyber Threat Intelligence unit", "Velmora's Adversary Research Team": the unit's owner, named with its possessive, speaks;
      // the owner's name is a name (no word the text also writes in lower case: "the department's ... Center").
      const owner = OWNED_UNIT.exec(name)?.[1] ?? /^(.+?)['’]s$/u.exec(name)?.[1];
      if (owner && (owner.includes(' ') || !commonWord(text, lex, owner))) name = owner;
      // A name headed by a sector word ("Velmora Energy") is a company of that sector: a typical victim.
      out.push({ start, end: start + name.length, kind: 'organization', value: name, ...(headAt ? { victim: true } : {}), ...(bareSubject && !SAYS_NEXT.test(rest) ? { bare: true } : {}), ...(portfolio ? { portfolio: true } : {}) });
    }
    if (!latinText) {
      CYR_ACRONYM.lastIndex = 0;
      for (let m = CYR_ACRONYM.exec(s.text); m; m = CYR_ACRONYM.exec(s.text)) {
        const start = s.start + m.index;
        // A sector word in capitals ("СМИ": the media) is no name of its own.
        if (free(start, start + m[0].length) && !heads.some((h) => start < h.end && h.start < start + m[0].length) && !out.some((o) => o.start === start) && !NOT_ORGANIZATION_WORDS.has(m[0])) {
          // Named in Latin letters, as a quoted Cyrillic name is ("ВГТРК" -> "VGTRK").
          out.push({ start, end: start + m[0].length, kind: 'organization', value: /\p{Script=Cyrillic}/u.test(m[0]) ? transliterateCyrillic(m[0]) : m[0] });
        }
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  linkShortForms(out);
  bracketedShortForms(text, out, sourceSpans);
  glossedHanNames(text, out);
  return out;
}

/** Words before a portfolio where its role or organ noun and the marker that attaches it may stand ("ministre de l'", "Minister of the"). */
const PORTFOLIO_LEAD = 4;

/**
 * Is the run at `start` a portfolio of the profile (the whole run, or the start of a portfolio the run cuts short:
 * "Affaires" of "Affaires étrangères") right after a role or organ noun and a possessive or attaching marker with
 * at most an article ("the Minister of the Interior", "la ministre de l'Intérieur", "el ministro del Interior",
 * "Minister des Innern")? Then it names the role's office, not an organisation that speaks.
 */
function portfolioOfRole(text: string, lex: CompiledLexicon | null, start: number, name: string, depth = 0): boolean {
  if (!lex?.portfolios) return false;
  const m = execFrom(lex.portfolios, text.slice(start, start + name.length + 40));
  if (!m || m.index !== 0 || m[0].length < name.length) return false;
  const from = tokenIndex(text, lex.lang).before(start, PORTFOLIO_LEAD);
  const before = text.slice(from, start);
  for (const head of [lex.roles, lex.organNouns]) {
    if (!head) continue;
    for (let h = execFrom(head, before); h; h = execAfter(head, before, h)) {
      if (attached(lex, before.slice(h.index + h[0].length))) return true;
    }
  }
  // "le ministère de l'Intérieur et des Finances", "el Ministerio de Economía y de Hacienda": a portfolio coordinated with
  // the role's portfolio before it (a coordinator and at most a marker and an article between them) is of the same office.
  if (depth < PORTFOLIO_CHAIN && lex.coordinators) {
    const ix = tokenIndex(text, lex.lang);
    for (let c = execFrom(lex.coordinators, before); c; c = execAfter(lex.coordinators, before, c)) {
      const gap = before.slice(c.index + c[0].length);
      if (!onlyArticle(lex, gap) && !attached(lex, gap)) continue;
      const coordAt = from + c.index;
      const prevEnd = coordAt - /\s*$/u.exec(text.slice(0, coordAt))![0].length;
      for (let k = ix.before(prevEnd, PORTFOLIO_LEAD); k < prevEnd; k++) {
        if (!/[\p{Lu}]/u.test(text.charAt(k)) || /[\p{L}\p{N}]/u.test(text.charAt(k - 1))) continue;
        const prev = text.slice(k, prevEnd);
        const p = execFrom(lex.portfolios, prev);
        if (p && p.index === 0 && p[0].length === prev.length && portfolioOfRole(text, lex, k, prev, depth + 1)) return true;
      }
    }
  }
  return false;
}

/** How many portfolios back a coordinated portfolio may reach the role it belongs to, each joined to the one before by a coordinator. */
const PORTFOLIO_CHAIN = 2;

/** Only a possessive or attaching marker ("of", "de", "des", "del") and at most an article in `gap` ("of the", "de l'"). */
function attached(lex: CompiledLexicon, gap: string): boolean {
  for (const re of [lex.possessive, lex.bodyOf]) {
    if (!re) continue;
    for (let m = execFrom(re, gap); m; m = execAfter(re, gap, m)) {
      if (!gap.slice(0, m.index).trim() && onlyArticle(lex, gap.slice(m.index + m[0].length))) return true;
    }
  }
  return false;
}

/** A capitalised word run (up to four words), the proper part of a headed name. */
const PROPER_RUN = String.raw`\p{Lu}[\p{L}\p{N}&'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’.\-]*){0,3}`;
/** A run of two or more capitalised words, its last word captured (a family name when the run is a person's). */
const FULL_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+)*[ \t]+(\p{Lu}[\p{Ll}'’\-]+)(?![\p{L}\p{N}])/gu;
/** The same in plain Latin letters (a foreign name in Vietnamese text). */
const ASCII_RUN = String.raw`[A-Z][A-Za-z0-9&'’.\-]*(?:[ \t]+[A-Z][A-Za-z0-9&'’.\-]*){0,3}`;
/** Length of an elided article of the profile ("l'", "L’") glued to a capitalised word at the start of `name`, else 0. */
function elidedArticleLead(lex: CompiledLexicon | null | undefined, name: string): number {
  const m = /^(\p{L}{1,3}['’])(?=\p{Lu})/u.exec(name);
  return m && wholeMatch(lex?.articles, m[1]!.toLowerCase()) ? m[1]!.length : 0;
}
/** Length of a first word made of an elided article of the profile and a lower-case word ("L'hebdomadaire "), else 0. */
function elidedCommonNoun(lex: CompiledLexicon | null | undefined, name: string): number {
  const m = /^(\p{L}{1,3}['’])\p{Ll}[\p{L}-]*\s*/u.exec(name);
  return m && wholeMatch(lex?.articles, m[1]!.toLowerCase()) ? m[0].length : 0;
}
/** Where a run opening a sentence starts with an article or an opener ("The Velmora campaign"). */
const RUN_STOP = /^(?:(?:The|A|An|Le|La|Les|Der|Die|Das|Den|Dem|El|Los|Las)\s+)+/u;

const headPatterns = new Map<string, Array<{ re: RegExp; en?: string; before: boolean; quoted: boolean }>>();
/** `pattern` with the lower-case letter opening each of its alternatives also matched in upper case. */
function capitalisable(pattern: string): string {
  return pattern.replace(/(^|\(\?:|\|)(\p{Ll})/gu, (_, lead: string, c: string) => `${lead}[${c}${c.toUpperCase()}]`);
}

function headPatternsFor(lang: string): Array<{ re: RegExp; en?: string; before: boolean; quoted: boolean }> {
  let out = headPatterns.get(lang);
  if (out) return out;
  out = (ORG_HEADS[lang] ?? []).map((h) => {
    // Russian writes a company's own name in «» quotes after its legal form.
    const quoted = lang === 'ru' && h.name === 'after' && !h.en;
    // Vietnamese capitalises the syllables of its own descriptors ("Công ty Tập đoàn Công nghệ X"): the proper part is a run in plain Latin letters.
    const name = quoted ? String.raw`«([^«»\n]{1,40})»` : lang === 'vi' ? `(${ASCII_RUN})(?![\\p{L}\\p{N}])` : `(${PROPER_RUN})`;
    // A head before the name may open its sentence ("Компания «Велмора»", "La société Velmora").
    const body = h.name === 'after' ? `(?<![\\p{L}\\p{N}])(?:${capitalisable(h.head)})\\s+${name}` : `${name}[ \\t]+(?:${h.head})(?![\\p{L}\\p{N}])`;
    return { re: new RegExp(body, 'gu'), ...(h.en ? { en: h.en } : {}), before: h.name === 'before', quoted };
  });
  headPatterns.set(lang, out);
  return out;
}

/** The last words of the text's runs of two or more capitalised words: the family names of people named in full. */
function familyNames(sentences: Sentence[]): Set<string> {
  const fullNames = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(FULL_NAME)) {
      // "The Velmorian campaign": an opener before one capitalised word makes no full name.
      let run = m[0];
      while (LEADING_STOP.test(run)) run = run.replace(LEADING_STOP, '');
      if (/\s/u.test(run)) fullNames.add(m[1]!.replace(/['’]s$/u, ''));
    }
  }
  return fullNames;
}

/**
 * Organisations named by a head around their proper part (lexicons/entity/org-heads.ts): "the Velmora campaign"
 * -> "Velmora campaign", "la campaña de Velmora" -> "Velmora campaign", "die Velmora AG" -> "Velmora", "Công ty
 * Velmora" -> "Velmora", "ПАО «Велмора»" -> "Velmora". A proper part that is a known name (a state, a group) is
 * left to the knowledge; a campaign is named after the last word of its run (the candidate's family name).
 */
function headedOrganizations(text: string, sentences: Sentence[], lang: string, known: Span[]): PartyMention[] {
  const out: PartyMention[] = [];
  const patterns = headPatternsFor(lang);
  if (!patterns.length) return out;
  const lex = lexiconFor(lang);
  // Read only when a campaign head names one word (most texts name no campaign).
  let fullNames: Set<string> | undefined;
  for (const s of sentences) {
    for (const p of patterns) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(s.text); m; m = p.re.exec(s.text)) {
        let proper = m[1]!;
        let at = s.start + m.index + m[0].indexOf(proper);
        if (p.before) {
          const cut = RUN_STOP.exec(proper)?.[0].length ?? 0;
          proper = proper.slice(cut);
          at += cut;
        }
        // "campaña de Trump.", "Donald Trump's presidential campaign": no closing dot or possessive ending.
        proper = proper.replace(/(?:['’]s)?[.'’\-]*$/u, '').trim();
        // Where every noun is capitalised, a common noun may follow a company word ("wie das Unternehmen Kunden mitteilte",
        // "die Firma Ende Mai"): the name ends before the first word the text also writes in lower case or after an article.
        if (lang === 'de' && !p.before && !p.quoted) {
          const words = proper.split(/\s+/u);
          const common = words.findIndex((w) => CALENDAR.test(w) || NOT_ORGANIZATION_WORDS.has(w) || commonWord(text, lex, w));
          if (common >= 0) proper = words.slice(0, common).join(' ');
        }
        if (!proper || /^\d/u.test(proper) || NOT_ORGANIZATION_WORDS.has(proper)) continue;
        // A heading in capitals is no name; in Vietnamese, a run of the language's own syllables ("công ty An ...") is none either.
        if (/\s/u.test(proper) && proper === proper.toUpperCase()) continue;
        if (lang === 'vi' && proper.split(/\s+/u).every((w) => VIET_SYLLABLE.test(w))) continue;
        // A campaign is named after a candidate the text names in full ("Kamala Harris" ... "the Harris campaign"), not after an adjective ("a Russophobic campaign").
        if (p.en && !/\s/u.test(proper) && !(fullNames ??= familyNames(sentences)).has(proper)) continue;
        const start = p.before ? at : s.start + m.index;
        const end = s.start + m.index + m[0].length;
        if (known.some((k) => at < k.end && k.start < at + proper.length) || out.some((o) => start < o.end && o.start < end)) continue;
        const written = p.quoted && /\p{Script=Cyrillic}/u.test(proper) ? transliterateCyrillic(proper) : proper;
        const value = p.en ? `${written.split(/\s+/u).pop()} ${p.en}` : written;
        // A company or a campaign is a typical victim, never the accused by default (a front company's state is).
        out.push({ start, end, kind: 'organization', value, headed: true, victim: true });
      }
    }
  }
  return out;
}

/** A proper word of the run before its first sector word: "Velmora Energy", not "Energy" or "Energy Department". */
function headedName(text: string, start: number, head: Span): boolean {
  return head.start > start && /\p{Lu}[\p{L}\p{N}&'’.\-]*\s+$/u.test(text.slice(start, head.start));
}

/** "the Journal" after "The Wall Street Journal": same organisation, the longer name wins. */
/**
 * "đảng Phát triển Thống nhất (PPP)", "Partido por la Democracia (PPD)": a short form in the bracket right
 * after a known name is that name's.
 */
function bracketedShortForms(text: string, orgs: PartyMention[], known: Span[]): void {
  for (const o of orgs) {
    const k = known.find((x) => x.end <= o.start && /^[ \t]*[(（]$/u.test(text.slice(x.end, o.start)) && /^[)）]/u.test(text.slice(o.end, o.end + 1)));
    const name = k && orgs.find((p) => p.start === k.start && p.end === k.end)?.value;
    if (name) o.value = name;
  }
}

/**
 * A Han name glossed with its Latin name in brackets ("多伦多大学维尔实验室(Velmora Lab)", "維爾實驗室（Velmora Lab）"): the
 * body goes by the Latin name, and so does every mention of a Han name the glossed text ends with ("维尔实验室表示").
 */
function glossedHanNames(text: string, orgs: PartyMention[]): void {
  const hanOrgs = orgs.filter((o) => HAN.test(text.slice(o.start, o.end)) && o.end - o.start >= 2);
  if (!hanOrgs.length) return;
  const glosses = new Map<string, string>();
  GLOSS.lastIndex = 0;
  for (let m = GLOSS.exec(text); m; m = GLOSS.exec(text)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    // A known name in the bracket keeps its canonical form ("(Microsoft Corporation)" -> "Microsoft").
    const name = orgs.find((p) => p.start === start && p.end === end)?.value ?? m[1]!;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // "对海川信安科技集团股份有限公司（Velmora Group）... 海川信安公司称": the full name glossed once holds the proper name a
    // later mention gives with another kind word.
    const run = HAN_RUN_END.exec(before)?.[0] ?? '';
    for (const o of hanOrgs) {
      const surface = text.slice(o.start, o.end);
      const proper = o.value !== surface && HAN.test(o.value) && o.value.length >= 2 && run.lastIndexOf(o.value) >= 0 && run.lastIndexOf(o.value) + o.value.length < run.length;
      if (!glosses.has(surface) && (before.endsWith(surface) || proper)) glosses.set(surface, name);
    }
  }
  for (const o of hanOrgs) o.value = glosses.get(text.slice(o.start, o.end)) ?? o.value;
}

/** The run of Han characters that closes a stretch of text. */
const HAN_RUN_END = /\p{Script=Han}+$/u;

/** A Latin-script name in brackets right after a Han character: capitalised words (their first word's capital captured with them). */
const GLOSS = /[(（](?<=\p{Script=Han}[(（])(\p{Lu}[\p{L}\p{N}.&\-]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}.&\-]*)*)[)）]/gu;

function linkShortForms(orgs: PartyMention[]): void {
  for (const [i, o] of orgs.entries()) {
    if (o.value.includes(' ')) continue;
    const longer = orgs.slice(0, i).reverse().find((p) => p.value.includes(' ') && p.value.split(/\s+/).pop() === o.value);
    if (longer) o.value = longer.value;
  }
}

/**
 * What joins a bracketed acronym to the state after it: the profile's possessive ("du Maroc", "of Ireland"), its
 * body marker before a bare state name ("(INSA) de Etiopía", "(XYZ) d'Israël"), or nothing but a space, the
 * state as genitive or postposed name ("(ФСО) России", "(BfV) Deutschlands", "(INSA) Ethiopia").
 */
function ownerMarker(lex: CompiledLexicon | null | undefined, gap: string): boolean {
  if (/^[ \t\u00a0]+$/u.test(gap)) return true;
  const g = gap.trim();
  return !/\n/u.test(gap) && (wholeMatch(lex?.possessive, g) || wholeMatch(lex?.bodyOf, g));
}

/** Words before an acronym in brackets within which the name it abbreviates is read. */
const ACRONYM_NAME_WORDS = 14;

/**
 * Acronyms defined in parentheses next to a state: "the French agency (ANSSI)",
 * "Cơ quan Tình báo Pháp (DGSE)", "the U.S. Navy Fleet Cyber Response Unit (FCRU)", or right after them
 * through the profile's possessive or body marker ("la Caisse nationale (CNSS) du Maroc", "la Agencia (INSA) de Etiopía"). Returns acronym -> alpha-2.
 */
export function acronymCountries(text: string, lang: string, countries: PartyMention[], lex?: CompiledLexicon | null): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\((\p{Lu}[\p{Lu}\d&\-]{1,9})\)/gu;
  const ix = tokenIndex(text, lang);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = ix.before(m.index, ACRONYM_NAME_WORDS);
    const before = text.slice(from, m.index);
    // The name runs back to a clause break: a comma, a line's end or a sentence's full stop (not an abbreviation's, "U.S. Cyber Command").
    const stop = [...before.matchAll(/(?<!\p{Lu})\.\s|[,，\n]/gu)].pop();
    const lo = from + (stop ? stop.index! + stop[0].length : 0);
    const after = m.index + m[0].length;
    const c = countries.filter((p) => p.kind === 'country' && p.start >= lo && p.end <= m!.index).pop()
      ?? countries.find((p) => p.kind === 'country' && p.start > after && ownerMarker(lex, text.slice(after, p.start)));
    const acronym = m[1]!;
    // "Американская корпорация Velmora Systems (VS)", "the American company Velmora Systems (VS)": a company noun between the
    // state and the short form names a company, which keeps no state (organ-state.ts).
    if (c && c.end <= m.index && lex?.companyNouns && execFrom(lex.companyNouns, text.slice(c.end, m.index).toLowerCase())) continue;
    // "Deutsche Velmar-Sicherung (DVS)", "Petróleos Velmeños (PV)": a state inside a company's own name owns nothing (organ-state.ts).
    if (c && c.end <= m.index && stateInCompanyName(text, lex, c, m.index)) continue;
    if (c && !out.has(acronym)) out.set(acronym, c.value);
  }
  return out;
}

/**
 * A unit's short name defined in brackets and attached to a body through the profile's possessive or body marker:
 * "Nhóm ứng phó sự cố (VIRT) của Velmora", "le centre de veille (VCV) de Velmora", "el equipo de
 * respuesta (VIRT) de Velmora", "the threat analysis team (VTAT) of Velmora". The unit is the body's: every mention
 * of the short name takes the body's name (and its state, for a state's body).
 */
export function bracketedUnitOwners(text: string, lex: CompiledLexicon | null, found: PartyMention[], known: PartyMention[]): void {
  if (!lex) return;
  const owners = new Map<string, PartyMention>();
  const bodies = [...found, ...known].filter((p) => p.kind === 'organization').sort((a, b) => a.start - b.start);
  for (const o of found) {
    if (o.country || !/[(（]$/u.test(text.slice(o.start - 1, o.start)) || !/^[)）]/u.test(text.slice(o.end, o.end + 1))) continue;
    const surface = text.slice(o.start, o.end);
    if (!/^\p{Lu}[\p{Lu}\d&\-]{1,9}$/u.test(surface) || owners.has(surface)) continue;
    const owner = bodies.find((p) => p.start > o.end + 1);
    if (!owner || owner.value === o.value) continue;
    const gap = text.slice(o.end + 1, owner.start).trim();
    // A language with no possessive word puts the owner in the genitive right after the bracket ("(ЦСВ) Велмора").
    const genitive = !gap && !lex.possessive && /^[ \t\u00a0]+$/u.test(text.slice(o.end + 1, owner.start));
    if (!genitive && !wholeMatch(lex.possessive, gap) && !wholeMatch(lex.bodyOf, gap)) continue;
    owners.set(surface, owner);
  }
  if (!owners.size) return;
  for (const o of found) {
    const owner = owners.get(text.slice(o.start, o.end));
    if (!owner) continue;
    o.value = owner.value;
    if (owner.country) o.country = owner.country;
  }
}
