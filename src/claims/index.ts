/** Public surface of the claims module (an index only re-exports). */
export { ClaimService, type ClaimServiceOptions, type ClaimGroup, type SubjectClaims, type NamedCell, type NamedContested } from './claim-service.ts';
export { buildClaim, correctClaim, assertClaim, type ClaimInput } from './build-claim.ts';
export { indexClaims, unindexClaim, reindexClaims, rebuildClaimStats, syncClaimIndex, claimIndexBehind, type IndexResult } from './claim-index.ts';
export { claimIndexHook } from './claim-index-hook.ts';
export { claimsMigration } from './claims-schema.ts';
export type { ClaimFilter, ContestedSubject, MatrixCell, MatrixFilter, TimelinePoint } from './claim-queries.ts';
export { claimToStix, claimsToStix, claimsBundle, plainBundle, exportClaims, attributionRelationshipIds, attributionType, VENDOR_OVERLAP } from './stix-mapping.ts';
export { claimExtensionDefinition, opstrackIdentity, OPSTRACK_IDENTITY_ID, CLAIM_SCHEMA_URL } from './extension-definition.ts';
