/**
 * TLP 2.0 as STIX marking-definition objects (the OASIS TLP 2.0 extension ids), and the mapping from
 * an object's `object_marking_refs` to the single TLP level that governs who may see it.
 * TLP 1.0 ids (WHITE, GREEN, AMBER, RED) from STIX 2.1 section 7.2.1.4 are read as their 2.0 peers.
 */
import type { StixObject } from './stix/core.ts';

export type TlpLevel = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';

/** Most to least permissive; a larger index is stricter. */
export const TLP_ORDER: readonly TlpLevel[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

const TLP2_IDS: Record<TlpLevel, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

const TLP1_IDS: Record<string, TlpLevel> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear', // TLP:WHITE
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

const BY_ID = new Map<string, TlpLevel>([
  ...Object.entries(TLP2_IDS).map(([level, id]) => [id, level as TlpLevel] as const),
  ...Object.entries(TLP1_IDS),
]);

export function tlpMarkingId(level: TlpLevel): string {
  return TLP2_IDS[level];
}

/** The TLP level a marking-definition id stands for, if it is one. */
export function tlpOfMarking(id: string): TlpLevel | undefined {
  return BY_ID.get(id);
}

/** The strictest TLP level among an object's markings; undefined when it carries none. */
export function tlpOf(object: Pick<StixObject, 'object_marking_refs'>): TlpLevel | undefined {
  let strictest: TlpLevel | undefined;
  for (const ref of object.object_marking_refs ?? []) {
    const level = BY_ID.get(ref);
    if (level && (!strictest || TLP_ORDER.indexOf(level) > TLP_ORDER.indexOf(strictest))) strictest = level;
  }
  return strictest;
}

/**
 * The five TLP 2.0 marking-definition objects exactly as OASIS publishes them
 * (cti-stix-common-objects, extension-definition-specifications/tlp-2.0): same properties, values
 * and key order, and no `created_by_ref` (the published objects carry none). A stored copy written by
 * an earlier release (which added one) is replaced by these on export (`canonicalTlpDefinition`).
 */
export function tlpMarkingDefinitions(): StixObject[] {
  return TLP_ORDER.map((level) => ({
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_IDS[level],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.toUpperCase()}`,
    extensions: {
      [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: level },
    },
  }));
}

const CANONICAL = new Map(tlpMarkingDefinitions().map((d) => [d.id, d]));

/** The OASIS TLP 2.0 definition for a TLP 2.0 marking-definition id, if it is one. */
export function canonicalTlpDefinition(id: string): StixObject | undefined {
  const d = CANONICAL.get(id);
  return d ? structuredClone(d) : undefined;
}
