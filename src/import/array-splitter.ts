/**
 * Cuts the entries array out of a JSON document that is ALREADY KNOWN TO BE WELL FORMED (the
 * syntax pass in bundle-reader.ts proved it), handing each entry's bytes to JSON.parse. Assembling
 * objects token by token in JavaScript is several times slower than the engine's native parser, and
 * the second pass dominates import time, so this pass only tracks strings and nesting depth.
 *
 * It scans bytes, not characters: every structural character of JSON is ASCII, and no byte of a
 * multi-byte UTF-8 sequence is below 0x80, so chunk boundaries inside a character are harmless.
 * On malformed input the result is unspecified; never use it without the syntax pass.
 */
import { JsonStringScanner } from './json-string-scanner.ts';

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export type SplitShape = 'bundle' | 'array';

/**
 * Feed chunks with `push`; it returns the entries completed by that chunk, parsed, in order.
 * For 'array' the entries are the top-level array's elements; for 'bundle' the elements of the
 * top-level object's "objects" array.
 */
export class ArraySplitter {
  #depth = 0;
  /** Depth directly inside the entries array, or -1 while outside it. */
  #entryDepth = -1;
  /** Pieces of the entry being read; undefined when between entries. */
  #entry: Buffer[] | undefined;
  #entryStart = 0;
  /** The entry in progress is a bare number/true/false/null, which ends at `,`, `]` or space. */
  #primitive = false;
  // Top-level object keys (bundle shape): the key being read and whether a key is expected next.
  #expectKey = false;
  #awaitObjectsArray = false;
  #shape: SplitShape;
  #strings = new JsonStringScanner();

  constructor(shape: SplitShape) {
    this.#shape = shape;
  }

  push(chunk: Buffer): unknown[] {
    const out: unknown[] = [];
    const n = chunk.length;
    let i = 0;
    this.#strings.startChunk(chunk);
    if (this.#entry) this.#entryStart = 0;
    while (i < n) {
      if (this.#strings.inString) {
        const { next, closedKey } = this.#strings.skip(chunk, i);
        i = next; // just past the closing quote, or the chunk's end
        if (this.#strings.inString) break;
        if (closedKey) continue;
        if (this.#entry && this.#depth === this.#entryDepth) this.#endEntry(chunk, i, out);
        continue;
      }
      const b = chunk[i]!; // i < n
      if (this.#entry === undefined && this.#depth === this.#entryDepth && !isSpace(b) && b !== COMMA && b !== CLOSE_ARRAY) {
        this.#entry = [];
        this.#entryStart = i;
        this.#primitive = b !== OPEN_OBJECT && b !== OPEN_ARRAY && b !== QUOTE;
      }
      if (this.#primitive && this.#depth === this.#entryDepth && (b === COMMA || b === CLOSE_ARRAY || isSpace(b))) {
        this.#endEntry(chunk, i, out);
        this.#primitive = false;
      }
      switch (b) {
        case QUOTE:
          this.#strings.open(i, this.#depth === 1 && this.#expectKey && this.#shape === 'bundle');
          this.#awaitObjectsArray = false;
          i++;
          continue;
        case OPEN_OBJECT:
        case OPEN_ARRAY:
          if (this.#depth === 1 && this.#awaitObjectsArray && b === OPEN_ARRAY) this.#entryDepth = 2;
          this.#awaitObjectsArray = false;
          this.#depth++;
          if (this.#depth === 1) {
            if (this.#shape === 'array' && b === OPEN_ARRAY) this.#entryDepth = 1;
            this.#expectKey = b === OPEN_OBJECT;
          }
          break;
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          this.#depth--;
          if (this.#depth < this.#entryDepth) this.#entryDepth = -1;
          else if (this.#entry && this.#depth === this.#entryDepth) {
            this.#endEntry(chunk, i + 1, out);
          }
          break;
        case COMMA:
          if (this.#depth === 1) this.#expectKey = true;
          break;
        case COLON:
          if (this.#depth === 1 && this.#shape === 'bundle') {
            this.#expectKey = false;
            this.#awaitObjectsArray = this.#strings.lastKey === 'objects';
          }
          break;
        default:
          if (this.#awaitObjectsArray && !isSpace(b)) this.#awaitObjectsArray = false;
      }
      i++;
    }
    if (this.#entry) this.#entry.push(chunk.subarray(this.#entryStart));
    this.#strings.endChunk(chunk);
    return out;
  }



  #endEntry(chunk: Buffer, endExclusive: number, out: unknown[]): void {
    const pieces = this.#entry!;
    pieces.push(chunk.subarray(this.#entryStart, endExclusive));
    this.#entry = undefined;
    const [only] = pieces;
    const bytes = only && pieces.length === 1 ? only : Buffer.concat(pieces);
    out.push(JSON.parse(bytes.toString('utf8')));
  }
}
