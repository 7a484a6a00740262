/**
 * A state named in the adverbial that opens a sentence, after the place preposition of the profile (`scene`) inside
 * a phrase of time or occasion before the subject: "After the incident in X, the ministry said ...", "Sau vụ việc ở X,
 * Bộ ... cho rằng", "Après l'incident en X, le ministère ...", "Nach dem Vorfall in X erklärte das Ministerium ...",
 * "Tras el incidente en X, el Departamento ...". It is where something happened, the setting of what the sentence
 * tells: no speaker, nor a member of the speaker's list, nor a party of the claims. Only such a phrase: the sentence must
 * open with a preposition of time or occasion of the profile (`placeLeads`) and a noun after it before the place
 * ("In X, the government said" opens with the place itself, which may be the speaker's own), no party or cue before it, and the phrase must close (a comma, or the finite verb a cue stands for)
 * before another party that can speak.
 */
import { execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Cue, Party } from './frame.ts';
import { onlyArticle } from './text.ts';
import { tokenIndex } from '../tokens.ts';

/** Words before the place within which its preposition is looked for (a preposition and an article). */
const MARKER_REACH = 3;

/** The state that the sentence's opening adverbial names as a place, if any. */
export function leadingPlace(text: string, lex: CompiledLexicon, s: Sentence, parties: Party[], cues: Cue[]): Party | undefined {
  const re = lex.scene;
  const lead = lex.placeLeads;
  const p = parties[0];
  if (!re || !lead || !p || p.kind !== 'country' || cues.some((c) => c.start < p.start)) return undefined;
  const ix = tokenIndex(text, lex.lang);
  const from = Math.max(s.start, ix.before(p.start, MARKER_REACH));
  let marker: RegExpExecArray | null = null;
  for (let m = execFrom(re, text.slice(from, p.start)); m; m = execFrom(re, text.slice(from, p.start), m.index + (m[0].length || 1))) {
    if (onlyArticle(lex, text.slice(from + m.index + m[0].length, p.start))) { marker = m; break; }
  }
  if (!marker) return undefined;
  // Words of the phrase's head before the preposition ("after the incident"), none a clause break.
  const head = text.slice(s.start, from + marker.index);
  if (/[,;:，；：]/u.test(head)) return undefined;
  const opens = execFrom(lead, head);
  if (!opens || /[\p{L}\p{N}]/u.test(head.slice(0, opens.index)) || !/\p{L}/u.test(head.slice(opens.index + opens[0].length))) return undefined;
  // The phrase closes right after the place: a comma, or the verb that precedes the subject.
  const next = parties[1];
  if (!next) return undefined;
  const rest = text.slice(p.end, next.start);
  const closed = /^\s*[,，]/u.test(rest) || cues.some((c) => c.start >= p.end && c.end <= next.start && /^\s*$/u.test(text.slice(p.end, c.start)));
  return closed ? p : undefined;
}
