/**
 * An OpsTrack extension beside Get Collections: admins create collections over HTTP
 * (`POST {api-root}/collections/`), as `opstrack collection add` does on the command line.
 * The body is JSON (`application/json` or the TAXII media type); organisations are names or ids.
 * The creator's organisation owns the collection (reads and writes it without a grant).
 * The answer is the collection resource plus its grants under `x_opstrack_permissions`
 * (TAXII clients keep unknown properties as custom properties).
 */
import type { FastifyInstance } from 'fastify';
import type {} from '../../auth/request-context.ts';
import { Errors } from '../../errors.ts';
import { toCollectionResource } from '../collections.ts';
import type { TaxiiContext } from '../context.ts';
import type { Collection } from '../types.ts';
import { taxiiRoute } from './shared.ts';

interface NewCollectionBody {
  title: string;
  description?: string;
  alias?: string;
  read_orgs?: string[];
  write_orgs?: string[];
  everyone_read?: boolean;
  everyone_write?: boolean;
}

const orgList = { type: 'array', maxItems: 1000, items: { type: 'string', minLength: 1, maxLength: 200 } };

const bodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title'],
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 5000 },
    alias: { type: 'string', minLength: 1, maxLength: 100 },
    read_orgs: orgList,
    write_orgs: orgList,
    everyone_read: { type: 'boolean' },
    everyone_write: { type: 'boolean' },
  },
} as const;

export function permissionsOf(c: Collection) {
  return {
    everyone_read: c.everyoneRead, everyone_write: c.everyoneWrite, read_orgs: c.readOrgs, write_orgs: c.writeOrgs,
    ...(c.ownerOrg ? { owner_org: c.ownerOrg } : {}),
  };
}

export function collectionsAdminRoutes(app: FastifyInstance, ctx: TaxiiContext): void {
  // the auth plugin's repository (the `auth` decorator the TAXII plugin declares it needs)
  const auth = app.auth.repo;
  const options = taxiiRoute(['taxii']);
  app.post<{ Body: NewCollectionBody }>(
    `${ctx.apiRootPath()}collections/`,
    { ...options, config: { ...options.config, taxiiJsonBody: true }, schema: { body: bodySchema } },
    async (request, reply) => {
      const viewer = ctx.viewer(request);
      if (viewer.role !== 'admin') throw new Errors.AUTH_FORBIDDEN('only admins create collections');
      const resolve = (names: string[] | undefined, field: string) =>
        Promise.all((names ?? []).map(async (name) => {
          const org = await auth.findOrg(name);
          if (!org) throw Object.assign(new Errors.INPUT_INVALID(`${field}: no organisation '${name}'`), { field });
          return org.id;
        }));
      const b = request.body;
      const created = await ctx.collections.add({
        title: b.title,
        description: b.description,
        alias: b.alias,
        readOrgs: await resolve(b.read_orgs, 'read_orgs'),
        writeOrgs: await resolve(b.write_orgs, 'write_orgs'),
        everyoneRead: b.everyone_read,
        everyoneWrite: b.everyone_write,
        // the creator's organisation keeps the collection it made for partners
        ownerOrg: viewer.orgId,
      });
      return reply.code(201).send({ ...toCollectionResource(created, viewer), x_opstrack_permissions: permissionsOf(created) });
    },
  );
}
