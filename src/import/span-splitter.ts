/**
 * Cuts a STIX bundle (`{"type":"bundle",...,"objects":[...]}`), a TAXII envelope or a bare array of
 * objects into spans of whole entries for worker threads to parse, in one pass over the bytes and
 * without assembling any object on this thread. Validity is proved by pieces, with nothing left
 * unchecked:
 *
 * - each span is the text between two cut commas of the entries array, `e1, e2, ... en`; its worker
 *   parses `[` + span + `]` with JSON.parse, which proves the span valid element text (this class
 *   refuses an empty span after a cut, which that parse would accept);
 * - the skeleton, every byte outside the entries array with the array kept as `[]`, is parsed here
 *   at the end (it is small: the bundle's type and id) and proves the rest.
 *
 * JSON's grammar lets any array value be replaced by another, so a valid skeleton whose `[]` is
 * filled with valid element lists joined by commas is a valid document. The scan tracks only
 * strings (skipped with indexOf), nesting depth (refused past MAX_JSON_DEPTH, as request bodies are)
 * and the top-level keys; structural bytes are ASCII and no byte of a multi-byte UTF-8 sequence is,
 * so chunk boundaries anywhere are harmless.
 * @module
 */
import { MAX_JSON_DEPTH } from '../model/json-depth.ts';
import { JsonStringScanner } from './json-string-scanner.ts';

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** Bytes kept outside the entries array (a bundle's type, id and spec_version are a few hundred). */
const MAX_SKELETON_BYTES = 1024 * 1024;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Entries `first` .. `first + count - 1`, as their text (without the commas around the span). */
export interface Span {
  /** Index of the span's first entry in the entries array. */
  first: number;
  count: number;
  bytes: Uint8Array;
  /** Byte offset of `bytes` in the input. */
  offset: number;
}

/**
 * Where the input fails: `syntax` (not well-formed JSON), `depth` (nested deeper than
 * MAX_JSON_DEPTH) or `shape` (well formed, but not a bundle, an envelope or an array; `field` names
 * the member at fault). Each caller turns it into its own documented error.
 */
export class JsonInputError extends Error {
  readonly kind: 'syntax' | 'depth' | 'shape';
  readonly offset: number | undefined;
  readonly field: string | undefined;
  /** The code and status of the closest documented error, should a caller not translate it. */
  readonly code: string;
  readonly statusCode: number;

  constructor(kind: 'syntax' | 'depth' | 'shape', message: string, where: { offset?: number; field?: string } = {}) {
    super(message);
    this.kind = kind;
    this.code = kind === 'syntax' ? 'OPS_ERR_STIX_NOT_JSON' : 'OPS_ERR_INPUT_INVALID';
    this.statusCode = 400;
    this.offset = where.offset;
    this.field = where.field;
  }
}

/** What the input is around its entries. */
export interface Skeleton {
  shape: 'object' | 'array';
  /** The top-level object with its entries array emptied (`{}` for a bare array). */
  top: Record<string, unknown>;
  /** Entries seen in the array. */
  count: number;
}

export interface SpanSplitterOptions {
  /** Cut a span once it holds this many entries ... */
  spanEntries: number;
  /** ... or this many bytes, whichever comes first. */
  spanBytes: number;
  /**
   * The first span's entries (and a matching share of the bytes); each later span's limits double
   * until they reach spanEntries and spanBytes. The writer then starts on the first entries
   * while the workers read the rest, instead of waiting for a whole span. Default: spanEntries.
   */
  firstSpanEntries?: number;
}

export class SpanSplitter {
  readonly #spanEntries: number;
  readonly #spanBytes: number;
  /** This span's limits: from the first span's, doubling at each cut up to the two above. */
  #limitEntries: number;
  #limitBytes: number;
  /** Absolute offset of the current chunk's first byte. */
  #base = 0;
  #depth = 0;
  /** Depth of the entries array's elements while inside it, else -1. */
  #entryDepth = -1;
  #strings = new JsonStringScanner();
  #started = false;
  #topArray = false;
  // Top-level keys of an object document.
  #expectKey = false;
  #awaitArray = false;
  #arraySeen = false;
  // The skeleton: bytes outside the entries array.
  #skeleton: Buffer[] = [];
  #skeletonBytes = 0;
  #skeletonStart = 0;
  // The span being read.
  #span: Buffer[] = [];
  #spanStart = 0;
  #spanOffset = 0;
  #spanFirst = 0;
  #spanCount = 0;
  #spanLength = 0;
  /** An entry has started since the last comma at entry depth (or the array's start). */
  #inEntry = false;
  #afterComma = false;
  #entries = 0;
  /** The input's first bytes, held until there are three. */
  #head: Buffer | undefined = Buffer.alloc(0);

  constructor(options: SpanSplitterOptions) {
    this.#spanEntries = Math.max(1, options.spanEntries);
    this.#spanBytes = Math.max(1, options.spanBytes);
    this.#limitEntries = Math.min(this.#spanEntries, Math.max(1, options.firstSpanEntries ?? this.#spanEntries));
    this.#limitBytes = Math.max(1, Math.ceil(this.#spanBytes * (this.#limitEntries / this.#spanEntries)));
  }

  /** Entries seen so far. */
  get entries(): number {
    return this.#entries;
  }

  /** The JSON path of the entries array: `objects`, or `` when the input is a bare array. */
  get entriesPath(): string {
    return this.#topArray ? '' : 'objects';
  }

  /** Scans `chunk` and returns the spans it completed, in order. */
  push(input: Buffer): Span[] {
    let chunk = input;
    if (this.#head) {
      // The first three bytes decide whether a UTF-8 byte order mark (which JSON parsers refuse) is skipped.
      chunk = this.#head = Buffer.concat([this.#head, input]);
      if (chunk.length < 3) return [];
      this.#head = undefined;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        chunk = chunk.subarray(3);
        this.#base = 3;
      }
    }
    return this.#scan(chunk);
  }

  #scan(chunk: Buffer): Span[] {
    const out: Span[] = [];
    const n = chunk.length;
    this.#strings.startChunk(chunk);
    if (this.#skeletonStart >= 0) this.#skeletonStart = 0;
    if (this.#spanStart >= 0) this.#spanStart = 0;
    let i = 0;
    while (i < n) {
      if (this.#strings.inString) {
        i = this.#strings.skip(chunk, i).next;
        continue;
      }
      const b = chunk[i]!; // i < n
      if (isSpace(b)) {
        i++;
        continue;
      }
      const depth = this.#depth;
      if (depth === this.#entryDepth) {
        if (b === COMMA) {
          if (!this.#inEntry) throw this.#syntax('unexpected comma between entries', i);
          this.#inEntry = false;
          this.#afterComma = true;
          if (this.#spanCount >= this.#limitEntries || this.#spanLength + (i - this.#spanStart) >= this.#limitBytes) {
            out.push(this.#cut(chunk, i));
            this.#spanStart = i + 1;
            this.#spanOffset = this.#base + i + 1;
            this.#spanFirst = this.#entries;
          }
          i++;
          continue;
        }
        if (b === CLOSE_ARRAY) {
          if (this.#afterComma && !this.#inEntry) throw this.#syntax('a comma before the end of the array', i);
          if (this.#spanCount > 0) out.push(this.#cut(chunk, i));
          this.#spanStart = -1;
          this.#entryDepth = -1;
          this.#depth--;
          this.#skeletonStart = i;
          i++;
          continue;
        }
        if (!this.#inEntry) {
          this.#inEntry = true;
          this.#spanCount++;
          this.#entries++;
        }
      }
      switch (b) {
        case QUOTE:
          this.#strings.open(i, depth === 1 && this.#expectKey && !this.#topArray);
          this.#awaitArray = false;
          i++;
          continue;
        case OPEN_OBJECT:
        case OPEN_ARRAY:
          if (depth === 0 && !this.#started) {
            this.#started = true;
            this.#topArray = b === OPEN_ARRAY;
            this.#expectKey = b === OPEN_OBJECT;
            if (this.#topArray) this.#enterArray(chunk, i);
          } else if (depth === 1 && this.#awaitArray && b === OPEN_ARRAY) {
            if (this.#arraySeen) throw new JsonInputError('shape', '"objects" appears twice', { field: 'objects', offset: this.#base + i });
            this.#enterArray(chunk, i);
          }
          this.#awaitArray = false;
          this.#depth = depth + 1;
          if (this.#depth > MAX_JSON_DEPTH) {
            throw new JsonInputError('depth', `JSON nested deeper than ${MAX_JSON_DEPTH} levels (at byte ${this.#base + i})`, { offset: this.#base + i });
          }
          break;
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          this.#depth = depth - 1;
          break;
        case COMMA:
          if (depth === 1) this.#expectKey = !this.#topArray;
          this.#awaitArray = false;
          break;
        case COLON:
          if (depth === 1 && !this.#topArray) {
            this.#expectKey = false;
            this.#awaitArray = this.#strings.lastKey === 'objects';
          }
          break;
        default:
          if (depth === 0 && !this.#started) this.#started = true;
          this.#awaitArray = false;
      }
      i++;
    }
    if (this.#skeletonStart >= 0) this.#keepSkeleton(chunk.subarray(this.#skeletonStart));
    if (this.#spanStart >= 0 && this.#entryDepth >= 0) {
      this.#span.push(chunk.subarray(this.#spanStart));
      this.#spanLength += n - this.#spanStart;
    }
    this.#strings.endChunk(chunk);
    this.#base += n;
    return out;
  }

  /**
   * Ends the input: parses the skeleton and returns it. Throws JsonInputError when the input is
   * not well formed or is not an object or array holding an array of entries.
   */
  end(): Skeleton {
    if (this.#head) {
      const head = this.#head;
      this.#head = undefined;
      this.#scan(head);
    }
    if (this.#strings.inString || this.#depth > 0 || this.#entryDepth >= 0) throw this.#syntax('unexpected end of input (truncated?)', 0, this.#base);
    const text = Buffer.concat(this.#skeleton).toString('utf8');
    if (text.trim() === '') throw new JsonInputError('syntax', 'empty input', { offset: 0 });
    let top: unknown;
    try {
      top = JSON.parse(text);
    } catch (err) {
      throw new JsonInputError('syntax', (err as Error).message);
    }
    if (Array.isArray(top)) return { shape: 'array', top: {}, count: this.#entries };
    if (top === null || typeof top !== 'object') {
      throw new JsonInputError('shape', `the top level is ${top === null ? 'null' : `a ${typeof top}`}, not an object or an array`, { field: '(root)' });
    }
    const object = top as Record<string, unknown>;
    if (object.objects !== undefined && (!Array.isArray(object.objects) || !this.#arraySeen)) {
      throw new JsonInputError('shape', '"objects" is not an array', { field: 'objects' });
    }
    return { shape: 'object', top: object, count: this.#entries };
  }

  #enterArray(chunk: Buffer, i: number): void {
    this.#arraySeen = true;
    this.#entryDepth = this.#depth + 1;
    // The skeleton keeps the `[`; the entries start after it.
    this.#keepSkeleton(chunk.subarray(this.#skeletonStart, i + 1));
    this.#skeletonStart = -1;
    this.#spanStart = i + 1;
    this.#spanOffset = this.#base + i + 1;
    this.#spanFirst = this.#entries;
    this.#inEntry = false;
    this.#afterComma = false;
  }

  #cut(chunk: Buffer, end: number): Span {
    this.#span.push(chunk.subarray(this.#spanStart, end));
    let length = 0;
    for (const piece of this.#span) length += piece.length;
    // A copy with a buffer of its own, so it can be moved to a worker without dragging the chunk.
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const piece of this.#span) {
      bytes.set(piece, at);
      at += piece.length;
    }
    const span: Span = { first: this.#spanFirst, count: this.#spanCount, bytes, offset: this.#spanOffset };
    this.#span = [];
    this.#spanCount = 0;
    this.#spanLength = 0;
    this.#limitEntries = Math.min(this.#spanEntries, this.#limitEntries * 2);
    this.#limitBytes = Math.min(this.#spanBytes, this.#limitBytes * 2);
    return span;
  }

  #keepSkeleton(piece: Buffer): void {
    this.#skeletonBytes += piece.length;
    if (this.#skeletonBytes > MAX_SKELETON_BYTES) {
      throw new JsonInputError('shape', `more than ${MAX_SKELETON_BYTES} bytes outside the objects array`, { field: '(root)' });
    }
    if (piece.length > 0) this.#skeleton.push(Buffer.from(piece));
  }



  #syntax(why: string, i: number, absolute = this.#base + i): JsonInputError {
    return new JsonInputError('syntax', `${why} (at byte ${absolute})`, { offset: absolute });
  }
}
