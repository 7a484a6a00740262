/**
 * What a clause supposes or asks is not asserted. A conditional clause ("if Russia is behind the
 * attack, we will respond", "si la Russie est derrière l'attaque", "falls Russland dahintersteckt",
 * "если за атакой стоит Китай", "如果这次攻击是俄罗斯所为", "nếu Nga đứng sau vụ tấn công"), an embedded
 * question ("asked whether Russia was behind it", "ob", "是否", "liệu") and a direct question ("Is
 * Russia behind it?", "¿Está Rusia detrás?") accuse no one: their words of accusation, blame,
 * perpetration or hostile acts are set aside. A conditional or embedded question runs from its word to
 * the next break (a comma or stronger) or the end of the sentence; a direct question from the last
 * opening (the sentence's start, a colon, an opening quote or "¿") to its mark. The rest of the
 * sentence (a warning of a response, a call for evidence) keeps its cues. So does what a lack of
 * evidence opens ("found no evidence that North Korea was behind it", "keine Hinweise darauf, dass",
 * "нет доказательств того, что", "没有证据表明"): it tells what is not shown; a denial the words make
 * ("no evidence") is no asserting cue and stays. And so do the words a speaker disputes with "so-called"
 * ("所谓“中国网络威胁”", "так называемых хакерских атак", "cái gọi là"): the speaker does not tell that act.
 */
import { execAll, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Cue, CueCategory } from './frame.ts';

/** The cues that tell someone did something, or was hit ("no sign that its systems had been breached"); a supposition or a question makes none of them a claim. */
const ASSERTING = new Set<CueCategory>(['accuse', 'blame', 'pointsTo', 'doneBy', 'hostile', 'claimsOwn', 'confirm']);

const BREAK = /[,;:.!?，。；：！？、]/u;
const QUESTION = /[?？]/gu;
const OPENING = /[:;："“«「„¿]/gu;

/** Spans (sentence offsets) of what the sentence supposes or asks. */
function supposedSpans(lex: CompiledLexicon, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of [lex.conditional, lex.interrogative, lex.noEvidenceThat, lex.soCalled]) {
    if (!re) continue;
    for (const m of execAll(re, text)) {
      const rest = text.slice(m.index + m[0].length);
      const stop = BREAK.exec(rest);
      spans.push([m.index, m.index + m[0].length + (stop ? stop.index : rest.length)]);
    }
  }
  // An inverted conditional opens the sentence ("Should Russia be behind it, ...", "Sollte Russland ...").
  const opener = lex.conditionalOpeners ? execAll(lex.conditionalOpeners, text)[0] : undefined;
  if (opener && !/[\p{L}\p{N}]/u.test(text.slice(0, opener.index))) {
    const stop = BREAK.exec(text.slice(opener.index));
    spans.push([opener.index, stop ? opener.index + stop.index : text.length]);
  }
  for (const q of text.matchAll(QUESTION)) spans.push([questionFrom(lex, text, q.index), q.index]);
  return spans;
}

/** A break between a reported statement and the question that follows it in one sentence. */
const CLAUSE_COMMA = /[,，]/gu;

/**
 * Where the direct question that ends at offset `mark` of sentence `text` begins: after its last
 * opening (the sentence's start, a colon, an opening quote or "¿"), or, when a statement is reported
 * before a last clause that asks ("Canada says Chinese hackers breached its parliament, what is your
 * response?", "美国称……，你对此有何评论？"), at that clause: the report is asserted, only the clause asks.
 */
export function questionFrom(lex: CompiledLexicon, text: string, mark: number): number {
  let from = 0;
  for (const o of text.slice(0, mark).matchAll(OPENING)) from = o.index + 1;
  if (!lex.questionWords || !lex.say) return from;
  let comma = -1;
  for (const c of text.slice(from, mark).matchAll(CLAUSE_COMMA)) comma = from + c.index;
  if (comma < 0) return from;
  const asks = execAll(lex.questionWords, text.slice(comma + 1, mark)).length > 0;
  const reports = execAll(lex.say, text.slice(from, comma)).length > 0;
  return asks && reports ? comma + 1 : from;
}

/**
 * The sentence's conditional clauses (text offsets), from their word to the next break ("if Russia attacks
 * again,"): `start`, where the word ends (`body`), and `end`.
 */
export function conditionalSpans(lex: CompiledLexicon, s: Sentence): Array<{ start: number; body: number; end: number }> {
  if (!lex.conditional) return [];
  return execAll(lex.conditional, s.text).map((m) => {
    const body = s.start + m.index + m[0].length;
    const rest = s.text.slice(m.index + m[0].length);
    const stop = BREAK.exec(rest);
    return { start: s.start + m.index, body, end: body + (stop ? stop.index : rest.length) };
  });
}

/** Is the span (text offsets) inside what the sentence supposes, asks or leaves unproven (a group named there is told of doing nothing)? */
export function withinSupposed(lex: CompiledLexicon, s: Sentence, x: { start: number; end: number }): boolean {
  return supposedSpans(lex, s.text).some(([a, b]) => x.start - s.start >= a && x.end - s.start <= b);
}

/** The sentence's cues without the asserting ones a supposition or a question holds. */
export function withoutSupposed(lex: CompiledLexicon, s: Sentence, cues: Cue[]): Cue[] {
  if (!cues.some((c) => ASSERTING.has(c.cat))) return cues;
  const spans = supposedSpans(lex, s.text);
  if (!spans.length) return cues;
  return cues.filter((c) => !ASSERTING.has(c.cat) || !spans.some(([a, b]) => c.start - s.start >= a && c.end - s.start <= b));
}
