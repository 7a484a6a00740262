/**
 * The string and key scanning shared by the streaming JSON splitters (span-splitter for imports,
 * array-splitter for bundle reading): strings that may cross chunk boundaries, escapes that may
 * end a chunk, and the top-level key most recently read (to find the bundle's "objects" array).
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export class JsonStringScanner {
  /** The scan point is inside a string. */
  inString = false;
  /** The previous chunk ended on a backslash inside a string. */
  #escaped = false;
  /** Position of the next backslash in the current chunk at or after the scan point (-1: none). */
  #backslash = -1;
  /** Pieces of the key being read; undefined when no key is being read. */
  #key: Buffer[] | undefined;
  #keyStart = 0;
  /** The last key read, unescaped (or raw when malformed: the caller's parse says where). */
  lastKey = '';

  /** Call at the start of every chunk. */
  startChunk(chunk: Buffer): void {
    this.#backslash = chunk.indexOf(BACKSLASH);
    if (this.#key) this.#keyStart = 0;
  }

  /** An opening quote at `i`; `asKey` when the string is a top-level key to remember. */
  open(i: number, asKey: boolean): void {
    this.inString = true;
    if (asKey) {
      this.#key = [];
      this.#keyStart = i + 1;
    }
  }

  /**
   * Advances past the closing quote of the current string, or to the end of the chunk; returns the
   * new scan point. When the string closes, a key being read is completed; `closedKey` says whether.
   */
  skip(chunk: Buffer, start: number): { next: number; closedKey: boolean } {
    let i = start;
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
          return { next: chunk.length, closedKey: false };
        }
        i = bs + 2;
        continue;
      }
      if (q === -1) return { next: chunk.length, closedKey: false };
      this.inString = false;
      const closedKey = this.#key !== undefined;
      if (closedKey) this.#endKey(chunk, q);
      return { next: q + 1, closedKey };
    }
  }

  /** Call at the end of every chunk: keeps the part of a key that continues in the next one. */
  endChunk(chunk: Buffer): void {
    if (this.#key) this.#key.push(chunk.subarray(this.#keyStart));
  }

  #endKey(chunk: Buffer, quoteAt: number): void {
    const pieces = this.#key!;
    pieces.push(chunk.subarray(this.#keyStart, quoteAt));
    this.#key = undefined;
    const raw = Buffer.concat(pieces).toString('utf8');
    try {
      this.lastKey = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    } catch {
      this.lastKey = raw;
    }
  }
}
