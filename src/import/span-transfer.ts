/**
 * How a prepared span crosses from its worker thread to the writer: by columns, not as an array of
 * row objects. Structured cloning rebuilds every object key by key through a generic slow path on
 * the receiving thread, and the writer's thread (the event loop) is the import's bottleneck: a span
 * of 1,000 rows took about 9 ms there as objects (plus 3 ms to send) and about 3 ms as columns
 * (plus 1 ms to send) with the rows then rebuilt here in one monomorphic loop. What arrives is the
 * same PreparedSpan (rows, endpoints, descriptions) as prepareSpan returned.
 * @module
 */
import type { Endpoint, ObjectRow } from '../storage/object-row-shape.ts';
import type { PreparedSpan } from './prepare-span.ts';

/** A PreparedSpan with its rows, their endpoints and its descriptions as parallel arrays. */
export interface PackedSpan {
  syntax?: { message: string; offset: number };
  first: number;
  prefix: string;
  indexes: number[];
  rejected: PreparedSpan['rejected'];
  warnings: number;
  rows: {
    id: string[];
    version: string[];
    versionText: Array<string | null>;
    type: string[];
    specVersion: string[];
    revoked: number[];
    name: Array<string | null>;
    description: Array<string | null>;
    aliases: Array<string | null>;
    sourceRef: Array<string | null>;
    targetRef: Array<string | null>;
    createdByRef: Array<string | null>;
    tlp: Array<ObjectRow['tlp']>;
    json: string[];
    searchName: Array<string | null>;
    searchAliases: Array<string | null>;
    searchText: Array<string | null>;
  };
  /** Every row's endpoints in row order: the row index of each, its ref and its role. */
  endpoints: { row: number[]; ref: string[]; role: Array<Endpoint['role']> };
  described?: { id: string[]; version: string[] };
}

/** The worker's side: `prepared` as columns. */
export function packSpan(prepared: PreparedSpan): PackedSpan {
  const rows = prepared.rows;
  const n = rows.length;
  const col = <K extends keyof ObjectRow>(key: K): Array<ObjectRow[K]> => {
    const out = new Array<ObjectRow[K]>(n);
    for (let i = 0; i < n; i++) out[i] = rows[i]![key];
    return out;
  };
  const endpoints: PackedSpan['endpoints'] = { row: [], ref: [], role: [] };
  for (let i = 0; i < n; i++) {
    for (const e of rows[i]!.endpoints) {
      endpoints.row.push(i);
      endpoints.ref.push(e.ref);
      endpoints.role.push(e.role);
    }
  }
  const packed: PackedSpan = {
    first: prepared.first,
    prefix: prepared.prefix,
    indexes: prepared.indexes,
    rejected: prepared.rejected,
    warnings: prepared.warnings,
    rows: {
      id: col('id'), version: col('version'), versionText: col('versionText'), type: col('type'),
      specVersion: col('specVersion'), revoked: col('revoked'), name: col('name'), description: col('description'),
      aliases: col('aliases'), sourceRef: col('sourceRef'), targetRef: col('targetRef'), createdByRef: col('createdByRef'),
      tlp: col('tlp'), json: col('json'), searchName: col('searchName'), searchAliases: col('searchAliases'),
      searchText: col('searchText'),
    },
    endpoints,
  };
  if (prepared.syntax) packed.syntax = prepared.syntax;
  if (prepared.described) {
    packed.described = { id: prepared.described.map((d) => d.id), version: prepared.described.map((d) => d.version) };
  }
  return packed;
}

/** The writer's side: the PreparedSpan that packSpan was given. */
export function unpackSpan(packed: PackedSpan): PreparedSpan {
  const c = packed.rows;
  const n = c.id.length;
  const rows = new Array<ObjectRow>(n);
  for (let i = 0; i < n; i++) {
    rows[i] = {
      id: c.id[i]!, version: c.version[i]!, versionText: c.versionText[i]!, type: c.type[i]!,
      specVersion: c.specVersion[i]!, revoked: c.revoked[i]!, name: c.name[i]!, description: c.description[i]!,
      aliases: c.aliases[i]!, sourceRef: c.sourceRef[i]!, targetRef: c.targetRef[i]!, createdByRef: c.createdByRef[i]!,
      tlp: c.tlp[i]!, json: c.json[i]!, searchName: c.searchName[i]!, searchAliases: c.searchAliases[i]!,
      searchText: c.searchText[i]!, endpoints: [],
    };
  }
  const e = packed.endpoints;
  for (let k = 0; k < e.row.length; k++) rows[e.row[k]!]!.endpoints.push({ ref: e.ref[k]!, role: e.role[k]! });
  const prepared: PreparedSpan = {
    first: packed.first,
    prefix: packed.prefix,
    rows,
    indexes: packed.indexes,
    rejected: packed.rejected,
    warnings: packed.warnings,
  };
  if (packed.syntax) prepared.syntax = packed.syntax;
  const d = packed.described;
  if (d) {
    const described = new Array<{ id: string; version: string }>(d.id.length);
    for (let k = 0; k < d.id.length; k++) described[k] = { id: d.id[k]!, version: d.version[k]! };
    prepared.described = described;
  }
  return prepared;
}
