/**
 * What every outgoing STIX object goes through, whichever surface sends it (bundle export, claims
 * export, `opstrack extract --stix`): OpsTrack's top-level properties declared by their extension,
 * countries by ISO 3166-1 codes only (isoCountry),
 * TLP 2.0 marking definitions as OASIS publishes them, and, at the end of the bundle, the
 * definition (and its publisher) of every OpsTrack extension an object used that the bundle did not
 * already carry. See docs/interchange.md.
 * @module
 */
import { claimExtensionDefinition } from '../claims/extension-definition.ts';
import { CLAIM_EXTENSION_ID } from '../model/claim.ts';
import { declareOpstrackProperties, isoCountry, opstrackIdentity, opstrackPropertiesDefinition, OPSTRACK_IDENTITY_ID, OPSTRACK_PROPERTIES_EXTENSION_ID } from '../model/opstrack-extensions.ts';
import type { StixObject } from '../model/stix/core.ts';
import { canonicalTlpDefinition } from '../model/tlp.ts';

/**
 * Sector values written by releases before 2026-12-02, which misspelled four industry-sector-ov
 * values and put OpsTrack's `elections` (outside the vocabulary) in `sectors`; stored objects keep
 * them until knowledge is reloaded, so exports spell them as the vocabulary does.
 */
const LEGACY_SECTORS: ReadonlyMap<string, string> = new Map([
  ['infrastructure-nuclear', 'nuclear'],
  ['infrastructure-water', 'water'],
  ['infrastructure-dams', 'dams'],
  ['government-emergency-services', 'emergency-services'],
  ['elections', 'government'],
]);

function vocabularySectors(o: StixObject): StixObject {
  const sectors = o.sectors;
  if (!Array.isArray(sectors) || !sectors.some((s) => LEGACY_SECTORS.has(s as string))) return o;
  return { ...o, sectors: [...new Set(sectors.map((s) => LEGACY_SECTORS.get(s as string) ?? s))] };
}

const OWN_DEFINITIONS: ReadonlyMap<string, () => StixObject> = new Map([
  [CLAIM_EXTENSION_ID, claimExtensionDefinition],
  [OPSTRACK_PROPERTIES_EXTENSION_ID, opstrackPropertiesDefinition],
]);

/**
 * OpsTrack's publisher identity and the definition of every extension it writes: what every
 * installation stores for all its users (src/app.ts), so TAXII collections and /api/objects, which
 * serve stored objects as they are, carry the definitions their objects' extensions name.
 */
export function opstrackDefinitions(): StixObject[] {
  return [opstrackIdentity(), ...[...OWN_DEFINITIONS.values()].map((definition) => definition())];
}

/** Tracks one bundle: clean each object as it leaves, then list the definitions it still lacks. */
export class OutgoingBundle {
  readonly #sent = new Set<string>();
  readonly #used = new Set<string>();

  /** The object as it should leave (a copy when anything changes). */
  clean(o: StixObject): StixObject {
    const out = (o.type === 'marking-definition' ? canonicalTlpDefinition(o.id) : undefined) ?? declareOpstrackProperties(isoCountry(vocabularySectors(o)));
    this.#sent.add(out.id);
    const extensions = out.extensions as Record<string, unknown> | undefined;
    if (extensions) for (const id of Object.keys(extensions)) if (OWN_DEFINITIONS.has(id)) this.#used.add(id);
    return out;
  }

  /** OpsTrack's definitions (and identity) that objects used and the bundle has not carried. */
  missing(): StixObject[] {
    const out: StixObject[] = [];
    for (const id of this.#used) {
      if (this.#sent.has(id)) continue;
      const definition = OWN_DEFINITIONS.get(id)!();
      this.#sent.add(id);
      out.push(definition);
    }
    if (out.length && !this.#sent.has(OPSTRACK_IDENTITY_ID)) {
      this.#sent.add(OPSTRACK_IDENTITY_ID);
      out.unshift(opstrackIdentity());
    }
    return out;
  }
}

/** A whole list of objects made clean, with the definitions it lacks appended. */
export function cleanObjects(objects: readonly StixObject[]): StixObject[] {
  const bundle = new OutgoingBundle();
  const out = objects.map((o) => bundle.clean(o));
  return [...out, ...bundle.missing()];
}
