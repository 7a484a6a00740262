/**
 * An impersonal report of a body's statement: the body named only in the source phrase that opens the clause, the
 * verb after it a third person plural with no subject of its own (the profile's `subjectlessPlural`: "В <body>
 * заявили / предупредили / подтвердили, что …", "En <body> advirtieron que …"). The body in the place phrase is the
 * one that speaks, not a place where someone else acts ("prosecutors in Brno said", "хакеры в Microsoft заявили"):
 * nothing but a closed-class word may open the clause before the phrase, and only adverbs, a relative clause set off
 * by commas ("В <body>, который …, сообщили"), or an earlier predicate of the same subjectless verb joined by a
 * coordinator ("В <body> не стали …, но предупредили") stand between the body and the verb. German and French tell
 * the same report with an impersonal pronoun after a preposition their profiles count as closed-class words ("Bei
 * <body> warnte man", "Chez <body>, on confirme"), which then opens no name of its own.
 */
import { execAt, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import { tokenIndex } from '../tokens.ts';
import type { Span } from '../types.ts';
import type { Party } from './frame.ts';
import { onlyArticle, whole } from './text.ts';

/** Words that may open the clause before the source phrase: adverbs or conjunctions ("Тогда", "Однако тогда", "Además"). */
const OPENER_WORDS = 2;
/** Words between the source preposition and the body's name: an article, or the body's noun ("в компании", "en la empresa"). */
const PREPOSITION_REACH = 3;
/** Adverbs between the body and the verb ("В <body> тогда подтвердили", "В <body> также отметили"). */
const ADVERB_WORDS = 2;
/** Words a relative clause between the body and the verb may run. */
const RELATIVE_REACH = 14;

/** A word at `at`: letters, marks and inner hyphens. */
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/uy;

function wordAt(text: string, at: number): Span | undefined {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m ? { start: at, end: at + m[0].length } : undefined;
}

/**
 * Is `p` the body named in a source phrase that opens the clause starting at `from`, whose verb, starting at `verb`,
 * has no subject of its own? `parties` are the clause's parties: none but `p` may stand between the clause's start and the verb.
 */
export function openingSource(text: string, lex: CompiledLexicon, parties: Party[], p: Span, verb: number, from: number): boolean {
  const re = lex.sourceLocatives;
  if (!re || p.start < from || p.end > verb) return false;
  if (parties.some((q) => q !== p && q.end > from && q.start < verb && (q.end <= p.start || q.start >= p.end))) return false;
  const ix = tokenIndex(text, lex.lang);
  // The source preposition, after at most an adverb opening the clause, with only an article or an organ noun before the body.
  const lead = text.slice(from, p.start);
  let opened = false;
  for (let m = execFrom(re, lead); m && !opened; m = execFrom(re, lead, m.index + (m[0].length || 1))) {
    const at = from + m.index;
    const end = at + m[0].length;
    if (!openerOnly(text, lex, from, at) || ix.count(end, p.start) > PREPOSITION_REACH) continue;
    const gap = text.slice(end, p.start);
    opened = onlyArticle(lex, gap) || (!!lex.organNouns && !!execAt(lex.organNouns, gap.trimStart(), 0));
    // "в ЦИК": a state body's common reference (`stateBodyRefs`) speaks for its state (state-body.ts), never as an organisation.
    if (opened && whole(lex.stateBodyRefs, text.slice(at, p.end))) return false;
  }
  if (!opened) return false;
  return betweenBodyAndVerb(text, lex, p.end, verb) && subjectless(text, lex, verb);
}

/** Nothing before the source preposition but at most OPENER_WORDS words of the profile's `closedClass` ("Тогда", "Además,"). */
function openerOnly(text: string, lex: CompiledLexicon, from: number, to: number): boolean {
  const lead = text.slice(from, to);
  if (/[;:!?.]/u.test(lead)) return false;
  const words = lead.match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.length <= OPENER_WORDS && words.every((w) => whole(lex.closedClass, w));
}

/** Only adverbs, or a relative clause set off by commas, between the body and the verb. */
function betweenBodyAndVerb(text: string, lex: CompiledLexicon, from: number, to: number): boolean {
  const ix = tokenIndex(text, lex.lang);
  const gap = text.slice(from, to);
  if (!/[,;:!?()«»“”"]/u.test(gap) && ix.count(from, to) <= ADVERB_WORDS) return true;
  if (ix.count(from, to) > RELATIVE_REACH) return false;
  // "В <body>, который …, сообщили": the relative pronoun right after the comma, a comma right before the verb.
  const rel = /^\s*,\s*/u.exec(gap);
  if (rel && /,\s*$/u.test(gap) && lex.relativePronouns && execAt(lex.relativePronouns, gap, rel[0].length)) return true;
  return coordinated(text, lex, from, to);
}

/**
 * "В <body> не стали … , но предупредили": an earlier predicate of the same subjectless plural, joined to the verb by
 * a coordinator of the profile's `verbJoin`; its verb comes first after the body, after a negation or a closed-class word.
 */
function coordinated(text: string, lex: CompiledLexicon, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  const join = /[,\s]([\p{L}\p{M}]+)\s+$/u.exec(gap);
  if (!join || !whole(lex.verbJoin, join[1]!)) return false;
  // The earlier verb first after the body, after a negation or an adverb only ("не стали", "тогда изучили").
  const words = [...gap.matchAll(/[\p{L}\p{M}]+/gu)].slice(0, ADVERB_WORDS + 1).map((w) => w[0]);
  const first = words.findIndex((w) => whole(lex.subjectlessPlural, w));
  return first >= 0 && words.slice(0, first).every((w) => whole(lex.negation, w) || whole(lex.closedClass, w));
}

/** The verb at `verb` has no subject of its own: a third person plural form of the profile's `subjectlessPlural` ("заявили", "advirtieron"). */
function subjectless(text: string, lex: CompiledLexicon, verb: number): boolean {
  const w = wordAt(text, verb);
  return !!w && whole(lex.subjectlessPlural, text.slice(w.start, w.end));
}
