/**
 * UI sessions. POST /api/session checks a name and password (under the same brute-force
 * protection as HTTP Basic) and sets the `opstrack_session` cookie (HttpOnly, SameSite=Strict);
 * the answer carries the CSRF token the UI must send as `X-OpsTrack-CSRF` on every write.
 * GET answers who the caller is (any credential); DELETE logs out.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../../auth/request-context.ts';
import { commonErrors, errorSchema } from '../schemas.ts';

const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, name: { type: 'string' }, orgId: { type: 'string' }, orgName: { type: 'string' },
    role: { type: 'string', enum: ['reader', 'editor', 'admin'] },
  },
} as const;

const whoami = {
  type: 'object',
  required: ['user', 'method'],
  properties: {
    user: userSchema,
    method: { type: 'string', enum: ['bearer', 'basic', 'session'] },
    csrf: { type: 'string', description: 'Send as `X-OpsTrack-CSRF` on unsafe requests (session only).' },
    expires: { type: 'string' },
  },
} as const;

const LoginBody = Type.Object(
  { user: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

interface LoginReq { Body: Static<typeof LoginBody> }

export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const { repo } = app.auth;

  app.post<LoginReq>('/session', {
    config: { public: true, audit: false },
    schema: {
      tags: ['session'],
      summary: 'Log in: sets the session cookie and returns the CSRF token',
      body: LoginBody,
      response: { 200: whoami, 400: errorSchema, 401: errorSchema },
    },
  }, async (request, reply) => {
    const user = await app.auth.checkPassword(request, request.body.user, request.body.password, 'login');
    const session = await repo.createSession(user.id, app.auth.sessionTtlMs);
    reply.setCookie(SESSION_COOKIE, session.sessionId, {
      path: '/', httpOnly: true, sameSite: 'strict', secure: app.auth.cookieSecure, expires: new Date(session.expires),
    });
    await app.auth.audit(request, { action: 'login', target: user.name, outcome: 'ok', status: 200, userId: user.id, orgId: user.orgId });
    return { user, method: 'session', csrf: session.csrf, expires: session.expires };
  });

  app.get('/session', {
    schema: { tags: ['session'], summary: 'Who am I', response: { 200: whoami, ...commonErrors } },
  }, async (request) => {
    const body: Record<string, unknown> = { user: request.user, method: request.authMethod };
    if (request.authMethod === 'session') {
      const session = await repo.findSession(request.cookies[SESSION_COOKIE]!);
      body.csrf = session?.csrf;
      body.expires = session?.expires;
    }
    return body;
  });

  app.delete('/session', {
    config: { public: true },
    schema: { tags: ['session'], summary: 'Log out (ends the session)', response: { 204: { type: 'null' }, ...commonErrors } },
  }, async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId) await repo.deleteSession(sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });
}
