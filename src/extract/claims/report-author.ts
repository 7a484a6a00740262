/**
 * A report as the one who speaks ("The report said ...", "Le rapport estime ...", "报告认为…", "В докладе
 * говорится ..."): its author is the party that opens the sentence where the report was first named ("Velmora
 * Labs published a report on the CIA": Velmora Labs, not the CIA it is about), within REPORT_REACH sentences
 * before; the same sentence counts when the report is named before the reference. A report named with its
 * authors after an agent marker ("a report released by X and Y", "un rapport publié par X") is theirs.
 * `reportAuthors` gives every author the text lists as issuing it ("X and Y published a report": both). A state
 * that premodifies the organisation heading its phrase ("the US security firm X published a report", "un rapport
 * publié par la société israélienne X") tells where the author sits: the organisation wrote it (state-premodifier.ts).
 */
import { execAll, execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import { tokenIndex, type TokenIndex } from '../tokens.ts';
import type { Party } from './frame.ts';
import { datelineLength, joinedParties, plausibleParty } from './parties.ts';
import { premodifiedHead } from './state-premodifier.ts';

/** Sentences back within which the report was named. */
const REPORT_REACH = 6;
/** Words between the report's noun and the agent marker naming its authors ("a report released on Tuesday by X"). */
const AGENT_REACH = 5;
/** Words between the agent marker and the author ("by the US firm X"). */
const AGENT_TO_AUTHOR = 3;

export function reportAuthor(lex: CompiledLexicon, text: string, known: Party[], sentences: Sentence[], p: Party): Party | undefined {
  return authorOf(lex, text, known, sentences, p)?.author;
}

/** The report's author and every party listed with it as issuing the report ("X and Y published a report", "a report by X and Y"). */
export function reportAuthors(lex: CompiledLexicon, text: string, known: Party[], sentences: Sentence[], p: Party): Party[] {
  const found = authorOf(lex, text, known, sentences, p);
  if (!found) return [];
  const { author, sentence: s } = found;
  const inS = known.filter((q) => q.start >= s.start && q.end <= s.end);
  const ix = tokenIndex(text, lex.lang);
  const head = (q: Party) => premodifiedHead(lex, ix, text, inS, q);
  return [...joinedParties(text, lex, inS, author, -1).map(head), author, ...joinedParties(text, lex, inS, author, 1).map(head)];
}

function authorOf(lex: CompiledLexicon, text: string, known: Party[], sentences: Sentence[], p: Party): { author: Party; sentence: Sentence } | undefined {
  const re = lex.reportNouns;
  if (!re) return undefined;
  const si = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  if (si < 0) return undefined;
  const ix = tokenIndex(text, lex.lang);
  const bodyOrState = (q: Party) => (q.kind === 'organization' || q.kind === 'country') && plausibleParty(lex, q);
  for (let i = si; i >= Math.max(0, si - REPORT_REACH); i--) {
    const s = sentences[i]!;
    const nouns = execAll(re, s.text).filter((m) => s.start + m.index < p.start);
    if (!nouns.length) continue;
    // "a report released on Tuesday by X": the agent after the noun wrote it.
    const agent = agentAfter(lex, ix, known, s, nouns[0]!, bodyOrState);
    if (agent) return { author: agent, sentence: s };
    const first = s.start + nouns[0]!.index;
    // The author opens the sentence: the first state or body before the report's noun.
    // A wire dateline's agency ("新华社北京9月5日电", "WASHINGTON (Reuters) -") is not the sentence's subject.
    const opens = s.start + datelineLength(s.text);
    // ... not a place or a victim named in the words of someone who speaks before it ("The researchers said the
    // campaign hit firms in X, ... that the report did not name").
    // ... not a state that only tells the nationality of the body right after it ("the US firm X", "la société canadienne X", "加拿大网络安全公司X").
    const found = known.find((q) => q.start >= opens && q.end <= first && bodyOrState(q) && !qualifiesNext(ix, text, known, q, first));
    if (found && spokenBefore(lex, s, found)) continue;
    // "美国科技公司X发布报告": the company the state premodifies wrote it.
    const head = found && premodifiedHead(lex, ix, text, known, found);
    const author = head && head.end <= first ? head : found;
    if (author) return { author, sentence: s };
  }
  return undefined;
}

/** The state or body right after an agent marker that follows the report's noun within its clause ("a report published by X"). */
function agentAfter(lex: CompiledLexicon, ix: TokenIndex, known: Party[], s: Sentence, noun: RegExpExecArray, ok: (q: Party) => boolean): Party | undefined {
  const re = lex.agentMarkers;
  if (!re) return undefined;
  const nounEnd = noun.index + noun[0].length;
  const m = execFrom(re, s.text, nounEnd);
  if (!m || /[,;:.!?，；：。！？]/u.test(s.text.slice(nounEnd, m.index))) return undefined;
  if (ix.count(s.start + nounEnd, s.start + m.index) > AGENT_REACH) return undefined;
  const from = s.start + m.index + m[0].length;
  const q = known.find((k) => k.start >= from && k.end <= s.end && ok(k));
  if (!q || ix.count(from, q.start) > AGENT_TO_AUTHOR || /[,;:.!?，；：。！？]/u.test(s.text.slice(from - s.start, q.start - s.start))) return undefined;
  // "published by the Israeli firm X": the company the state premodifies wrote it.
  const head = premodifiedHead(lex, ix, ix.text, known, q);
  return head.end <= s.end && ok(head) ? head : q;
}

/** Does a verb of saying or warning stand before the party in its sentence (the party is inside what is said)? */
function spokenBefore(lex: CompiledLexicon, s: Sentence, q: Party): boolean {
  const upTo = q.start - s.start;
  return [lex.say, lex.warn].some((re) => { const m = re ? execFrom(re, s.text) : null; return !!m && m.index < upTo; });
}

/** Words at most between a state and the body it qualifies ("the US security firm X", "Канадская компания X"). */
const QUALIFIER_GAP = 3;

/** Is `q` a state named right before another body, no punctuation between, both before `until`? */
function qualifiesNext(ix: TokenIndex, text: string, known: Party[], q: Party, until: number): boolean {
  if (q.kind !== 'country') return false;
  const next = known.find((o) => o.start >= q.end && o.end <= until && o !== q);
  return !!next && next.kind === 'organization' && ix.count(q.end, next.start) <= QUALIFIER_GAP && !/[,.;:!?，。；：、()（）]/u.test(text.slice(q.end, next.start));
}
