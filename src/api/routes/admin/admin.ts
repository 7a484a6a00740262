/**
 * Administration: organisations, users, API tokens and the audit log. An organisation's admin
 * manages the users, tokens and audit entries of their own organisation only: another
 * organisation's users answer exactly as unknown ones. Installation admins manage every
 * organisation and add organisations (docs/security.md). Any signed-in user may list
 * organisations (to pick whom to share with) and manage their own tokens. A token's secret is in
 * the creation answer only.
 */
import { Type, type Static, type TUnsafe } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../../errors.ts';
import { roleAtLeast } from '../../../auth/types.ts';
import { invalidField } from '../../error-handler.ts';
import { commonErrors, errorSchema, itemList } from '../../schemas.ts';

/** A string enum as JSON Schema's `enum`, typed as its union. */
function StringEnum<T extends readonly string[]>(values: T): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
}

const NAME = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]*$' });
const ROLE = StringEnum(['reader', 'editor', 'admin'] as const);
const PASSWORD = Type.String({ minLength: 8, maxLength: 72 });
const ID_PARAMS = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

// Request schemas: each route's request type is Static<typeof ...> of the schema it validates with.
const OrgInput = Type.Object({ name: NAME }, { additionalProperties: false });
const UserInput = Type.Object(
  { name: NAME, org: Type.String({ minLength: 1, maxLength: 100 }), role: ROLE, password: Type.Optional(PASSWORD) },
  { additionalProperties: false },
);
const UserChange = Type.Object(
  { role: Type.Optional(ROLE), password: Type.Optional(PASSWORD), disabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
const TokenInput = Type.Object(
  { name: Type.Optional(Type.String({ maxLength: 100 })), user: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);
const TokenQuery = Type.Object({ user: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false });
const AuditFilter = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    before: Type.Optional(Type.String({ maxLength: 64, description: 'Id of the last entry of the previous page.' })),
    user: Type.Optional(Type.String({ maxLength: 100, description: 'User name or id.' })),
    outcome: Type.Optional(StringEnum(['ok', 'denied', 'failed'] as const)),
  },
  { additionalProperties: false },
);

const org = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, created: { type: 'string' } } } as const;
const user = {
  type: 'object',
  properties: {
    id: { type: 'string' }, name: { type: 'string' }, orgId: { type: 'string' }, orgName: { type: 'string' }, role: ROLE,
    installationAdmin: { type: 'boolean' }, disabled: { type: 'boolean' }, hasPassword: { type: 'boolean' }, created: { type: 'string' },
  },
} as const;
const token = {
  type: 'object',
  properties: {
    id: { type: 'string' }, userId: { type: 'string' }, userName: { type: 'string' }, name: { type: 'string' }, prefix: { type: 'string' },
    created: { type: 'string' }, lastUsed: { type: ['string', 'null'] }, revoked: { type: ['string', 'null'] },
  },
} as const;
const audit = {
  type: 'object',
  properties: {
    id: { type: 'string' }, at: { type: 'string' }, userId: { type: ['string', 'null'] }, userName: { type: ['string', 'null'] },
    orgId: { type: ['string', 'null'] }, action: { type: 'string' }, target: { type: ['string', 'null'] },
    outcome: { type: 'string', enum: ['ok', 'denied', 'failed'] }, status: { type: ['integer', 'null'] }, ip: { type: ['string', 'null'] },
    requestId: { type: ['string', 'null'] }, detail: { type: ['string', 'null'] },
  },
} as const;
const list = itemList;
const errors = { ...commonErrors, 404: errorSchema, 409: errorSchema };

