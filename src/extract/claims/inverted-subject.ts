/**
 * A speech verb followed by its subject (inversion): "Как сообщила компания X, ...", "Об этом сообщили X и Y",
 * "Como informó la empresa X, ...", "Comme l'a indiqué la société X, ...". The subject is the first named party
 * within a few words after the verb, with no clause punctuation between (a parenthetical of the profile set off by
 * commas aside). A word of the profile that opens the verb's object or complement between the verb and the party
 * ("заявил о причастности X", "informó sobre X", "sind Systeme in X bekannt") makes the party what is told, not who
 * tells it. Only profiles that list
 * those words invert this way.
 */
import { tokenIndex } from '../tokens.ts';
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { Span } from '../types.ts';
import type { Party } from './frame.ts';
import { matches } from './text.ts';
import { governmentSeat, ownsAccusation } from './parties.ts';
import { adverbialWords, withoutAdverbials } from './verb-gap.ts';

/** Max words between a speech verb and its subject after it ("сообщил представитель пресс-службы X"). */
const SUBJECT_AFTER_REACH = 4;
/** Max words between a role word after the verb and the body it belongs to ("представитель пресс-службы X"). */
const OWNER_REACH = 2;

/** The named party a speech verb takes as its subject after it, if any. */
export function subjectAfter(text: string, lex: CompiledLexicon, parties: Party[], c: Span, audience: (q: Party) => boolean): Party | undefined {
  if (!lex.sayObjectWords) return undefined;
  const ix = tokenIndex(text, lex.lang);
  const first = parties.find((p) => p.start >= c.end);
  if (!first || first.kind === 'pronoun' || first.kind === 'self') return undefined;
  // A role word and the body it belongs to ("представитель СБУ", "un portavoz del Gobierno"): the body speaks; a role
  // word alone ("сообщили в компании", "la empresa") points back to the body named before.
  const owner = first.kind === 'backref' ? parties.find((p) => p.start >= first.end && p.kind !== 'backref' && ix.count(first.end, p.start) <= OWNER_REACH && !/[,;:.!?]/u.test(text.slice(first.end, p.start))) : undefined;
  // "teilte die Regierung in Oslo mit": a government noun and the locative before its seat are the subject's words, no object.
  const q = owner ?? first;
  const seat = governmentSeat(text, lex, q) && ix.count(c.end, q.start) <= SUBJECT_AFTER_REACH + 1;
  if (ownsAccusation(text, lex, q, c.start)) return undefined;
  if (seat) return /[,;:.!?"“”«»„()]/u.test(text.slice(c.end, q.start)) || audience(q) ? undefined : q;
  const gap = text.slice(c.end, q.start);
  const bare = withoutAsides(lex, gap);
  // "las rechazó de plano el Gobierno": a short adverbial of the profile opens no object (verb-gap.ts).
  if (matches(lex.sayObjectWords, withoutAdverbials(lex, bare))) return undefined;
  if (/[,;:.!?"“”«»„()]/u.test(bare)) return undefined;
  // The parenthetical's words do not count toward the reach, nor do the adverbials'.
  const asideWords = (gap.match(/\p{L}+/gu)?.length ?? 0) - (bare.match(/\p{L}+/gu)?.length ?? 0);
  if (ix.count(c.end, q.start) - asideWords - adverbialWords(text, lex, ix, c.end, q.start) > SUBJECT_AFTER_REACH) return undefined;
  return audience(q) ? undefined : q;
}

/** The gap without a parenthetical set off by commas (", в частности,"). */
function withoutAsides(lex: CompiledLexicon, gap: string): string {
  const re = lex.inversionAsides;
  if (!re || !/[,]/u.test(gap)) return gap;
  const g = new RegExp(`,\\s*(?:${re.source})\\s*,`, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return gap.replace(g, ' ');
}
