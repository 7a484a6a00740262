/**
 * A report's basis told in a participial phrase: "based on documents leaked by X", "basado en documentos filtrados por
 * X", "s'appuyant sur des documents fournis par X", "gestützt auf Unterlagen von X", "на основе документов,
 * переданных X", "dựa trên tài liệu do X cung cấp". The phrase says what the report rests on, between its source and
 * its content; the people, states and organisations inside it (the leaker, his nationality, the journalist he gave the
 * files to) are neither the claimant nor the accused. The phrase runs from its cue (profile `basisPhrase`, a noun of
 * documents required) to the next clause break; a comma right after the noun, before the participle that follows it
 * ("документов, переданных X"), does not end it.
 */
import { execFrom, type CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Party } from './frame.ts';
import type { TokenIndex } from '../tokens.ts';

/** Where a basis phrase ends: the next clause break. */
const CLAUSE_BREAK = /[,;:.!?，。；：]/u;

/** The spans of the basis phrases of sentence `s`, in text offsets. */
export function basisSpans(lex: CompiledLexicon, s: Sentence): Array<[number, number]> {
  const re = lex.basisPhrase;
  if (!re) return [];
  const out: Array<[number, number]> = [];
  for (let m = execFrom(re, s.text); m; m = execFrom(re, s.text, m.index + m[0].length)) {
    // "на основе документов, переданных X": a participle set off by a comma right after the noun still belongs to it.
    const after = m.index + m[0].length;
    const skip = /^\s*,\s*/u.exec(s.text.slice(after))?.[0].length ?? 0;
    const rest = s.text.slice(after + skip);
    const stop = CLAUSE_BREAK.exec(rest);
    out.push([s.start + m.index, s.start + after + skip + (stop ? stop.index : rest.length)]);
  }
  return out;
}

/** Is party `p` inside one of the basis phrases `spans`? */
export function inBasisPhrase(spans: Array<[number, number]>, p: Party): boolean {
  return spans.some(([a, b]) => p.start >= a && p.end <= b);
}

/** Words of the basis phrases `spans` between `a` and `b`: a subject's distance to its verb does not count them. */
export function basisWordsBetween(spans: Array<[number, number]>, ix: TokenIndex, a: number, b: number): number {
  let n = 0;
  for (const [x, y] of spans) if (x >= a && y <= b) n += ix.count(x, y);
  return n;
}
