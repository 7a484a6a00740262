/**
 * What a worker thread does with one span of entries (span-splitter.ts): parses it (proving it
 * well formed), validates each entry as STIX 2.1 (and, when asked, against the claim contract),
 * and derives the stored row of each valid one (object-row.ts: version key, search text, TLP,
 * endpoints, the JSON text), so the writer only writes. Pure: no database, no shared state.
 * @module
 */
import { formatIssue, validateObject } from '../model/stix/validate.ts';
import { claimProblems, isClaim } from '../model/claim.ts';
import { toObjectRow, type ObjectRow } from '../storage/object-row.ts';

export interface PrepareInput {
  bytes: Uint8Array;
  /** Index of the span's first entry. */
  first: number;
  /** Entries the splitter counted in the span. */
  count: number;
  /** Byte offset of the span in the input, for error messages. */
  offset: number;
  /** JSON path of the entries array: `objects` in a bundle or an envelope, `` in a bare array. */
  prefix: string;
  /** Check claims against the claim contract here (TAXII reports them per object). */
  claims?: boolean;
  /** Also say each entry's id and version, valid or not (TAXII's status lists every object). */
  describe?: boolean;
}

export interface Rejected {
  index: number;
  path: string;
  id?: string;
  /** Each problem as `path: message`. */
  reasons: string[];
  /** The JSON path of the first problem. */
  field?: string;
}

export interface PreparedSpan {
  /** The span is not well formed: nothing else is set. */
  syntax?: { message: string; offset: number };
  first: number;
  /** The entries array's JSON path, as given. */
  prefix: string;
  /** The valid entries' rows, in order, and the entry index of each. */
  rows: ObjectRow[];
  indexes: number[];
  rejected: Rejected[];
  warnings: number;
  /** With `describe`: each entry's id (its path when it has none) and version ('' when none). */
  described?: Array<{ id: string; version: string }>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown, path: string): { id: string; version: string } {
  const o = isPlainObject(value) ? value : {};
  const id = typeof o.id === 'string' ? o.id : path;
  const version = typeof o.modified === 'string' ? o.modified : typeof o.created === 'string' ? o.created : '';
  return { id, version };
}

const decoder = new TextDecoder('utf-8', { fatal: false });

export function prepareSpan(input: PrepareInput): PreparedSpan {
  const out: PreparedSpan = { first: input.first, prefix: input.prefix, rows: [], indexes: [], rejected: [], warnings: 0 };
  let entries: unknown[];
  try {
    entries = JSON.parse(`[${decoder.decode(input.bytes)}]`) as unknown[];
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    return { ...out, syntax: { message, offset: input.offset + (at ? Math.max(0, Number(at[1]) - 1) : 0) } };
  }
  if (entries.length !== input.count) {
    return { ...out, syntax: { message: `expected ${input.count} entries, read ${entries.length}`, offset: input.offset } };
  }
  if (input.describe) out.described = [];
  for (let k = 0; k < entries.length; k++) {
    const value = entries[k];
    const index = input.first + k;
    const path = `${input.prefix}[${index}]`;
    if (out.described) out.described.push(describe(value, path));
    const issues = validateObject(value, path);
    let errors: string[] = [];
    let field: string | undefined;
    for (const issue of issues) {
      if (issue.severity !== 'error') out.warnings++;
      else {
        field ??= issue.path;
        errors.push(formatIssue(issue));
      }
    }
    if (errors.length === 0 && input.claims && isPlainObject(value) && isClaim(value)) {
      errors = claimProblems(value, path);
      field = errors.length ? path : undefined;
    }
    if (errors.length === 0) {
      try {
        out.rows.push(toObjectRow(value as never, path));
        out.indexes.push(index);
        continue;
      } catch (err) {
        // What the validator let through but the store cannot key (an unparseable timestamp).
        const e = err as { message?: string; field?: string };
        errors = [String(e.message).replace(/^Invalid STIX: /, '')];
        field = e.field ?? path;
      }
    }
    const id = isPlainObject(value) && typeof value.id === 'string' ? value.id : undefined;
    out.rejected.push({ index, path, ...(id ? { id } : {}), reasons: errors, ...(field ? { field } : {}) });
  }
  return out;
}
