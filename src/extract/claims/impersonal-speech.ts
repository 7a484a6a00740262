/**
 * Impersonal reported speech: a speech verb with no subject of its own (the profile's `impersonalSay`: an expletive,
 * an impersonal pronoun, a reflexive or impersonal passive) told right after the words it reports ("…, hieß es",
 * "…, говорится", "…, dit-on", "…, se informó", "…, it was said") or opening the sentence before them ("Сообщается, что
 * …", "Según se informó, …"). No party of the sentence speaks such words: a party before the verb is inside the words
 * it reports, one after it opens them. Only a body named after a trailing verb speaks ("…, hieß es aus dem Ministerium",
 * "…, indique-t-on au ministère"), or one in the place phrase closing a sentence the verb opens (locative-speaker.ts);
 * else the words are those of the source the paragraph relays at that point (`relayedSource`), or nobody's.
 *
 * A verb told after a source phrase of its own ("In der Warnung der Behörde heißt es, …", "В заявлении министерства
 * говорится, что …") is no such tag: its speaker stands before it, read as for any other verb.
 */
import { execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Span } from '../types.ts';
import type { ClaimContext } from './context.ts';
import { sentenceParties } from './parties.ts';
import { matches } from './text.ts';
import type { Cue, Party, Resolved } from './frame.ts';

/** The words the verb tags end right before it: a comma, a dash, or a closing quotation mark. */
const TAG_LEAD = /[,，;»”“"—–-]\s*$/u;
/** Nothing but quotation marks and spaces before the verb: it opens the sentence. */
const OPENING_LEAD = /^[\s«»“”„"'‘’—–-]*$/u;

/** An impersonal speech verb, `trailing` the words it reports (else opening the sentence before them). */
export interface ImpersonalVerb extends Span {
  trailing: boolean;
}

/**
 * The impersonal speech verb that the cue `c` is or opens ("según" before "se informó"), when it tags the words
 * before it or opens the sentence; undefined for any other cue.
 */
export function impersonalTag(text: string, lex: CompiledLexicon, s: Sentence, c: Cue, cues: Cue[]): ImpersonalVerb | undefined {
  const re = lex.impersonalSay;
  if (!re) return undefined;
  // "según se informó": a source marker with no source of its own, the impersonal verb right after it.
  const verb = c.cat === 'say' ? c : c.cat === 'sourceBefore' ? cues.find((o) => o.cat === 'say' && o.start >= c.end) : undefined;
  const m = verb && impersonalAround(text, re, s, verb);
  if (!m || (c.cat === 'sourceBefore' && /\S/u.test(text.slice(c.end, m.start)))) return undefined;
  const lead = text.slice(s.start, Math.min(c.start, m.start));
  if (OPENING_LEAD.test(lead)) return { ...m, trailing: false };
  return TAG_LEAD.test(lead) ? { ...m, trailing: true } : undefined;
}

/** The match of the profile's impersonal verbs in the sentence that covers the cue ("se informó" over "informó"). */
function impersonalAround(text: string, re: RegExp, s: Sentence, verb: Span): Span | undefined {
  const t = text.slice(s.start, s.end);
  for (let m = execFrom(re, t); m; m = execFrom(re, t, m.index + (m[0].length || 1))) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (start >= verb.end) return undefined;
    if (end > verb.start && m[0].length > 0) return { start, end };
  }
  return undefined;
}

/** Words before the party that opens the sentence before ("Die Forscher", "Die Sicherheitsfirma X"). */
const OPENING_WORDS = 3;

/**
 * The source the text relays at sentence `si`: the speaker of the nearest sentence before it in the same paragraph that
 * has one; else the party opening the sentence right before, when it is the researchers or the report of a body ("Die
 * Forscher fanden …"), or a body or state telling of a report ("X hat einen Bericht vorgelegt."). A party that opens a
 * sentence telling of no report ("Die Regierung äußerte sich nicht.") is no source.
 */
export function relayedSource(ctx: ClaimContext, si: number, marker: Span): { party: Party; resolved: Resolved } | undefined {
  const { sentences } = ctx.input;
  const s = sentences[si]!;
  const sameParagraph = (j: number) => j >= 0 && !sentences[j]!.title && sentences[j]!.paragraph === s.paragraph;
  for (let j = si - 1; sameParagraph(j); j--) {
    const spoken = ctx.discourse.speakerOf(j);
    if (spoken) return { party: { start: marker.start, end: marker.end, kind: 'backref', company: 'report' }, resolved: spoken };
  }
  if (!sameParagraph(si - 1)) return undefined;
  const prev = sentences[si - 1]!;
  const opening = sentenceParties(ctx.input, prev, ctx.known).filter((p) => ctx.ix.count(prev.start, p.start) <= OPENING_WORDS).sort((a, b) => a.start - b.start)[0];
  if (!opening) return undefined;
  const researchers = opening.kind === 'backref' && (opening.company === 'staff' || opening.company === 'report');
  const publisher = (opening.kind === 'organization' || opening.kind === 'country') && matches(ctx.lex.reportNouns, prev.text);
  const resolved = researchers || publisher ? ctx.resolve(opening, si - 1) : undefined;
  return resolved ? { party: opening, resolved } : undefined;
}
