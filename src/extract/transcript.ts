/**
 * Speaker labels of transcripts ("Lin Jian: ...", "Wang Wenbin：...", "AFP: ..."): a short name
 * and a colon opening a paragraph. The labelled speaker speaks every sentence of the paragraph and
 * of the unlabelled paragraphs after it, until the next label.
 */
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';

/** Longest label, in words: a name or an outlet, not a clause ending in a colon. */
const MAX_LABEL_WORDS = 4;
/** Initials may open the name ("М.В.Захарова", "J. Smith"). */
const LABEL = /^\s*((?:\p{Lu}\.[ \t]?){0,3}[^\s:：,，.。;；!?！？"“”«»]{1,40}(?:[ \t][^\s:：,，.。;；!?！？"“”«»]{1,40}){0,3})\s*[:：]\s*\S/u;

export interface SpeakerLabel extends Span {
  name: string;
}

/** The label opening this sentence when it is the first of its paragraph. */
export function speakerLabel(s: Sentence, previous: Sentence | undefined): SpeakerLabel | undefined {
  if (previous && previous.paragraph === s.paragraph) return undefined;
  const m = LABEL.exec(s.text);
  if (!m || !m[1]) return undefined;
  const name = m[1];
  if (name.split(/\s+/u).length > MAX_LABEL_WORDS) return undefined;
  // A name starts with a capital or is written in a script without case.
  if (!/^(?:\p{Lu}|\p{Lo})/u.test(name)) return undefined;
  const start = s.start + m.index + m[0].indexOf(name);
  return { name, start, end: start + name.length };
}