interface OrgBody { Body: Static<typeof OrgInput> }
interface UserBody { Body: Static<typeof UserInput> }
interface UserPatch { Params: Static<typeof ID_PARAMS>; Body: Static<typeof UserChange> }
interface TokenBody { Body: Static<typeof TokenInput> }
interface TokenList { Querystring: Static<typeof TokenQuery> }
interface ById { Params: Static<typeof ID_PARAMS> }
interface AuditQuery { Querystring: Static<typeof AuditFilter> }

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  const { repo } = app.auth;
  const admin = app.auth.requireRole('admin');
  const isAdmin = (request: FastifyRequest) => roleAtLeast(request.viewer!.role, 'admin');
  const isInstallationAdmin = (request: FastifyRequest) => isAdmin(request) && request.viewer!.installationAdmin === true;
  /** A user the caller may manage as an admin: any for an installation admin, else their own organisation's. */
  const manages = (request: FastifyRequest, u: { orgId: string; installationAdmin: boolean }) =>
    isInstallationAdmin(request) || (isAdmin(request) && u.orgId === request.viewer!.orgId && !u.installationAdmin);
  /** A user by name or id as the caller may see them: another organisation's is unknown to an organisation admin. */
  const findUser = async (request: FastifyRequest, idOrName: string) => {
    const u = await repo.findUser(idOrName);
    return u && (isInstallationAdmin(request) || u.orgId === request.viewer!.orgId) ? u : undefined;
  };
  const installationAdmin = async (request: FastifyRequest) => {
    if (!isInstallationAdmin(request)) throw new Errors.AUTH_FORBIDDEN('needs an installation admin');
  };

  app.get('/orgs', { schema: { tags: ['admin'], summary: 'Organisations', response: { 200: list(org), ...commonErrors } } },
    async () => ({ items: await repo.listOrgs() }));

  app.post<OrgBody>('/orgs', {
    onRequest: admin, preHandler: installationAdmin,
    schema: { tags: ['admin'], summary: 'Add an organisation; installation admin', body: OrgInput,
      response: { 201: org, ...errors } },
  }, async (request, reply) => reply.code(201).send(await repo.addOrg(request.body.name)));

  app.get('/users', { onRequest: admin, schema: { tags: ['admin'], summary: 'Users (an organisation admin: their organisation\'s); admin', response: { 200: list(user), ...commonErrors } } },
    async (request) => ({ items: await repo.listUsers(isInstallationAdmin(request) ? undefined : request.viewer!.orgId) }));

  app.post<UserBody>('/users', {
    onRequest: admin,
    schema: {
      tags: ['admin'], summary: 'Add a user; admin',
      body: UserInput,
      response: { 201: user, ...errors },
    },
  }, async (request, reply) => {
    if (!isInstallationAdmin(request)) {
      const org = await repo.findOrg(request.body.org);
      if (!org || org.id !== request.viewer!.orgId) throw invalidField('org', `an organisation admin adds users to their own organisation only`);
    }
    return reply.code(201).send(await repo.addUser(request.body));
  });

  app.patch<UserPatch>('/users/:id', {
    onRequest: admin,
    schema: {
      tags: ['admin'], summary: 'Change a user\'s role, password or disabled flag; admin', params: ID_PARAMS,
      body: UserChange,
      response: { 200: user, ...errors },
    },
  }, async (request) => {
    const target = await findUser(request, request.params.id);
    if (!target) throw new Errors.STORE_NOT_FOUND(`user ${request.params.id}`);
    if (!manages(request, target)) throw new Errors.AUTH_FORBIDDEN('an organisation admin cannot change an installation admin');
    const demotes = (request.body.role !== undefined && request.body.role !== 'admin') || request.body.disabled === true;
    if (target.installationAdmin && demotes && (await repo.countAdmins()) <= 1) {
      throw new Errors.STORE_CONFLICT('the last admin cannot be demoted or disabled');
    }
    return repo.updateUser(target.id, request.body);
  });

  app.get<TokenList>('/tokens', {
    schema: { tags: ['tokens'], summary: 'API tokens: your own, or (admin) anyone\'s with ?user=',
      querystring: TokenQuery,
      response: { 200: list(token), ...commonErrors } },
  }, async (request) => {
    let userId = request.viewer!.userId;
    if (request.query.user !== undefined) {
      if (!isAdmin(request)) throw new Errors.AUTH_FORBIDDEN('only admins list other users\' tokens');
      const u = await findUser(request, request.query.user);
      if (!u) throw invalidField('user', `no user '${request.query.user}'`);
      if (u.id !== request.viewer!.userId && !manages(request, u)) throw new Errors.AUTH_FORBIDDEN('an organisation admin cannot act for an installation admin');
      userId = u.id;
    }
    return { items: await repo.listTokens(userId) };
  });

  app.post<TokenBody>('/tokens', {
    schema: {
      tags: ['tokens'], summary: 'Create an API token (the secret is shown once, in this answer)',
      body: TokenInput,
      response: { 201: { type: 'object', required: ['token', 'info'], properties: { token: { type: 'string' }, info: token } }, ...errors },
    },
  }, async (request, reply) => {
    let userId = request.viewer!.userId;
    if (request.body?.user !== undefined) {
      if (!isAdmin(request)) {
        const self = await repo.findUser(request.body.user);
        if (self?.id !== userId) throw new Errors.AUTH_FORBIDDEN('only admins create tokens for others');
      }
      const u = await findUser(request, request.body.user);
      if (!u) throw invalidField('user', `no user '${request.body.user}'`);
      if (u.id !== userId && !manages(request, u)) throw new Errors.AUTH_FORBIDDEN('an organisation admin cannot act for an installation admin');
      userId = u.id;
    }
    return reply.code(201).send(await repo.createToken(userId, request.body?.name ?? ''));
  });

  app.delete<ById>('/tokens/:id', {
    schema: { tags: ['tokens'], summary: 'Revoke a token (your own; admin: any)', params: ID_PARAMS, response: { 204: { type: 'null' }, ...errors } },
  }, async (request, reply) => {
    const found = await repo.findToken(request.params.id);
    const owner = found && found.userId !== request.viewer!.userId ? await repo.findUser(found.userId) : undefined;
    if (!found || (owner && !manages(request, owner))) throw new Errors.STORE_NOT_FOUND(`token ${request.params.id}`);
    await repo.revokeToken(found.id);
    return reply.code(204).send();
  });

  app.get<AuditQuery>('/audit', {
    onRequest: admin,
    schema: {
      tags: ['admin'], summary: 'The audit log, newest first; admin',
      querystring: AuditFilter,
      response: { 200: list(audit), ...commonErrors },
    },
  }, async (request) => {
    const { user: who, ...rest } = request.query;
    let userId: string | undefined;
    if (who !== undefined) userId = (await findUser(request, who))?.id ?? who;
    const orgId = isInstallationAdmin(request) ? undefined : request.viewer!.orgId;
    return { items: await repo.listAudit({ ...rest, userId, orgId }) };
  });
}
