/**
 * Streams stored objects as one STIX 2.1 bundle, page by page: memory stays at one page however
 * large the store. One exporter for every surface: `opstrack export` writes it to a file or stdout
 * with back-pressure (`exportBundle`), `GET /api/export` streams the same chunks in the caller's view
 * (`bundleChunks`). By default the latest version of every object SYSTEM sees; `allVersions` gives
 * every stored version (for moving knowledge between installations: importing it restores the same
 * history). Objects leave clean (outgoing.ts): OpsTrack's properties declared by their extension, TLP
 * 2.0 definitions as OASIS publishes them, every OpsTrack extension's definition in the bundle.
 * @module
 */
import { once } from 'node:events';
import { v4 as uuidv4 } from 'uuid';
import type { StixObject } from '../model/stix/core.ts';
import { SYSTEM, type Viewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';
import { OutgoingBundle } from './outgoing.ts';

export interface ExportOptions {
  /** Only these object types. */
  types?: string[];
  /** Only versions whose `modified` (else `created`) is at or after this timestamp. */
  since?: string;
  /** Every stored version of each object instead of the latest (default false). */
  allVersions?: boolean;
  /** Whose view is exported (default SYSTEM: everything). */
  viewer?: Viewer;
  /** Objects fetched per store page (default 1,000). */
  pageSize?: number;
  /** Defaults to a fresh `bundle--<uuid4>`. */
  bundleId?: string;
}

export interface ExportResult {
  bundleId: string;
  count: number;
}

/**
 * The bundle as text chunks. The first store page is read before the first chunk is yielded, so a
 * bad filter fails before anything is written. STIX 2.1 allows no empty "objects" list: it is opened
 * with the first object and omitted when there is none. `result` is filled in as chunks are produced.
 */
export async function* bundleChunks(
  store: Store,
  options: ExportOptions = {},
  result: ExportResult = { bundleId: '', count: 0 },
): AsyncGenerator<string> {
  result.bundleId = options.bundleId ?? `bundle--${uuidv4()}`;
  result.count = 0;
  const viewer = options.viewer ?? SYSTEM;
  const query = {
    types: options.types?.length ? options.types : undefined,
    since: options.since,
    versions: [options.allVersions ? 'all' : 'last'],
    limit: options.pageSize ?? 1000,
  };
  const outgoing = new OutgoingBundle();
  let page = await store.list(viewer, query);
  yield `{"type":"bundle","id":${JSON.stringify(result.bundleId)}`;
  const emit = (objects: readonly StixObject[]) => {
    const body = objects.map((o) => JSON.stringify(o)).join(',\n');
    const chunk = (result.count === 0 ? ',"objects":[\n' : ',\n') + body;
    result.count += objects.length;
    return chunk;
  };
  for (;;) {
    if (page.items.length > 0) yield emit(page.items.map((item) => outgoing.clean(item.object)));
    if (!page.next) break;
    page = await store.list(viewer, { ...query, cursor: page.next });
  }
  // Definitions of OpsTrack extensions the objects used, unless the store gave them already.
  const missing = outgoing.missing();
  if (missing.length) yield emit(missing);
  yield result.count === 0 ? '}\n' : '\n]}\n';
}

/** Writes the bundle to a stream, honouring back-pressure. */
export async function exportBundle(store: Store, out: NodeJS.WritableStream, options: ExportOptions = {}): Promise<ExportResult> {
  const result: ExportResult = { bundleId: '', count: 0 };
  for await (const chunk of bundleChunks(store, options, result)) {
    // A destroyed output (closed pipe) would swallow every later page: stop reading the store.
    if ((out as { destroyed?: boolean }).destroyed) throw Object.assign(new Error('output closed'), { code: 'EPIPE' });
    if (!out.write(chunk)) await once(out as NodeJS.EventEmitter, 'drain');
  }
  return result;
}
