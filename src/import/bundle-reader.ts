/**
 * Streaming reader for STIX 2.1 bundle files of any size: `{"type":"bundle","id":...,"objects":[...]}`
 * or a bare JSON array of objects. Nothing is ever held whole in memory.
 *
 * Why two passes: a malformed file must leave the database unchanged, yet a large import commits
 * in batches (so it can be killed and resumed). `openBundle` therefore first tokenises the whole
 * file (constant memory, no objects assembled) to prove the JSON is well formed and shaped like a
 * bundle, and only then does `entries()` stream the objects (array-splitter.ts, which relies on
 * that proof to cut entries out cheaply for JSON.parse). When the tokeniser rejects the file, a
 * second, slower scanner (stream-json's Verifier) locates the fault by line and column.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Parser from 'stream-json/Parser.js';
import Verifier from 'stream-json/utils/Verifier.js';
import { Errors } from '../errors.ts';
import { ArraySplitter } from './array-splitter.ts';

export type BundleShape = 'bundle' | 'array';

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

export interface BundleEntry {
  /** Position in the objects array. */
  index: number;
  /** JSON path of the entry, `objects[3]` in a bundle, `[3]` in a bare array. */
  path: string;
  /** The parsed value; not yet validated (it may not even be an object). */
  object: unknown;
}

export interface BundleFile {
  path: string;
  shape: BundleShape;
  /** Entries in the objects array, counted by the syntax pass. */
  count: number;
  totalBytes: number;
  bundleId?: string;
  /** Streams the entries in file order, calling onProgress with bytes read as the file is consumed. */
  entries(onProgress?: (p: ReadProgress) => void): AsyncGenerator<BundleEntry>;
}

interface Token {
  name: string;
  value?: unknown;
}

const CHUNK = 65536;
const VALUE_START = new Set(['startObject', 'startArray', 'stringValue', 'numberValue', 'nullValue', 'trueValue', 'falseValue']);

/** Reads up to `bytes` from the start of a file (for format detection). Throws INPUT_INVALID when unreadable. */
export async function readHead(path: string, bytes = 64 * 1024): Promise<string> {
  const handle = await open(path, 'r').catch((err: NodeJS.ErrnoException) => {
    throw Object.assign(new Errors.INPUT_INVALID(`cannot read ${path}: ${err.code ?? err.message}`), { cause: err });
  });
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Byte offset after a UTF-8 byte order mark, which JSON parsers reject. */
export async function contentStart(path: string): Promise<number> {
  const head = await readHead(path, 3);
  return head.charCodeAt(0) === 0xfeff ? 3 : 0;
}

function fileStream(path: string, start: number, totalBytes: number, onProgress?: (p: ReadProgress) => void): Readable {
  const stream = createReadStream(path, { start, highWaterMark: CHUNK });
  if (onProgress) {
    let bytesRead = start;
    stream.on('data', (chunk) => {
      bytesRead += chunk.length;
      onProgress({ bytesRead, totalBytes });
    });
  }
  return stream;
}

/**
 * Checks syntax and shape in one streaming pass and returns a handle whose `entries()` streams
 * the objects. Throws STIX_NOT_JSON (with line and column) for malformed or truncated JSON, and
 * INGEST_UNSUPPORTED for well-formed JSON that is not a bundle or an array.
 */
export async function openBundle(path: string, onProgress?: (p: ReadProgress) => void): Promise<BundleFile> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw Object.assign(new Errors.INPUT_INVALID(`cannot read ${path}: ${err.code ?? err.message}`), { cause: err });
  });
  if (!info.isFile()) throw new Errors.INPUT_INVALID(`${path} is not a file`);
  const totalBytes = info.size;
  const start = await contentStart(path);
  if (totalBytes <= start) throw new Errors.STIX_NOT_JSON(`${path}: empty file`);
  const shape = new ShapeChecker(path);
  try {
    await pipeline(
      fileStream(path, start, totalBytes, onProgress),
      new Parser({ packValues: true, streamValues: false }),
      new Writable({
        objectMode: true,
        highWaterMark: 4096,
        // writev takes tokens in bulk: a callback per token costs more than the check itself.
        writev(tokens: Array<{ chunk: Token }>, done) {
          try {
            for (const t of tokens) shape.token(t.chunk);
            done();
          } catch (err) {
            done(err as Error);
          }
        },
      }),
    );
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'OPS_ERR_INGEST_UNSUPPORTED') throw err;
    if (code?.startsWith('E')) throw Object.assign(new Errors.INPUT_INVALID(`cannot read ${path}: ${code}`), { cause: err });
    throw await locateSyntaxError(path, start, err as Error);
  }
  const result = shape.finish();
  return {
    path,
    totalBytes,
    ...result,
    entries: (progress) => readEntries(path, start, totalBytes, result.shape, progress),
  };
}

