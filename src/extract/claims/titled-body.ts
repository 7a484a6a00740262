/**
 * A state body's own statement named only in its title: a title of the form "<Body>: <headline>" ("Velmor Ministry of
 * Defence: hackers of X attacked ...", "МИД Велморы: ...", "Bộ Ngoại giao X: ...", "X国家安全部：……") or "<Body> on <topic>"
 * (the profile's `titleTopics`: "Velmor Ministry on the attack", "Ministerium zu den Angriffen"), whose body then tells
 * the matter in its own voice: that body's state publishes the text. The title's head (a few words before the separator)
 * names one state and a body of it (a known organ of the state, or an organ's noun of the profile beside the state's
 * name); a state's name alone ("Velmora: hackers ...") heads a news brief, not a statement.
 *
 * A news report under a quote headline is none: its opening sentence (past header lines of fields, a line that is only a
 * place and a date, a translator's note in brackets) opens on a wire dateline or an agency's credit ("City (Agency) - ",
 * "City, date – ", "（Agency City date）"), tells someone's saying (a verb of saying: "the ministry said on Monday") or
 * cites its source ("according to the ministry"), or names a news outlet.
 */
import { tokenIndex } from '../tokens.ts';
import type { ClaimInput, Party, Resolved } from './frame.ts';
import { matches } from './text.ts';
import { execFrom } from '../lexicons/index.ts';
import { datedOpener } from './dateline.ts';
import { datelineLength } from './parties.ts';
import { NEWS_OUTLET_NAMES } from '../../knowledge/data/news-outlets.ts';

/** Words of a line under the title that is no sentence (a header of fields, a place and a date, a note in brackets). */
const HEADER_WORDS = 14;
/** Body lines before the opening sentence (header lines, a date, a note). */
const HEADER_LINES = 3;
/** What separates a title's body from its headline ("X: ...", "X – ...", "X | ..."). */
const TITLE_SEPARATOR = /\s*[:：|｜]|\s[—–-]\s/u;
/** Words of a title's head naming the body ("Ministry of Foreign Affairs of the Republic of X"). */
const HEAD_WORDS = 9;
/** An agency's credit or a note in brackets opening a sentence ("（中央社记者……）", "(Reuters) -", "[Bản dịch ...]"). */
const BRACKET_OPENER = /^\s*[(（[【]/u;
const QUOTED = /[«“„「『"][^»”」』"]*[»”」』"]/gu;
/** A social-media post's topic tag ("#Announcement#", "#话题#"): a label, no saying of the sentence. */
const TOPIC_TAG = /#[^#\s][^#\n]{0,40}#/gu;

export function titledBody(input: ClaimInput, known: Party[]): Resolved | undefined {
  const { text, lex } = input;
  const title = input.sentences.find((s) => s.title);
  if (!title) return undefined;
  const head = titleHead(input, title);
  if (!head) return undefined;
  // The head names one state, as a known organ of it or as the state beside an organ's noun ("Estonian Ministry of
  // Defence", "МИД Казахстана", "Bộ Ngoại giao Philippines"), and nothing else.
  const inHead = known.filter((q) => q.start >= title.start && q.end <= head);
  const states = new Set(inHead.map((q) => (q.kind === 'country' ? q.value : q.kind === 'organization' ? q.country : undefined)));
  if (inHead.length === 0 || states.size !== 1 || inHead.some((q) => !!q.value && NEWS_OUTLET_NAMES.has(q.value))) return undefined;
  const state = [...states][0];
  if (!state) return undefined;
  const organ = inHead.some((q) => q.kind === 'organization') || matches(lex.organNouns, text.slice(title.start, head));
  if (!organ) return undefined;
  const opening = openingSentence(input, title.end);
  if (!opening) return undefined;
  const s = text.slice(opening.start, opening.end);
  if (datelineLength(s) > 0 || datedOpener(input, opening.start) > 0 || BRACKET_OPENER.test(s)) return undefined;
  const told = s.replace(QUOTED, ' ').replace(TOPIC_TAG, ' ');
  if (matches(lex.say, told) || matches(lex.sourceBefore, told)) return undefined;
  if (known.some((q) => q.start >= title.end && q.end <= opening.end && !!q.value && NEWS_OUTLET_NAMES.has(q.value))) return undefined;
  return { value: state, kind: 'state' };
}

/**
 * Where a title's head ends: before its first separator ("X: ...", "X – ...") or topic word ("X on ..."), when the head
 * is a short name (no more than HEAD_WORDS words).
 */
function titleHead(input: ClaimInput, title: { start: number; end: number }): number | undefined {
  const { text, lex } = input;
  const t = text.slice(title.start, title.end);
  const sep = TITLE_SEPARATOR.exec(t);
  const topic = lex.titleTopics ? execFrom(lex.titleTopics, t) : null;
  const at = Math.min(sep ? sep.index : Infinity, topic && topic.index > 0 ? topic.index : Infinity);
  if (!Number.isFinite(at) || at === 0) return undefined;
  const end = title.start + at;
  return tokenIndex(text, lex.lang).count(title.start, end) <= HEAD_WORDS ? end : undefined;
}

/** The body's first sentence past the lines under the title that are no sentence (short, no closing punctuation, or bracketed). */
function openingSentence(input: ClaimInput, titleEnd: number): { start: number; end: number } | undefined {
  const { text, lex } = input;
  const ix = tokenIndex(text, lex.lang);
  const body = input.sentences.filter((x) => !x.title && x.start >= titleEnd);
  let skipped = 0;
  for (const x of body) {
    const nl = text.indexOf('\n', x.start);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(x.start, lineEnd).trim();
    const header = /^[[(（【].*[\])）】]$/u.test(line) || (ix.count(x.start, lineEnd) <= HEADER_WORDS && !/[.!?。！？]$/u.test(line));
    if (!header) return x;
    if (++skipped > HEADER_LINES) return undefined;
  }
  return undefined;
}
