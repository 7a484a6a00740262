/**
 * An impersonal speech verb after the words it reports, with the body that speaks named only in the place phrase
 * closing the sentence: "..., заявили в СБУ", "..., сообщили во вторник в Microsoft", "..., hieß es aus dem
 * Auswärtigen Amt", "..., señalaron desde la cancillería sueca", "..., heißt es in dem Bericht", "..., говорится в
 * докладе". Such a verb has no subject of its own (a third person plural, "es heißt", a reflexive passive); the body
 * after a source preposition of the profile (`sourceLocatives`), or the report the words are in (its author,
 * report-author.ts), is whose words they are. It is not a place or an occasion of the speech like "в Москве" or "in
 * einer Mitteilung", which the adjuncts of speech.ts already tell apart: only a body, a report, or a capital that
 * stands for its government ("hieß es aus Regierungskreisen in Berlin") speaks.
 */
import { execAt, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import { tokenIndex } from '../tokens.ts';
import type { Party } from './frame.ts';
import { governmentSeat } from './parties.ts';
import { onlyArticle } from './text.ts';

/** Max words between the verb and the body or report closing the sentence ("заявили во вторник вечером в СБУ"). */
const PLACE_REACH = 8;
/** Words between a source preposition and the body's name: an article, or the body's noun and its modifiers ("в Службе безопасности Украины"). */
const PREPOSITION_REACH = 4;
/** Words that may follow the body before the sentence ends. */
const AFTER_BODY = 1;

export function locativeSpeaker(text: string, lex: CompiledLexicon, parties: Party[], s: Sentence, verbEnd: number): Party | undefined {
  const ix = tokenIndex(text, lex.lang);
  const after = parties.filter((q) => q.start >= verbEnd && q.end <= s.end);
  // The last party closes the sentence, with no clause punctuation between the verb and it.
  const last = after.at(-1);
  if (!last || ix.count(last.end, s.end) > AFTER_BODY || ix.count(verbEnd, last.start) > PLACE_REACH) return undefined;
  if (/[,;:!?，；：！？"“”«»„]/u.test(text.slice(verbEnd, last.start))) return undefined;
  // A body's name may run over two parties, its state last ("в МИД Швеции"): the state speaks for it. Any other party
  // there, a role word or a pronoun too, is the verb's own subject.
  const head = after.length === 2 && last.kind === 'country' && after[0]!.kind === 'organization' && /^\s+$/u.test(text.slice(after[0]!.end, last.start)) ? after[0]! : last;
  if (after.some((q) => q !== last && q !== head)) return undefined;
  // Only adjuncts of time or occasion may come between the verb and the place phrase: other words are the verb's
  // subject ("dijo un portavoz este jueves en Dinamarca"), and the place is where it spoke.
  const at = pastAdjuncts(text, lex, verbEnd, head.start);
  if (last.kind === 'backref' && last.company === 'report') return at === head.start || sourceAt(lex, text, at, head.start, ix) ? last : undefined;
  if (last.kind !== 'organization' && last.kind !== 'country') return undefined;
  const gap = sourceAt(lex, text, at, head.start, ix);
  if (gap === undefined) return undefined;
  // After the preposition: an article only, a body's noun and its modifiers ("в министерстве иностранных дел Швеции"),
  // or, before a capital, the government's seat ("aus Regierungskreisen in Berlin").
  return onlyArticle(lex, gap) || (lex.organNouns && execFrom(lex.organNouns, gap)) || (last.kind === 'country' && governmentSeat(text, lex, last)) ? last : undefined;
}

/** Where the run of the profile's speech adjuncts that starts at `from` ends ("во вторник", "am Mittwoch"), at most at `to`. */
function pastAdjuncts(text: string, lex: CompiledLexicon, from: number, to: number): number {
  let pos = from;
  const skip = () => { while (pos < to && /\s/u.test(text[pos]!)) pos++; };
  skip();
  const re = lex.speechAdjuncts;
  if (!re) return pos;
  for (let m = execAt(re, text, pos); m && m[0].length > 0 && m.index + m[0].length <= to; m = execAt(re, text, pos)) {
    pos = m.index + m[0].length;
    skip();
  }
  return pos;
}

/**
 * The words between a source preposition of the profile that stands at `at` and the party at `to`, when the
 * preposition is there and at most PREPOSITION_REACH words follow it.
 */
function sourceAt(lex: CompiledLexicon, text: string, at: number, to: number, ix: ReturnType<typeof tokenIndex>): string | undefined {
  const re = lex.sourceLocatives;
  const m = re ? execAt(re, text, at) : null;
  if (!m || m.index + m[0].length > to) return undefined;
  const end = m.index + m[0].length;
  return ix.count(end, to) <= PREPOSITION_REACH ? text.slice(end, to) : undefined;
}
