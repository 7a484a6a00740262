/**
 * The body that publishes the text, to whom its first-person plural refers when no one else
 * speaks in the sentence: the first party a statement's title names as its author ("Statement by
 * the Embassy of X in Y", "Заявление Посольства X в Y", "X驻Y使馆发言人……答记者问"), else an
 * organisation named on a short header line among the first lines after the title, else a research
 * source that opens the first body sentence (a vendor's post with no byline), else a state body a title opens on whose
 * text then tells the matter in its own voice (titled-body.ts), else the one research source named in
 * an opening sentence that speaks in the first person plural (past a dateline).
 */
import { tokenIndex } from '../tokens.ts';
import type { ClaimInput, Party, Resolved } from './frame.ts';
import { afterLocative, plausibleParty } from './parties.ts';
import { markerEndsAt, matches, onlyArticle } from './text.ts';
import { SOURCE_NAMES } from '../lexicons/sources.ts';
import { execFrom } from '../lexicons/index.ts';
import { hasLiteral, NO_LETTER_AFTER, NO_LETTER_BEFORE } from '../literal-search.ts';
import { dateLine, datedOpener } from './dateline.ts';
import { titledBody } from './titled-body.ts';
import { afterOpeningTime } from './opening-time.ts';


/** Words of a header line (a byline: "Agency name | Press release | date") that may name the publisher. */
const BYLINE_WORDS = 14;
/** Words before a statement word at the start of a title ("Joint statement by"). */
const TITLE_LEAD = 1;

export function publisherOf(input: ClaimInput, known: Party[]): Resolved | undefined {
  return headerPublisher(input, known) ?? openingSource(input, known, -1, OPENER_LEAD_ALONE) ?? firstPersonPost(input, known) ?? selfNamingOpening(input, known) ?? ownVoiceTitleBody(input, known) ?? titledBody(input, known) ?? firstPersonOpening(input, known);
}

/**
 * A text in its author's own voice (its body opens in the first person plural) whose title opens on a body's name
 * ("Velmor Ministry on the attack on ...", "Ministère velmorien : ...", "Velmor-Ministerium: Störung der ..."): that body
 * wrote it. A threat group or a product opening the title is none (the body opens on a party known as a state's or
 * a plausible organisation's name).
 */
function ownVoiceTitleBody(input: ClaimInput, known: Party[]): Resolved | undefined {
  const { text, lex } = input;
  const title = input.sentences.find((s) => s.title);
  if (!title || !opensInFirstPerson(input)) return undefined;
  const p = known.find((q) => q.start >= title.start && q.end <= title.end);
  if (!p || (tokenIndex(text, lex.lang).count(title.start, p.start) > 0 && !onlyArticle(lex, text.slice(title.start, p.start)))) return undefined;
  if (p.kind === 'country') return { value: p.value!, kind: 'state' };
  if (p.kind === 'organization' && p.country) return { value: p.country, kind: 'state' };
  if (p.kind === 'organization' && plausibleParty(lex, p)) return { value: p.value!, kind: 'organization' };
  return undefined;
}

/**
 * The publisher a title or a header line names as the author of the text (a statement's title, a byline), not one
 * inferred from the body: the owner of a team or a report the text names no one else to own ("技术团队认定").
 */
export function headerPublisher(input: ClaimInput, known: Party[]): Resolved | undefined {
  return statementAuthor(input, known) ?? bylinePublisher(input, known);
}

/**
 * A post that opens in the first person plural ("Wir haben eine bislang unbekannte Gruppe aufgedeckt", "We
 * discovered ...", "Hemos detectado ...") is its author's own: the one research source the text names (its researchers quoted further
 * on: "sagt ESET-Forscher X") publishes it. Not when it names several.
 */
function firstPersonPost(input: ClaimInput, known: Party[]): Resolved | undefined {
  if (!opensInFirstPerson(input, 0)) return undefined;
  const sources = new Set(known.filter((k) => k.kind === 'organization' && !!k.value && SOURCE_NAMES.has(k.value)).map((k) => k.value!));
  return sources.size === 1 ? { value: [...sources][0]!, kind: 'organization' } : undefined;
}

