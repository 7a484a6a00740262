/**
 * An appeal voiced by a medium rather than by a party ("the sites showed a message in three languages
 * urging Ukrainians to ...", "tin tặc đã gửi 15.000 tin nhắn tới người dân, kêu gọi trả thù", "display boards ...
 * urged passengers to ...", "сообщение, призывающее украинцев ..."): what the attackers or the hit systems
 * displayed, not a claim of a party named nearby. The medium (lexicon `messageNouns`) stands a few words before
 * the cue in its sentence, with no punctuation that ends a clause of its own, no other stance verb, and no body,
 * person or pronoun between them that could be the cue's subject (a state named there is the audience or a place).
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue } from '../frame.ts';
import { execAll } from '../../lexicons/index.ts';

/** Words between the medium and the verb of appeal it voices. */
const MESSAGE_REACH = 14;
const STANCES = new Set(['accuse', 'deny', 'warn', 'callFor', 'confirm']);

export function messageVoiced(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, lex, ix } = ctx;
  if (!lex.messageNouns) return false;
  const lo = f.sentence.start;
  const m = execAll(lex.messageNouns, text.slice(lo, cue.start)).at(-1);
  if (!m) return false;
  const end = lo + m.index + m[0].length;
  if (ix.count(end, cue.start) > MESSAGE_REACH || /[.;:!?。；：！？]/u.test(text.slice(end, cue.start))) return false;
  if (f.cues.some((c) => c !== cue && STANCES.has(c.cat) && c.start >= end && c.end <= cue.start)) return false;
  return !f.parties.some((p) => p.start >= end && p.end <= cue.start && p.kind !== 'country');
}
