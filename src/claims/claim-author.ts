/**
 * The STIX identity of an OpsTrack organisation: the `created_by_ref` of what its users publish
 * (draft reports and their claims) and of the claim versions its editors write (corrections,
 * retractions). One formula, so an organisation is one identity wherever it writes.
 */
import { hashUuid } from '../knowledge/ids.ts';
import type { StixObject } from '../model/stix/core.ts';

export function orgIdentityId(orgId: string): string {
  return `identity--${hashUuid('opstrack-org', orgId)}`;
}

export function orgIdentity(orgId: string, name: string, timestamp: string): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: orgIdentityId(orgId),
    created: timestamp,
    modified: timestamp,
    name,
    identity_class: 'organization',
  };
}
