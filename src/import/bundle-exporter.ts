/**
 * Streams the latest version of every object visible to SYSTEM as one STIX 2.1 bundle, page by
 * page, honouring back-pressure: memory stays at one page however large the store.
 * @module
 */
import { once } from 'node:events';
import { v4 as uuidv4 } from 'uuid';
import { SYSTEM } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';

export interface ExportOptions {
  /** Only these object types. */
  types?: string[];
  /** Only versions whose `modified` (else `created`) is at or after this timestamp. */
  since?: string;
  /** Objects fetched per store page (default 1,000). */
  pageSize?: number;
  /** Defaults to a fresh `bundle--<uuid4>`. */
  bundleId?: string;
}

export interface ExportResult {
  bundleId: string;
  count: number;
}

export async function exportBundle(store: Store, out: NodeJS.WritableStream, options: ExportOptions = {}): Promise<ExportResult> {
  const bundleId = options.bundleId ?? `bundle--${uuidv4()}`;
  const write = async (text: string) => {
    // A destroyed output (closed pipe) would swallow every later page: stop reading the store.
    if ((out as { destroyed?: boolean }).destroyed) throw Object.assign(new Error('output closed'), { code: 'EPIPE' });
    if (!out.write(text)) await once(out as NodeJS.EventEmitter, 'drain');
  };
  // STIX 2.1 allows no empty "objects" list: it is opened with the first object, omitted when none.
  await write(`{"type":"bundle","id":${JSON.stringify(bundleId)}`);
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await store.list(SYSTEM, {
      types: options.types?.length ? options.types : undefined,
      since: options.since,
      versions: ['last'],
      limit: options.pageSize ?? 1000,
      cursor,
    });
    if (page.items.length > 0) {
      const body = page.items.map((item) => JSON.stringify(item.object)).join(',\n');
      await write((count === 0 ? ',"objects":[\n' : ',\n') + body);
      count += page.items.length;
    }
    cursor = page.next;
  } while (cursor);
  await write(count === 0 ? '}\n' : '\n]}\n');
  return { bundleId, count };
}
