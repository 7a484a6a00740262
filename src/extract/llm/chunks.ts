/**
 * Long articles in chunks a model can read: whole sentences (src/extract/segment.ts) gathered
 * until the next one would pass the token budget, broken preferably where a paragraph ends; a
 * single sentence over the budget is cut between words (Intl.Segmenter). Offsets are UTF-16
 * indices into the whole text, so a quote found in a chunk is located in the article.
 *
 * Model tokens are estimated without the model's tokenizer: one per three UTF-8 bytes, which is
 * above what BPE vocabularies spend on English (about four characters a token), on Chinese (about
 * one a character) and on Cyrillic or Vietnamese, so a chunk stays within the budget it was cut to.
 */
import { segmentDocument, type Sentence } from '../segment.ts';
import { wordTokens } from '../tokens.ts';
import type { Span } from '../types.ts';

export interface TextChunk extends Span {
  text: string;
}

const encoder = new TextEncoder();

/** Upper estimate of the model tokens of `text`. */
export function estimateTokens(text: string): number {
  return Math.ceil(encoder.encode(text).length / 3);
}

/** Pieces of one oversized sentence, cut between words to fit the budget. */
function cutSentence(text: string, s: Sentence, lang: string, budget: number): Span[] {
  const out: Span[] = [];
  let start = s.start;
  let last = s.start;
  for (const w of wordTokens(s.text, lang, s.start)) {
    if (w.end > start && estimateTokens(text.slice(start, w.end)) > budget && last > start) {
      out.push({ start, end: last });
      start = last;
    }
    last = w.end;
  }
  out.push({ start, end: s.end });
  return out;
}

/**
 * The text in chunks of at most `maxTokens` estimated tokens (beyond `maxChars` nothing is sent).
 * @example
 * chunkText(article, 'en', 2000).map((c) => [c.start, c.end]);
 */
export function chunkText(text: string, lang: string, maxTokens: number, maxChars = Infinity): TextChunk[] {
  const limit = Math.min(text.length, maxChars);
  const doc = segmentDocument(text.slice(0, limit), lang);
  const pieces: Array<Span & { paragraph: number }> = [];
  for (const s of doc.sentences) {
    if (estimateTokens(s.text) <= maxTokens) pieces.push({ start: s.start, end: s.end, paragraph: s.paragraph });
    else for (const p of cutSentence(text, s, lang, maxTokens)) pieces.push({ ...p, paragraph: s.paragraph });
  }
  // bytes[i]: UTF-8 bytes from the text's start to the end of piece i (and to its start in `before`),
  // so the estimate of any run of pieces is a subtraction, not a re-encoding
  const ends: number[] = [];
  const starts: number[] = [];
  let bytes = 0;
  let at = 0;
  for (const p of pieces) {
    bytes += encoder.encode(text.slice(at, p.start)).length;
    starts.push(bytes);
    bytes += encoder.encode(text.slice(p.start, p.end)).length;
    ends.push(bytes);
    at = p.end;
  }
  const tokens = (first: number, last: number) => Math.ceil((ends[last]! - starts[first]!) / 3);
  const chunks: TextChunk[] = [];
  let first = 0;
  const flush = (upTo: number) => {
    if (upTo <= first) return;
    chunks.push({ start: pieces[first]!.start, end: pieces[upTo - 1]!.end, text: text.slice(pieces[first]!.start, pieces[upTo - 1]!.end) });
    first = upTo;
  };
  for (let k = 0; k < pieces.length; k++) {
    if (k > first && tokens(first, k) > maxTokens) {
      // break at the last paragraph end in the second half of the group, else before this piece
      let cut = k;
      for (let i = k - 1; i > first + (k - first) / 2; i--) {
        if (pieces[i]!.paragraph !== pieces[i - 1]!.paragraph) {
          cut = i;
          break;
        }
      }
      flush(cut);
      while (k > first && tokens(first, k) > maxTokens) flush(k);
    }
  }
  flush(pieces.length);
  return chunks;
}

/**
 * A chunk in two halves, cut at the sentence end nearest its middle (between words when it is one
 * sentence); undefined when it cannot be cut (a single word).
 */
export function halveChunk(chunk: TextChunk, lang: string): [TextChunk, TextChunk] | undefined {
  const middle = chunk.text.length / 2;
  const sentences = segmentDocument(chunk.text, lang).sentences;
  const bounds = sentences.length > 1
    ? sentences.slice(1).map((s) => s.start)
    : wordTokens(chunk.text, lang).slice(1).map((w) => w.start);
  if (!bounds.length) return undefined;
  const at = bounds.reduce((best, b) => (Math.abs(b - middle) < Math.abs(best - middle) ? b : best));
  const first = chunk.text.slice(0, at).trimEnd();
  return [
    { start: chunk.start, end: chunk.start + first.length, text: first },
    { start: chunk.start + at, end: chunk.end, text: chunk.text.slice(at) },
  ];
}
