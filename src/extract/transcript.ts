/**
 * Speaker labels of transcripts ("Lin Jian: ...", "Wang Wenbin：...", "AFP: ..."): a short name
 * and a colon opening a paragraph. The labelled speaker speaks every sentence of the paragraph and
 * of the unlabelled paragraphs after it, until the next label.
 */
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';

/** Longest label, in words: a name or an outlet, not a clause ending in a colon. */
const MAX_LABEL_WORDS = 4;
/**
 * Initials may open the name ("М.В.Захарова", "J. Smith"), and so may a title's abbreviation ("MS. X", "Dr. Y",
 * "Sra. Z").
 */
const LABEL = /^\s*((?:\p{Lu}\p{L}{1,3}\.[ \t])?(?:\p{Lu}\.[ \t]?){0,3}[^\s:：,，.。;；!?！？"“”«»]{1,40}(?:[ \t][^\s:：,，.。;；!?！？"“”«»]{1,40}){0,3})\s*[:：]\s*\S/u;

/**
 * A label whose name carries an aside: a bracket after the name (an office, a constituency and party, a
 * channel: "X (Deputy Prime Minister):", "Y (per Telegram):"), and after it a short phrase set off by a comma
 * ("X (@handle), zitiert:", "Z (…, Con), one of the MPs targeted:"); or an office in capitals set off by a comma, as
 * government transcripts write it ("JANE DOE, MINISTER FOR HOME AFFAIRS:").
 */
const ASIDE_LABEL = /^\s*((?:\p{Lu}\p{L}{1,3}\.[ \t])?(?:\p{Lu}\.[ \t]?){0,3}[^\s:：,，.。;；!?！？"“”«»()（）]{1,40}(?:[ \t][^\s:：,，.。;；!?！？"“”«»()（）]{1,40}){0,3})(\s*[(（][^()（）\n:：]{1,120}[)）](?:[,，][ \t]*[^\n,，:：.。;；!?！？"“”«»()（）]{1,60})?|[,，][ \t]*\p{Lu}[\p{Lu}\p{N} \t'’&,-]{2,100})\s*[:：]\s*\S/u;

/**
 * A label in capitals may put the speaker's title before a name of the longest length ("PRESIDENTA JANE ANN DOE
 * SMITH:"), as government transcripts write it: one word more.
 */
const CAPS_TITLE_WORDS = 1;
const CAPS_LABEL = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ \t]\p{Lu}[\p{Lu}\p{M}.'’-]*){4})\s*[:：]\s*\S/u;

export interface SpeakerLabel extends Span {
  name: string;
}

/**
 * The label opening this sentence when it is the first of its paragraph. With `asides`, also a label whose
 * name carries a bracketed aside too long for a plain label: it names who speaks the paragraph, but
 * (unlike a questioner's label) it opens no new topic: a member's turn in a debate, a reply in a thread
 * of statements go on with what was under discussion (topics.ts reads labels without asides).
 */
export function speakerLabel(s: Sentence, previous: Sentence | undefined, options: { asides?: boolean } = {}): SpeakerLabel | undefined {
  if (previous && previous.paragraph === s.paragraph) return undefined;
  const plain = labelOf(s, LABEL.exec(s.text)) ?? labelOf(s, CAPS_LABEL.exec(s.text), MAX_LABEL_WORDS + CAPS_TITLE_WORDS);
  if (plain || !options.asides) return plain;
  return labelOf(s, ASIDE_LABEL.exec(s.text));
}

function labelOf(s: Sentence, m: RegExpExecArray | null, maxWords = MAX_LABEL_WORDS): SpeakerLabel | undefined {
  if (!m || !m[1]) return undefined;
  const name = m[1];
  if (name.split(/\s+/u).length > maxWords) return undefined;
  // A name starts with a capital or is written in a script without case.
  if (!/^(?:\p{Lu}|\p{Lo})/u.test(name)) return undefined;
  // "Stand: 16.01.2022", "Última actualización: 19 ago 2024", "Дата: 01.06.2023": a header field whose value is a date,
  // a time or a number opens no one's turn.
  if (/^\s*[:：]\s*\d/u.test(s.text.slice(m.index + m[0].indexOf(name) + name.length + (m[2]?.length ?? 0)))) return undefined;
  const start = s.start + m.index + m[0].indexOf(name);
  // The span covers the aside (its parties are the label's too); the name is the bare name.
  return { name, start, end: start + name.length + (m[2]?.length ?? 0) };
}