/** Words of an opening adverbial before the first person ("In May 2024", "В мае 2024 года", "Together with our EU partners"). */
const OPENING_ADVERBIAL = 6;
/** Words of a header line of fields under the title. */
const HEADER_WORDS = 14;

/**
 * Does the body's first sentence open in the first person plural ("Wir haben ...", "We discovered ...", "В мае мы
 * обнаружили ...", a verb whose ending is the pronoun: "Hemos detectado ...", or a possessive before the author's own
 * staff or tools: "Our researchers found ...", "Наши специалисты обнаружили ...")? Then the text is its author's own voice.
 * Up to `lead` words may come first, an opening adverbial ("In May we found ...", "В мае мы ...", "Au printemps, nous ...").
 */
export function opensInFirstPerson(input: ClaimInput, lead = OPENING_ADVERBIAL): boolean {
  const { text, lex } = input;
  const ix = tokenIndex(text, lex.lang);
  // Past a header line under the title, unless no word may come before the first person.
  const s = input.sentences.filter((x) => !x.title).slice(0, 4).find((x) => lead === 0 || !headerLine(text, lex, x));
  if (!s) return false;
  const opens = (re: RegExp | null | undefined) => { const m = re ? execFrom(re, text.slice(s.start, s.end)) : null; return !!m && (m.index === 0 || (ix.count(s.start, s.start + m.index) <= lead && !/[«“„「『"]/u.test(text.slice(s.start, s.start + m.index)))); };
  return opens(lex.selfRefs) || opens(lex.selfSay) || opens(lex.selfPossessives);
}

/** A header line under the title ("@handle | 10 May 2022", "Threat Research | date"): a short line of fields, no sentence. */
function headerLine(text: string, lex: ClaimInput['lex'], x: { start: number; end: number }): boolean {
  const from = text.lastIndexOf('\n', x.start - 1) + 1;
  const nl = text.indexOf('\n', x.start);
  const to = nl < 0 ? text.length : nl;
  const line = text.slice(from, to).trim();
  return line.includes('|') && !/[.!?。]$/u.test(line) && tokenIndex(text, lex.lang).count(from, to) <= HEADER_WORDS;
}

/** Cues by which a body named in the opening speaks, and the words between the body and its verb. */
const SPEAKING = ['say', 'warn', 'accuse', 'blame', 'pointsTo'] as const;
const SPEAK_REACH = 2;
const QUOTED = /[«“„「『"][^»”」』"]*[»”」』"]/gu;
const QUOTE_OPEN = /[«“„「『"]/u;
const ANY_QUOTE = /[«»“”„「」『』"]/u;
/** Body sentences from the first one where a first-person post names itself in the third person. */
const OPENING_SENTENCES = 4;

/**
 * A post whose opening speaks in the first person ("Over the past year our teams investigated ...") and names
 * its author in the third person as a clause's subject in the same opening ("..., Velmora assesses that ...",
 * "..., Velmora estime que ...", "..., Velmora считает, что ..."): that body, when it is the only one the
 * opening so names. A body cited through a source marker ("according to Velmora", "as reported by Velmora")
 * or named inside a clause (not at its start) is no author; nor are several.
 */
function selfNamingOpening(input: ClaimInput, known: Party[]): Resolved | undefined {
  const { text, lex } = input;
  // Outside quotations: a news story quoting a body's "we" is not that body's post.
  const says = (a: number, b: number) => { const t = text.slice(a, b).replace(QUOTED, ' '); return matches(lex.selfRefs, t) || matches(lex.selfSay, t); };
  const body = input.sentences.filter((x) => !x.title).slice(0, OPENING_SENTENCES);
  // The opening: the first paragraph among those sentences that speaks in the first person.
  const first = body.find((x) => says(x.start, x.end));
  if (!first) return undefined;
  const paraStart = text.lastIndexOf('\n\n', first.start) + 1;
  const paraEnd = text.indexOf('\n\n', first.start);
  const opening = input.sentences.filter((x) => !x.title && x.start >= paraStart && (paraEnd < 0 || x.end <= paraEnd));
  const ix = tokenIndex(text, lex.lang);
  const names = new Set<string>();
  for (const s of opening) {
    for (const q of known) {
      if (q.start < s.start || q.end > s.end || q.kind !== 'organization' || q.country || !q.value || !plausibleParty(lex, q)) continue;
      const before = text.slice(s.start, q.start);
      // The clause opens on the body: the sentence's start, or right after a comma.
      const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
      if (ix.count(s.start + clauseStart + 1, q.start) > 0 || before.replace(QUOTED, ' ').search(QUOTE_OPEN) >= 0) continue;
      if (lex.sourceBefore && markerEndsAt(lex.sourceBefore, before)) continue;
      // The body speaks: a saying, assessing or warning verb right after it ("Velmora assesses that ...").
      // Nothing but words between them: no punctuation ("Reporter: The US says ..."), no other party.
      const speaks = SPEAKING.some((c) => {
        const m = lex[c] ? execFrom(lex[c]!, text, q.end) : null;
        return !!m && m.index < s.end && ix.count(q.end, m.index) <= SPEAK_REACH && !/[,.;:!?，。；：！？"“”«»()（）]/u.test(text.slice(q.end, m.index))
          && !known.some((k) => k.start >= q.end && k.end <= m.index);
      });
      // A proper name, not a common noun behind an elided article ("L'agence française a indiqué ...").
      const head = text.slice(q.start, q.end).replace(/^\p{L}['’]/u, '');
      if (/^\p{Ll}/u.test(head)) continue;
      if (speaks) names.add(q.value);
    }
  }
  return names.size === 1 ? { value: [...names][0]!, kind: 'organization' } : undefined;
}

function bylinePublisher(input: ClaimInput, known: Party[]): Resolved | undefined {
  const { text, lex } = input;
  const ix = tokenIndex(text, lex.lang);
  const lines = input.sentences.filter((s) => !s.title).slice(0, 2);
  for (const s of lines) {
    const lineEnd = text.indexOf('\n', s.start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    // A header of fields ("Blog | Section | date | Authors: ...") may run long; a line with a single dash must be short.
    const fields = text.slice(s.start, end).split('|').length;
    // A line that is only a name under the title ("Centre canadien pour la cybersécurité"): short, no sentence ends in it.
    const nameLine = s === lines[0] && ix.count(s.start, end) <= BYLINE_WORDS && !/[.!?。:;：]\s*$/u.test(text.slice(s.start, end));
    if ((ix.count(s.start, end) > BYLINE_WORDS && fields < 3) || (!/[|·•—–]/u.test(text.slice(s.start, end)) && !nameLine)) continue;
    // "April 15, 2021 | Washington": a date is no publisher.
    const inLine = known.filter((q) => q.start >= s.start && q.end <= end && ix.count(s.start, q.start) <= BYLINE_WORDS && q.kind === 'organization' && plausibleParty(lex, q) && !writerByline(text, lex, s.start, q));
    // "Blog name by X", "WeLiveSecurity par X", "Blog von X": the body after the agent marker publishes the blog.
    // Else a known research source ("Team name (UNIT), Vendor") over a section or unit named before it.
    const agent = inLine.find((q) => lex.agentMarkers && markerEndsAt(lex.agentMarkers, text.slice(s.start, q.start)));
    const p = agent ?? inLine.find((q) => SOURCE_NAMES.has(q.value!)) ?? inLine[0];
    if (!p?.value) continue;
    if (p.country) return { value: p.country, kind: 'state' };
    if (agent || SOURCE_NAMES.has(p.value)) return { value: p.value, kind: 'organization' };
    // A blog's or a section's name ("WeLiveSecurity", "Threat Research"): the research source the text
    // opens with publishes it; a name made of the text's own common words ("threat", "news") is none.
    const opener = openingSource(input, known, end);
    if (opener) return opener;
    if (sectionName(text, lex, p)) return undefined;
    return { value: p.value, kind: 'organization' };
  }
  return undefined;
}

/**
 * The state a title names as the text's author: a statement's title ("Statement by the X Ministry of Defence") or a
 * title's head naming a state body over its own telling (titled-body.ts). Not a byline's outlet.
 */
export function titlePublisher(input: ClaimInput, known: Party[]): Resolved | undefined {
  const p = statementAuthor(input, known) ?? titledBody(input, known);
  return p?.kind === 'state' ? p : undefined;
}

/**
 * A title that opens with a statement word (or, head-last, closes with one: "……答记者问") names its
 * author first: the first state, body or official in it that is not the place a body sits in.
 */
function statementAuthor(input: ClaimInput, known: Party[]): Resolved | undefined {
  const { text, lex } = input;
  const title = input.sentences.find((s) => s.title);
  const re = lex.statementTitles;
  if (!title || !re) return undefined;
  const ix = tokenIndex(text, lex.lang);
  re.lastIndex = 0;
  let isStatement = false;
  for (let m = re.exec(title.text); m && !isStatement; m = re.exec(title.text)) {
    const start = title.start + m.index;
    const end = start + m[0].length;
    isStatement = ix.count(title.start, start) <= TITLE_LEAD || ix.count(end, title.end) === 0;
  }
  if (!isStatement) return undefined;
  for (const p of known) {
    if (p.start < title.start || p.end > title.end || afterLocative(text, lex, p)) continue;
    if (p.kind === 'country') return { value: p.value!, kind: 'state' };
    if (p.kind === 'organization' && p.country) return { value: p.country, kind: 'state' };
    if (p.kind === 'organization' && plausibleParty(lex, p)) return { value: p.value!, kind: 'organization' };
    if (p.kind === 'person' && p.person?.speaks_for) return { value: p.person.speaks_for, kind: 'state', person: p.person };
  }
  return undefined;
}

/**
 * "Análisis | Por Laura Pardo | 28 de septiembre", "By Jane Doe": a field of the header that opens
 * with the agent marker names the writer, not a publishing body.
 */
function writerByline(text: string, lex: ClaimInput['lex'], lineStart: number, q: Party): boolean {
  const re = lex.agentMarkers;
  if (!re) return false;
  const before = text.slice(lineStart, q.start);
  const field = before.slice(Math.max(-1, ...[...'|·•—–'].map((c) => before.lastIndexOf(c))) + 1);
  const name = text.slice(q.start, q.end);
  const lead = execFrom(re, `${field}${name}`.trimStart());
  if (!lead || lead.index !== 0) return false;
  // "By the X research team", "Par l'équipe de X": the body's team, not a writer.
  const team = lex.bylineTeam;
  if (!team) return true;
  const between = field.trimStart().slice(lead[0].length).trim();
  const rest = text.slice(q.end, q.end + 60);
  const after = rest.slice(0, rest.search(/[|·•—–\n]|$/u)).trim();
  const whole = (s: string) => { const m = s ? execFrom(team, s) : null; return !!m && m.index === 0 && m[0].length === s.length; };
  return !(whole(between) || whole(after));
}

/** Words before the research source that opens a blog's first sentence ("Los investigadores de ESET"). */
const OPENER_LEAD = 3;
/**
 * With no byline, words before the research source that opens the first body sentence ("El equipo de
 * investigación de ESET analizó ...", "Forschende von ESET haben ..."): a vendor's post that opens on its own
 * team's finding and then says "we" is that vendor's.
 */
const OPENER_LEAD_ALONE = 5;

/**
 * A known research source opening the first body sentence after the byline line: the subject of the blog's first finding.
 * A line that is only the post's date ("29 September 2021") is no sentence of the body, nor a dateline ("City, 28 February
 * 2014 – ") words before the subject (dateline.ts), when the sentence so reached, or the next, speaks in the first person
 * plural outside quotation marks ("... a tool which we named X"): a news story opening on a vendor's report after its date
 * ("13 March 2025 | Velmora published a report ...") tells of the vendor in the third person.
 */
function openingSource(input: ClaimInput, known: Party[], bylineEnd: number, lead = OPENER_LEAD): Resolved | undefined {
  const first = input.sentences.find((x) => !x.title && x.start > bylineEnd);
  if (!first) return undefined;
  const s0 = dateLine(input, first) ? input.sentences.find((x) => x.start > first.start) : first;
  if (!s0) return undefined;
  // The sentence splitter may cut a dateline after the day's figure ("City, 28. | February 2014 – ..."): the sentence goes on past it.
  const from = s0.start + datedOpener(input, s0.start);
  const s = input.sentences.find((x) => x.end > from) ?? s0;
  if ((s !== first || from > s.start) && !ownVoiceAt(input, s)) return undefined;
  const ix = tokenIndex(input.text, input.lex.lang);
  const q = known.find((k) => k.start >= from && k.end <= s.end && k.kind === 'organization' && SOURCE_NAMES.has(k.value!));
  // "In May 2024, X's researchers found ...", "В начале июня 2023 года сенсоры X заметили ...": the time the
  // sentence opens on is no word before its subject (opening-time.ts).
  return q?.value && ix.count(q.start >= from ? Math.min(afterOpeningTime(input, from, q.start), q.start) : from, q.start) <= lead ? { value: q.value, kind: 'organization' } : undefined;
}

/**
 * Does the sentence or the one after it (in the same paragraph) speak in the first person plural outside quotation marks?
 * A sentence with a quotation mark left open or closed in it (a quotation running over several sentences) does not count.
 */
function ownVoiceAt(input: ClaimInput, s: { start: number; end: number }): boolean {
  const { text, lex } = input;
  const next = input.sentences.find((x) => x.start >= s.end);
  const own = (x: { start: number; end: number }) => {
    const t = text.slice(x.start, x.end).replace(QUOTED, ' ');
    return !ANY_QUOTE.test(t) && (matches(lex.selfRefs, t) || matches(lex.selfSay, t) || matches(lex.selfPossessives, t));
  };
  return own(s) || (!!next && !text.slice(s.end, next.start).includes('\n\n') && own(next));
}

/**
 * Is the name a heading's common nouns ("Threat", "Live"): no organisation word in it ("Agency",
 * "Ministry"), and every word of it used in lower case elsewhere in the text?
 */
function sectionName(text: string, lex: ClaimInput['lex'], p: Party): boolean {
  const name = text.slice(p.start, p.end);
  if (lex.orgWords && matches(lex.orgWords, name.toLowerCase())) return false;
  const words = name.split(/[^\p{L}]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => w !== w.toLowerCase() && hasLiteral(text, w.toLowerCase(), NO_LETTER_BEFORE, NO_LETTER_AFTER));
}

/** A capitalised word right after a name: the name modifies a product's. */
const PRODUCT_AFTER = /^[ \t]+\p{Lu}/u;

/**
 * The body's opening sentence (past a header line of fields, a dateline in it or not) speaks in the first person
 * plural outside quotation marks and names one research source, its team or its own systems ("City, date – X's
 * analysts have taken apart a tool which, in our view, ...", "Last spring the X team looked into a campaign that we
 * track as ...", "our responders found an intruder on X's build server"): the post is that source's, even when the
 * text names other vendors further on. Not a source cited through a marker ("according to X"), nor one in quotations,
 * nor several in that sentence.
 */
function firstPersonOpening(input: ClaimInput, known: Party[]): Resolved | undefined {
  const { text, lex } = input;
  const s = input.sentences.filter((x) => !x.title).slice(0, 4).find((x) => !headerLine(text, lex, x));
  if (!s) return undefined;
  const unquoted = text.slice(s.start, s.end).replace(QUOTED, ' ');
  if (!matches(lex.selfRefs, unquoted) && !matches(lex.selfSay, unquoted) && !matches(lex.selfPossessives, unquoted)) return undefined;
  const names = new Set<string>();
  for (const q of known) {
    if (q.start < s.start || q.end > s.end || q.kind !== 'organization' || !q.value || !SOURCE_NAMES.has(q.value)) continue;
    const before = text.slice(s.start, q.start);
    if (before.replace(QUOTED, ' ').search(QUOTE_OPEN) >= 0 || (lex.sourceBefore && markerEndsAt(lex.sourceBefore, before))) continue;
    // A source's name before a product's ("X Windows", "X Exchange servers") names the product, not the author.
    if (PRODUCT_AFTER.test(text.slice(q.end, q.end + 40))) continue;
    names.add(q.value);
  }
  return names.size === 1 ? { value: [...names][0]!, kind: 'organization' } : undefined;
}
