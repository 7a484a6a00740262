/**
 * MISP events in: `opstrack import event.json` (registry.ts detects the `{"Event": …}` document) and
 * `POST /api/import` with a MISP event body both come here. The event is checked
 * (misp-event-format.ts), turned into STIX (misp-event-in.ts) in the importer's view (existing
 * groups it may see are named, not duplicated), every object is validated, and then all of it is
 * stored in one transaction: a bad event changes nothing. The importing organisation owns what it
 * creates (the store's rule for every put); markings come from the event's TLP tags.
 * @module
 */
import type { StixObject } from '../model/stix/core.ts';
import { formatIssue, validateObject } from '../model/stix/validate.ts';
import { SYSTEM, type Viewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';
import { Errors } from '../errors.ts';
import { readJsonFile } from './attack-importer.ts';
import { emptySummary, importEntries, type ImportOptions, type ImportSummary } from './bundle-importer.ts';
import { EntityIndex } from './known-entities.ts';
import { parseMispEvent } from './misp-event-format.ts';
import { mispEventToStix, type MispInResult } from './misp-event-in.ts';
import type { FileImporter } from './types.ts';

const ENTITY_TYPES = ['intrusion-set', 'threat-actor', 'malware', 'tool', 'location', 'identity'];

export const mispEventImporter: FileImporter = {
  name: 'misp-event',
  detect: (head) => /^\uFEFF?\s*\{\s*"(Event|response)"\s*:\s*[[{]/.test(head),
  run: (store, path, options) => importMispEventFile(store, path, options),
};

/** The entities a viewer may see, indexed for the identity rule (known-entities.ts). */
async function visibleEntities(store: Store, viewer: Viewer): Promise<EntityIndex> {
  const index = new EntityIndex();
  let cursor: string | undefined;
  do {
    const page = await store.list(viewer, { types: ENTITY_TYPES, limit: 1000, cursor });
    for (const s of page.items) if (!s.object.revoked) index.add(s.object);
    cursor = page.next;
  } while (cursor);
  return index;
}

/**
 * The STIX objects a MISP event document becomes, in the viewer's view, validated.
 * @throws OPS_ERR_INPUT_INVALID naming the bad MISP field; OPS_ERR_STIX_INVALID naming a bad object.
 */
export async function mispEventObjects(store: Store, input: unknown, viewer: Viewer = SYSTEM, now = new Date()): Promise<MispInResult> {
  const event = parseMispEvent(input);
  const index = await visibleEntities(store, viewer);
  const result = mispEventToStix(event, { now: now.toISOString(), ownerKey: viewer.kind === 'user' ? viewer.orgId : 'installation', index });
  const problems: string[] = [];
  result.objects.forEach((o, i) => {
    for (const issue of validateObject(o, `objects[${i}]`)) if (issue.severity === 'error') problems.push(`${o.id}: ${formatIssue(issue)}`);
  });
  if (problems.length) throw new Errors.STIX_INVALID(`MISP event ${event.uuid} maps to invalid STIX, nothing imported: ${problems.slice(0, 5).join('; ')}`);
  return result;
}

/** Imports one MISP event document (already parsed JSON) in one transaction. */
export async function importMispEvent(store: Store, input: unknown, file: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const viewer = options.putOptions?.actor ?? SYSTEM;
  const { objects, notes, reportId } = await mispEventObjects(store, input, viewer);
  const summary = emptySummary(file, 'misp-event');
  async function* entries() {
    for (let i = 0; i < objects.length; i++) yield { index: i, path: `objects[${i}]`, object: objects[i] as StixObject as unknown };
  }
  await importEntries(store, entries(), summary, { ...options, batchSize: Math.max(objects.length, 1) });
  return { ...summary, notes: [`report ${reportId}`, ...notes] };
}

export async function importMispEventFile(store: Store, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  return importMispEvent(store, await readJsonFile(path), path, options);
}
