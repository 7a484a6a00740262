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

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
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
  #inString = false;
  /** The previous chunk ended on a backslash inside a string. */
  #escaped = false;
  /** Pieces of the entry being read; undefined when between entries. */
  #entry: Buffer[] | undefined;
  #entryStart = 0;
  /** The entry in progress is a bare number/true/false/null, which ends at `,`, `]` or space. */
  #primitive = false;
  // Top-level object keys (bundle shape): the key being read and whether a key is expected next.
  #expectKey = false;
  #key: Buffer[] | undefined;
  #keyStart = 0;
  #lastKey = '';
  #awaitObjectsArray = false;
  #shape: SplitShape;
  /** Position of the next backslash in the current chunk at or after the scan point (-1: none). */
  #backslash = -1;

  constructor(shape: SplitShape) {
    this.#shape = shape;
  }

  push(chunk: Buffer): unknown[] {
    const out: unknown[] = [];
    const n = chunk.length;
    let i = 0;
    this.#backslash = chunk.indexOf(BACKSLASH);
    if (this.#entry) this.#entryStart = 0;
    if (this.#key) this.#keyStart = 0;
    while (i < n) {
      if (this.#inString) {
        i = this.#skipString(chunk, i);
        if (this.#inString) break;
        // i is just past the closing quote
        if (this.#key) this.#endKey(chunk, i - 1);
        else if (this.#entry && this.#depth === this.#entryDepth) this.#endEntry(chunk, i, out);
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
          this.#inString = true;
          this.#awaitObjectsArray = false;
          if (this.#depth === 1 && this.#expectKey && this.#shape === 'bundle') {
            this.#key = [];
            this.#keyStart = i + 1;
          }
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
            this.#awaitObjectsArray = this.#lastKey === 'objects';
          }
          break;
        default:
          if (this.#awaitObjectsArray && !isSpace(b)) this.#awaitObjectsArray = false;
      }
      i++;
    }
    if (this.#entry) this.#entry.push(chunk.subarray(this.#entryStart));
    if (this.#key) this.#key.push(chunk.subarray(this.#keyStart));
    return out;
  }

  /** Advances past the closing quote of the current string, or to the end of the chunk. */
  #skipString(chunk: Buffer, i: number): number {
    if (this.#escaped) {
      this.#escaped = false;
      i++;
    }
    for (;;) {
      const q = chunk.indexOf(QUOTE, i);
      if (this.#backslash !== -1 && this.#backslash < i) this.#backslash = chunk.indexOf(BACKSLASH, i);
      const bs = this.#backslash;
      // A backslash before the quote escapes the byte after it, which may be that very quote.
      if (bs !== -1 && (q === -1 || bs < q)) {
        if (bs + 1 >= chunk.length) {
          this.#escaped = true;
          return chunk.length;
        }
        i = bs + 2;
        continue;
      }
      if (q === -1) return chunk.length;
      this.#inString = false;
      return q + 1;
    }
  }

  #endKey(chunk: Buffer, quoteAt: number): void {
    const pieces = this.#key!;
    pieces.push(chunk.subarray(this.#keyStart, quoteAt));
    this.#key = undefined;
    const raw = Buffer.concat(pieces).toString('utf8');
    this.#lastKey = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
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
