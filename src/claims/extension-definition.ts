/**
 * OpsTrack's STIX 2.1 extension-definition for claims, and the OpsTrack identity that publishes it.
 *
 * Why a new SDO (`new-sdo`, type `x-opstrack-claim`) rather than a property extension on `opinion`
 * or `note` (STIX 2.1 section 7.3 offers new object types, nested property extensions and top-level
 * property extensions):
 * - An opinion is its creator's own assessment of other objects (`created_by_ref` is who holds the
 *   opinion, `opinion` is an agree/disagree scale, `object_refs` is required). A claim records what a
 *   third party said: the claimant is not the producer, an attribution or a warning is not an
 *   agreement score, and a claim about described activity may have no STIX object to point at.
 * - A note is free text by its author about objects; making claims notes-with-extras would make every
 *   query "notes whose extension says ..." and let a consumer that ignores extensions read a
 *   statement by the US government as an OpsTrack analyst's comment.
 * - A claim has its own identity and history (immutable; corrections are new versions), is the
 *   target of other claims (`responds_to_refs`) and must be selectable by type over TAXII
 *   (`match[type]=x-opstrack-claim`). Those are the marks of an object, not of extra properties.
 * Consumers that ignore extensions are served by the plain-STIX mapping (stix-mapping.ts), which
 * turns each claim into relationships, opinions and notes created by the claimant's identity.
 *
 * The type keeps the `x-` prefix: the spec leaves extension-defined type names free, and the prefix
 * tells tools that predate extensions that the object is not OASIS-defined and must not collide with
 * a future standard `claim` type.
 * @module
 */
import type { StixObject } from '../model/stix/core.ts';
import { CLAIM_EXTENSION_ID, CLAIM_SCHEMA_URL, CLAIM_TYPE } from '../model/claim.ts';
import { OPSTRACK_IDENTITY_ID } from '../model/opstrack-extensions.ts';

export { CLAIM_SCHEMA_URL };

export { OPSTRACK_IDENTITY_ID, opstrackIdentity } from '../model/opstrack-extensions.ts';
export const CLAIM_EXTENSION_VERSION = '1.0.0';
const PUBLISHED = '2026-11-25T00:00:00.000Z';

export function claimExtensionDefinition(): StixObject {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: CLAIM_EXTENSION_ID,
    created_by_ref: OPSTRACK_IDENTITY_ID,
    created: PUBLISHED,
    modified: PUBLISHED,
    name: 'OpsTrack claim',
    description:
      `Defines the ${CLAIM_TYPE} SDO: a record of what a claimant (state, government body, spokesperson, vendor) said ` +
      'about cyber operations (attributes, accuses, denies, confirms, warns, calls-for, overlaps), against whom, when, ' +
      'in which source report and on which exact passage (UTF-16 offsets into the stored text), with basis, measure, ' +
      'confidence and the earlier claims it answers. Claims are immutable: a correction is a new version.',
    schema: CLAIM_SCHEMA_URL,
    version: CLAIM_EXTENSION_VERSION,
    extension_types: ['new-sdo'],
    external_references: [{ source_name: 'opstrack-claims', url: 'https://github.com/opstrack/opstrack/blob/main/docs/claims.md' }],
  };
}
