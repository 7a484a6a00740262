/**
 * Schemas of the claim revision routes (src/claims/claim-revisions.ts): correct a published claim
 * (a new version), retract it (a revoking version), read its history. The changeable fields take
 * their schemas from the claim's own (src/model/claim.ts); `null` removes an optional field.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CLAIM_TYPE, claimFieldProperties } from '../../../model/claim.ts';
import { forFastify } from '../../../model/schema-problems.ts';
import { commonErrors, errorSchema } from '../../schemas.ts';
import { claimSchema } from './schema.ts';

const tags = ['claims'];
const orNull = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));
const p = claimFieldProperties;

export const ClaimChangesSchema = Type.Object(
  {
    claimant_ref: Type.Optional(p.claimant_ref),
    stance: Type.Optional(p.stance),
    speaks_for_ref: orNull(p.speaks_for_ref),
    subject_refs: orNull(p.subject_refs),
    subject_description: orNull(p.subject_description),
    addressee_refs: orNull(p.addressee_refs),
    made_on: orNull(p.made_on),
    made_on_precision: orNull(p.made_on_precision),
    made_on_source: p.made_on_source,
    confidence: orNull(p.confidence),
    basis: orNull(p.basis),
    measure: orNull(p.measure),
    targeted_sectors: orNull(p.targeted_sectors),
    targeted_countries: orNull(p.targeted_countries),
    evidence: Type.Optional(Type.Object(
      { start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) },
      { additionalProperties: false, description: "The new passage as offsets into the report's stored text; its text is read from there." },
    )),
  },
  { additionalProperties: false, minProperties: 1 },
);

const ReviseBody = Type.Object({ changes: ClaimChangesSchema }, { additionalProperties: false });
const ClaimParams = Type.Object({ id: Type.String({ pattern: `^${CLAIM_TYPE}--[0-9a-fA-F-]{36}$` }) });

const oneClaim = { type: 'object', required: ['claim'], properties: { claim: claimSchema } } as const;

export const reviseSchema = {
  tags,
  summary: "Correct a published claim: a new version with the changes, authored by the editor's organisation; needs role editor in the claim's owner organisation",
  params: forFastify(ClaimParams),
  body: forFastify(ReviseBody),
  response: { 200: oneClaim, ...commonErrors, 404: errorSchema, 409: errorSchema, 422: errorSchema },
} as const;

export const retractSchema = {
  tags,
  summary: "Retract a published claim: a revoking version, authored by the editor's organisation; needs role editor in the claim's owner organisation",
  params: forFastify(ClaimParams),
  response: { 200: oneClaim, ...commonErrors, 404: errorSchema, 409: errorSchema },
} as const;

export const historySchema = {
  tags,
  summary: 'Every version of a claim the caller may see, oldest first: who wrote it, when, what it changed',
  params: forFastify(ClaimParams),
  response: {
    200: {
      type: 'object',
      required: ['versions', 'can_edit'],
      properties: {
        can_edit: { type: 'boolean', description: 'Whether the caller may correct or retract the claim.' },
        versions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['claim', 'date_added', 'revoked', 'changed'],
            properties: {
              claim: claimSchema, date_added: { type: 'string' }, author_ref: { type: 'string' }, author_name: { type: 'string' },
              revoked: { type: 'boolean' }, changed: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
    ...commonErrors,
    404: errorSchema,
  },
} as const;

export interface ReviseReq {
  Params: Static<typeof ClaimParams>;
  Body: Static<typeof ReviseBody>;
}

export interface ClaimIdReq {
  Params: Static<typeof ClaimParams>;
}
