/**
 * Deterministic STIX ids for built-in knowledge, hashed from a fixed namespace and `kind:key`, so every
 * install (and every re-load) gives the same entity the same id, and objects from different
 * OpsTrack instances line up when shared over TAXII. The hash is shaped as a UUIDv4 (version and
 * variant bits set) because STIX 2.1 section 2.9 asks SDOs/SROs for v4 ids; src/claims does the same.
 */
import { createHash } from 'node:crypto';
import type { KnownEntityKind, KnownEntityType } from './types.ts';

/** OpsTrack's namespace for knowledge ids. Never change it: ids derive from it. */
export const KNOWLEDGE_NAMESPACE = 'b5c8d87d-6e6b-452b-b46f-af14cffd68f0';

export function knowledgeId(type: KnownEntityType | string, kind: KnownEntityKind | string, key: string): string {
  return `${type}--${hashUuid(KNOWLEDGE_NAMESPACE, `${kind}:${key.toLowerCase()}`)}`;
}

/** A UUIDv4-shaped id from the sha256 of its parts. */
export function hashUuid(...parts: string[]): string {
  const b = createHash('sha256').update(parts.join('|')).digest();
  b.writeUInt8((b.readUInt8(6) & 0x0f) | 0x40, 6);
  b.writeUInt8((b.readUInt8(8) & 0x3f) | 0x80, 8);
  const h = b.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** A stable slug for keys: lowercase ASCII letters and digits joined by '-'. */
export function slugKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
