/**
 * What the auth plugin adds to Fastify's types: `request.viewer` (null when anonymous),
 * `request.user`, `request.authMethod`, the `app.auth` service, and the route config flags
 * that opt a route out of authentication or choose its 401 challenge.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UserViewer } from '../model/viewer.ts';
import type { AuthRepository } from './auth-repository.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { AuditInput, AuthMethod, Role, User } from './types.ts';

export interface AuthService {
  readonly repo: AuthRepository;
  readonly throttle: LoginThrottle;
  readonly sessionTtlMs: number;
  readonly cookieSecure: boolean;
  /** A route hook (onRequest/preHandler) refusing callers below `role`: 401 when anonymous, 403 when too weak. */
  requireRole(role: Role): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Checks a name and password under brute-force protection; throws AUTH_REQUIRED / AUTH_LOCKED. */
  checkPassword(request: FastifyRequest, name: string, password: string, action: string): Promise<User>;
  /** Appends to the audit log on behalf of the request's caller. Never throws (a failed audit write is logged). */
  audit(request: FastifyRequest, entry: Pick<AuditInput, 'action' | 'outcome'> & Partial<AuditInput>): Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller, established once by the auth plugin's onRequest hook; null when anonymous. */
    viewer: UserViewer | null;
    user: User | null;
    authMethod: AuthMethod | null;
  }
  interface FastifyInstance {
    auth: AuthService;
  }
  interface FastifyContextConfig {
    /** Anonymous callers may reach this route (login, OpenAPI document, static files). */
    public?: boolean;
    /** Challenge sent with 401: 'basic' for TAXII clients; default 'bearer' (no browser password prompt). */
    authChallenge?: 'basic' | 'bearer';
    /** false: the route audits itself (login), skip the automatic write/denied entry. */
    audit?: boolean;
    /** The route checks its own credentials (a scrape token): the auth plugin identifies no user on it. */
    ownCredentials?: boolean;
  }
}

export const SESSION_COOKIE = 'opstrack_session';
export const CSRF_HEADER = 'x-opstrack-csrf';

export function toViewer(user: User): UserViewer {
  return Object.freeze({ kind: 'user', userId: user.id, orgId: user.orgId, role: user.role, ...(user.installationAdmin ? { installationAdmin: true } : {}) });
}
