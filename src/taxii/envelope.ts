/**
 * Shapes a Store page into the TAXII 2.1 resources that carry pages: the envelope (Get Objects,
 * Get an Object), the manifest and the versions resource, plus the X-TAXII-Date-Added-First/-Last
 * headers (spec sections 3.3.1 and 5.x), which bracket the dates added of the items on the page.
 * Pages of objects are built as text around the stored JSON (envelopeText, bundleText).
 */
import { randomUUID } from 'node:crypto';
import type { Page, StoredObject, StoredText } from '../storage/store.ts';
import { jsonArrayText } from '../storage/stored-text.ts';
import type { Bundle, StixObject } from '../model/stix/core.ts';
import type { Envelope, ManifestRecord } from './types.ts';

interface Paged {
  more: boolean;
  next?: string;
}

/** `more` is always given; `next` only when there is a following page. */
function paging(page: Page<unknown>): Paged {
  return page.next ? { more: true, next: page.next } : { more: false };
}

/**
 * The envelope (`more`, `next` when there is a following page, `objects` unless the page is empty:
 * TAXII lists are omitted rather than sent empty) as JSON text, built around the stored JSON texts
 * as they are: no object is parsed or re-serialised.
 */
export function envelopeText(page: Page<StoredText>): string {
  const head = page.next ? `{"more":true,"next":${JSON.stringify(page.next)}` : '{"more":false';
  return page.items.length ? `${head},"objects":${jsonArrayText(page.items)}}` : `${head}}`;
}

/** A STIX bundle of the stored JSON texts as they are. */
export function bundleText(items: readonly StoredText[]): string {
  return `{"type":"bundle","id":"bundle--${randomUUID()}","objects":${jsonArrayText(items)}}`;
}

/** The envelope of a page of parsed objects (routes that derive their objects, such as the plain-claims collection). */
export function toEnvelope(page: Page<StoredObject>): Envelope {
  const env: Envelope = paging(page);
  if (page.items.length) env.objects = page.items.map((s) => s.object);
  return env;
}

/** A STIX bundle of objects built in memory. */
export function toBundle(objects: StixObject[]): Bundle {
  return { type: 'bundle', id: `bundle--${randomUUID()}`, objects };
}

export function stixMediaType(specVersion: string): string {
  return `application/stix+json;version=${specVersion}`;
}

/** The manifest resource; with nothing to list it is the empty resource `{}` (spec section 5.6). */
export function toManifest(page: Page<StoredObject>): Partial<Paged> & { objects?: ManifestRecord[] } {
  if (page.items.length === 0 && !page.next) return {};
  const out: Partial<Paged> & { objects?: ManifestRecord[] } = paging(page);
  if (page.items.length) {
    out.objects = page.items.map((s) => ({
      id: s.id,
      date_added: s.dateAdded,
      version: s.version,
      media_type: stixMediaType(s.specVersion),
    }));
  }
  return out;
}

/** The versions resource; with nothing to list it is the empty resource `{}` (spec section 5.8). */
export function toVersions(page: Page<StoredObject>): Partial<Paged> & { versions?: string[] } {
  if (page.items.length === 0 && !page.next) return {};
  const out: Partial<Paged> & { versions?: string[] } = paging(page);
  if (page.items.length) out.versions = page.items.map((s) => s.version);
  return out;
}

/** The X-TAXII-Date-Added-First/-Last headers for a page; none for an empty page. */
export function dateAddedHeaders(items: readonly { dateAdded: string }[]): Record<string, string> {
  const [head] = items;
  if (!head) return {};
  let first = head.dateAdded;
  let last = first;
  for (const { dateAdded } of items) {
    if (dateAdded < first) first = dateAdded;
    if (dateAdded > last) last = dateAdded;
  }
  return { 'X-TAXII-Date-Added-First': first, 'X-TAXII-Date-Added-Last': last };
}
