/**
 * A sentence that opens with a speech verb and has no subject of its own: in subject-dropping
 * languages, and in a verb coordinated across a sentence break, its speaker is whoever spoke the
 * sentence right before ("X dijo que ... . Añadió que ...", "X заявил ... . Добавил также, что ...",
 * "X表示……。并表示，……", "X cho biết ... . Cho biết thêm, ..."). The verb opens the sentence (a
 * continuation word or a conjunction may come before it) and its words follow it at once: a
 * complementizer or a comma right after it, or after one word ("Заявил также, что"). A subject after
 * the verb ("Añadió el ministro que ...") is read by the speech frame itself; a question asks, it does
 * not state.
 */
import type { ClaimContext } from './context.ts';
import type { Cue, Party } from './frame.ts';
import type { Sentence } from '../segment.ts';
import { whole } from './text.ts';

/** Words between the speech verb and the opening of its words ("также", "además", "thêm"). */
const OPENING_REACH = 1;

/** Quotation marks, dashes and bullets that may stand before the verb. */
const LEAD_MARKS = /^[\s"'“”‘’«»„「」『』()（）\-–—•*]*/u;

export function opensWithSpeech(ctx: ClaimContext, s: Sentence, parties: Party[], cues: Cue[]): boolean {
  const { text, lex, ix } = ctx;
  const first = cues[0];
  if (!first || first.cat !== 'say') return false;
  if (/[?？][\s"'”’»」』)）]*$/u.test(s.text)) return false;
  // Nothing before the verb but marks, a continuation word or a conjunction ("Y añadió", "并表示", "И добавил").
  const lead = text.slice(s.start, first.start).replace(LEAD_MARKS, '').trim();
  if (lead && !whole(lex.continuation, lead) && !whole(lex.verbJoin, lead)) return false;
  if (parties.some((p) => p.start < first.end)) return false;
  // The words follow the verb at once: a complementizer, a comma or a colon, at most one word after it ("Añaden que",
  // "Заявил также, что", "Cho biết thêm,"); no party between (the subject after the verb: "Añadió el ministro que").
  const upTo = Math.min(ix.after(first.end, OPENING_REACH + 1), s.end);
  const opener = openerIn(ctx, first.end, upTo);
  // A profile with no complementizers (zh, vi) lets the words follow the verb with nothing between ("并表示俄方……").
  if (opener === undefined) return !lex.complementizers;
  return !parties.some((p) => p.start >= first.end && p.start < opener);
}

/** Where the words open in [from, to): a comma or a colon, else a complementizer of the profile. */
function openerIn(ctx: ClaimContext, from: number, to: number): number | undefined {
  const gap = ctx.text.slice(from, to);
  const punct = /[,:，：]/u.exec(gap);
  if (punct) return from + punct.index;
  const re = ctx.lex.complementizers;
  if (!re) return undefined;
  for (const w of gap.matchAll(/\p{L}+/gu)) if (whole(re, w[0])) return from + w.index;
  return undefined;
}
