/**
 * Synthetic, valid STIX 2.1 bundles of any size for the import benchmark and the kill test:
 * intrusion sets use malware, indicators indicate malware. Ids and timestamps derive from the
 * index, so two files of the same size hold identical objects (re-imports are no-ops).
 * Written to disk incrementally, so a million objects never sit in memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { StixObject } from '../../src/model/stix/core.ts';

const CREATED = '2024-01-01T00:00:00.000Z';

function uuid(kind: number, i: number): string {
  const hex = i.toString(16).padStart(12, '0');
  return `00000000-0000-4${kind.toString(16).padStart(3, '0')}-8000-${hex}`;
}

function ipv4(i: number): string {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

/** The i-th object of a synthetic dataset: a repeating group of 5 (set, malware, indicator, 2 relationships). */
export function syntheticObject(i: number): StixObject {
  const g = Math.floor(i / 5);
  const base = { spec_version: '2.1', created: CREATED, modified: CREATED };
  switch (i % 5) {
    case 0:
      return { type: 'intrusion-set', id: `intrusion-set--${uuid(1, g)}`, ...base, name: `Synthetic group ${g}`,
        aliases: [`SG-${g}`], description: 'A synthetic intrusion set generated for benchmarks.' };
    case 1:
      return { type: 'malware', id: `malware--${uuid(2, g)}`, ...base, name: `synthware-${g}`, is_family: true,
        malware_types: ['remote-access-trojan'] };
    case 2:
      return { type: 'indicator', id: `indicator--${uuid(3, g)}`, ...base, name: `C2 address ${ipv4(g)}`,
        indicator_types: ['malicious-activity'], pattern: `[ipv4-addr:value = '${ipv4(g)}']`,
        pattern_type: 'stix', valid_from: CREATED };
    case 3:
      return { type: 'relationship', id: `relationship--${uuid(4, g)}`, ...base, relationship_type: 'uses',
        source_ref: `intrusion-set--${uuid(1, g)}`, target_ref: `malware--${uuid(2, g)}` };
    default:
      return { type: 'relationship', id: `relationship--${uuid(5, g)}`, ...base, relationship_type: 'indicates',
        source_ref: `indicator--${uuid(3, g)}`, target_ref: `malware--${uuid(2, g)}` };
  }
}

/** Writes a bundle of `count` synthetic objects to `path`, honouring back-pressure. Returns its size in bytes. */
export async function writeSyntheticBundle(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(`{"type":"bundle","id":"bundle--${uuid(0, count)}","objects":[\n`);
  const chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(JSON.stringify(syntheticObject(i)));
    if (chunk.length === 1000 || i === count - 1) {
      await write(chunk.join(',\n') + (i === count - 1 ? '\n' : ',\n'));
      chunk.length = 0;
    }
  }
  await write(']}\n');
  out.end();
  await once(out, 'finish');
  return bytes;
}