async function* readEntries(
  path: string,
  start: number,
  totalBytes: number,
  shape: BundleShape,
  onProgress?: (p: ReadProgress) => void,
): AsyncGenerator<BundleEntry> {
  const splitter = new ArraySplitter(shape);
  const prefix = shape === 'bundle' ? 'objects' : '';
  const stream = fileStream(path, start, totalBytes, onProgress);
  let index = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (const object of splitter.push(chunk)) {
        yield { index, path: `${prefix}[${index}]`, object };
        index++;
      }
    }
  } finally {
    stream.destroy();
  }
}

/** Follows the token stream to prove the top level is a bundle (or an array) and count its entries. */
class ShapeChecker {
  #path: string;
  #depth = 0;
  #objectsDepth = -1;
  #count = 0;
  #shape: BundleShape | undefined;
  #key: string | undefined;
  #type: unknown;
  #bundleId: string | undefined;
  #objectsArrays = 0;

  constructor(path: string) {
    this.#path = path;
  }

  token(t: Token): void {
    const valueStart = VALUE_START.has(t.name);
    if (this.#depth === 0 && valueStart) {
      if (t.name === 'startArray') {
        this.#shape = 'array';
        this.#objectsDepth = 1;
      } else if (t.name === 'startObject') {
        this.#shape = 'bundle';
      } else {
        throw this.#unsupported(`the top level is a ${t.name.replace('Value', '')}, not a bundle or an array`);
      }
    } else if (this.#shape === 'bundle' && this.#depth === 1) {
      if (t.name === 'keyValue') {
        this.#key = String(t.value);
      } else if (valueStart) {
        if (this.#key === 'type') this.#type = t.name === 'stringValue' ? t.value : t.name;
        if (this.#key === 'id' && t.name === 'stringValue') this.#bundleId = String(t.value);
        if (this.#key === 'objects') {
          if (t.name !== 'startArray') throw this.#unsupported('"objects" is not an array');
          if (++this.#objectsArrays > 1) throw this.#unsupported('"objects" appears twice');
          this.#objectsDepth = 2;
        }
      }
    } else if (valueStart && this.#depth === this.#objectsDepth) {
      this.#count++;
    }
    if (t.name === 'startObject' || t.name === 'startArray') this.#depth++;
    else if (t.name === 'endObject' || t.name === 'endArray') {
      this.#depth--;
      if (this.#depth < this.#objectsDepth) this.#objectsDepth = -1;
    }
  }

  finish(): { shape: BundleShape; count: number; bundleId?: string } {
    if (!this.#shape) throw new Errors.STIX_NOT_JSON(`${this.#path}: empty file`);
    if (this.#shape === 'bundle' && this.#type !== 'bundle') {
      throw this.#unsupported(this.#type === undefined ? 'an object without "type": "bundle"' : `"type" is ${JSON.stringify(this.#type)}, not "bundle"`);
    }
    return { shape: this.#shape, count: this.#count, bundleId: this.#bundleId };
  }

  #unsupported(why: string): Error {
    return new Errors.INGEST_UNSUPPORTED(`${this.#path}: not a STIX bundle: ${why}`);
  }
}

/** Re-scans a file the fast parser rejected, to name where it breaks. */
export async function locateSyntaxError(path: string, start: number, parserError: Error): Promise<Error> {
  let where: { line: number; pos: number; offset: number; reason: string } | undefined;
  try {
    await pipeline(createReadStream(path, { start, highWaterMark: CHUNK }), new Verifier());
  } catch (err) {
    const e = err as Error & { line?: number; pos?: number; offset?: number };
    if (typeof e.line === 'number') {
      const offset = (e.offset ?? 0) + start;
      const atEnd = offset >= (await stat(path)).size;
      const reason = atEnd
        ? 'unexpected end of file (truncated?)'
        : e.message.replace(/^ERROR at \d+ \(\d+, \d+\): /, '').replace(/^Verifier (cannot parse input: |has )/, '');
      where = { line: e.line, pos: e.pos ?? 0, offset, reason };
    }
  }
  const message = where
    ? `${path}: malformed JSON at line ${where.line}, column ${where.pos} (offset ${where.offset}): ${where.reason}`
    : `${path}: malformed JSON: ${parserError.message.replace(/^Parser (cannot parse input: |has )/, '')}`;
  return Object.assign(new Errors.STIX_NOT_JSON(message), { cause: parserError, line: where?.line, column: where?.pos, offset: where?.offset });
}
