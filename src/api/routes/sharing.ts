/**
 * Sharing: an editor of the organisation that owns an AMBER object may share it with another
 * organisation; an editor may name RED recipients of an object their organisation owns or that
 * they already receive. Anything else answers 404, as if the object did not exist. The Store
 * enforces ownership (docs/security.md); a grant opens only the versions its owner wrote.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../errors.ts';
import { SYSTEM } from '../../model/viewer.ts';
import type { Store } from '../../storage/store.ts';
import { invalidField } from '../error-handler.ts';
import { commonErrors, errorSchema, StixIdParams, stixIdParams } from '../schemas.ts';

const ok = { type: 'object', properties: { id: { type: 'string' }, org: { type: 'string' }, user: { type: 'string' } } } as const;

const shareSchema = {
  tags: ['sharing'],
  summary: 'Share an AMBER object with another organisation; needs role editor in the owning organisation',
  params: stixIdParams,
  body: Type.Object({ org: Type.String({ minLength: 1, maxLength: 100, description: 'Organisation name or id.' }) }, { additionalProperties: false }),
  response: { 200: ok, ...commonErrors, 404: errorSchema, 409: errorSchema },
} as const;

const recipientSchema = {
  tags: ['sharing'],
  summary: 'Add a recipient (user) to a RED object; needs role editor',
  params: stixIdParams,
  body: Type.Object({ user: Type.String({ minLength: 1, maxLength: 100, description: 'User name or id.' }) }, { additionalProperties: false }),
  response: { 200: ok, ...commonErrors, 404: errorSchema, 409: errorSchema },
} as const;

interface ShareReq { Params: Static<typeof StixIdParams>; Body: Static<typeof shareSchema.body> }
interface RecipientReq { Params: Static<typeof StixIdParams>; Body: Static<typeof recipientSchema.body> }

export async function sharingRoutes(app: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const editor = app.auth.requireRole('editor');

  async function denied(request: FastifyRequest, id: string, why: string): Promise<Error> {
    await app.auth.audit(request, { action: 'share', target: id, outcome: 'denied', status: 404, detail: why });
    return new Errors.STORE_NOT_FOUND(id);
  }

  app.post<ShareReq>('/objects/:id/shares', { schema: shareSchema, onRequest: editor }, async (request) => {
    const viewer = request.viewer!;
    const { id } = request.params;
    const [latest] = await store.get(viewer, id);
    const mayAct = latest && (latest.ownerOrgId === viewer.orgId || viewer.installationAdmin === true);
    if (!latest || !mayAct) throw await denied(request, id, 'not visible or not owned by the caller\'s organisation');
    if (latest.tlp !== 'amber') throw new Errors.STORE_CONFLICT(`${id} is ${latest.tlp ?? 'unmarked'}; only TLP:AMBER objects are shared with organisations`);
    const org = await app.auth.repo.findOrg(request.body.org);
    if (!org) throw invalidField('org', `no organisation '${request.body.org}'`);
    try {
      await store.shareWith(id, org.id, { actor: viewer });
    } catch (err) {
      if ((err as { code?: string }).code === 'OPS_ERR_STORE_NOT_FOUND') throw await denied(request, id, 'not owned by the caller\'s organisation');
      throw err;
    }
    await app.auth.audit(request, { action: 'share', target: id, outcome: 'ok', status: 200, detail: `with org ${org.name}` });
    return { id, org: org.id };
  });

  app.post<RecipientReq>('/objects/:id/recipients', { schema: recipientSchema, onRequest: editor }, async (request) => {
    const viewer = request.viewer!;
    const { id } = request.params;
    const [seen] = await store.get(viewer, id);
    // the owning organisation may not read its own RED object, but may say who does
    const [latest] = seen ? [seen] : await store.get(SYSTEM, id);
    if (!latest || (!seen && latest.ownerOrgId !== viewer.orgId && !viewer.installationAdmin)) {
      throw await denied(request, id, 'not a recipient and not owned by the caller\'s organisation');
    }
    if (latest.tlp !== 'red') throw new Errors.STORE_CONFLICT(`${id} is ${latest.tlp ?? 'unmarked'}; recipients apply to TLP:RED objects`);
    const user = await app.auth.repo.findUser(request.body.user);
    if (!user) throw invalidField('user', `no user '${request.body.user}'`);
    try {
      await store.addRecipient(id, user.id, { actor: viewer });
    } catch (err) {
      if ((err as { code?: string }).code === 'OPS_ERR_STORE_NOT_FOUND') throw await denied(request, id, 'not a recipient and not owned by the caller\'s organisation');
      throw err;
    }
    await app.auth.audit(request, { action: 'add-recipient', target: id, outcome: 'ok', status: 200, detail: `user ${user.name}` });
    return { id, user: user.id };
  });
}
