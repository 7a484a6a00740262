/**
 * Organisations, users, API tokens, sessions and the audit log, in portable SQL over the store's
 * SqlDb (tables from auth-schema.ts, migration 010-auth). Secrets never leave this file unhashed
 * except once, as the return value of createToken / createSession.
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { Errors } from '../errors.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { FailureRecord } from './login-throttle.ts';
import { hashPassword } from './passwords.ts';
import { newSecret, newToken, sha256, TOKEN_PREFIX } from './secrets.ts';
import { ROLES, type AuditEntry, type AuditInput, type Org, type Role, type TokenInfo, type User } from './types.ts';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

function checkName(field: string, name: string): void {
  if (!NAME.test(name)) throw new Errors.INPUT_INVALID(`${field}: 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit`, { field });
}

function checkRole(role: string): asserts role is Role {
  if (!ROLES.includes(role as Role)) throw new Errors.INPUT_INVALID(`role: one of ${ROLES.join(', ')}`, { field: 'role' });
}

const now = () => new Date().toISOString();

interface UserRow {
  id: string; name: string; org_id: string; org_name: string; role: Role; installation_admin: number | boolean;
  disabled: number | boolean; password_hash: string | null; created: string;
}

function toUser(r: UserRow): User {
  return { id: r.id, name: r.name, orgId: r.org_id, orgName: r.org_name, role: r.role,
    installationAdmin: r.role === 'admin' && Boolean(Number(r.installation_admin)), disabled: Boolean(Number(r.disabled)),
    hasPassword: Boolean(r.password_hash), created: r.created };
}

const USER_SELECT = `SELECT u.id, u.name, u.org_id, o.name AS org_name, u.role, u.installation_admin, u.disabled, u.password_hash, u.created
  FROM auth_users u JOIN auth_orgs o ON o.id = u.org_id`;

export interface SessionRecord {
  user: User;
  csrf: string;
  expires: string;
}

export class AuthRepository {
  constructor(private readonly db: SqlDb) {}

  // organisations

  async addOrg(name: string): Promise<Org> {
    checkName('name', name);
    if (await this.findOrg(name)) throw new Errors.STORE_CONFLICT(`organisation '${name}' exists`);
    const org = { id: randomUUID(), name, created: now() };
    await this.db.exec('INSERT INTO auth_orgs (id, name, created) VALUES (?, ?, ?)', [org.id, org.name, org.created]);
    return org;
  }

  async listOrgs(): Promise<Org[]> {
    return this.db.query<Org>('SELECT id, name, created FROM auth_orgs ORDER BY name');
  }

  /** By id or name. */
  async findOrg(idOrName: string): Promise<Org | undefined> {
    const [org] = await this.db.query<Org>('SELECT id, name, created FROM auth_orgs WHERE id = ? OR name = ?', [idOrName, idOrName]);
    return org;
  }

  // users

  async addUser(input: { name: string; org: string; role: string; password?: string; installationAdmin?: boolean }): Promise<User> {
    checkName('name', input.name);
    checkRole(input.role);
    const org = await this.findOrg(input.org);
    if (!org) throw new Errors.INPUT_INVALID(`org: no organisation '${input.org}'`, { field: 'org' });
    if (await this.findUser(input.name)) throw new Errors.STORE_CONFLICT(`user '${input.name}' exists`);
    const hash = input.password === undefined ? null : await hashPassword(input.password);
    const id = randomUUID();
    await this.db.exec(
      'INSERT INTO auth_users (id, name, org_id, role, installation_admin, password_hash, disabled, created) VALUES (?, ?, ?, ?, ?, ?, 0, ?)',
      [id, input.name, org.id, input.role, input.installationAdmin && input.role === 'admin' ? 1 : 0, hash, now()],
    );
    return (await this.findUser(id))!;
  }

  async listUsers(orgId?: string): Promise<User[]> {
    const rows = orgId
      ? await this.db.query<UserRow>(`${USER_SELECT} WHERE u.org_id = ? ORDER BY u.name`, [orgId])
      : await this.db.query<UserRow>(`${USER_SELECT} ORDER BY u.name`);
    return rows.map(toUser);
  }

  /** By id or name. */
  async findUser(idOrName: string): Promise<User | undefined> {
    const [row] = await this.db.query<UserRow>(`${USER_SELECT} WHERE u.id = ? OR u.name = ?`, [idOrName, idOrName]);
    return row && toUser(row);
  }

  /** The user and their password hash, for Basic and login checks. */
  async credentials(name: string): Promise<{ user: User; hash: string | null } | undefined> {
    const [row] = await this.db.query<UserRow>(`${USER_SELECT} WHERE u.name = ?`, [name]);
    return row && { user: toUser(row), hash: row.password_hash };
  }

  /**
   * credentials() and the login throttle's record of `pair` (LoginThrottle.key) in one statement:
   * every Basic-authenticated request reads both, and on PostgreSQL a round trip costs more CPU
   * than the reading. Either may be absent (an unknown user still has failures counted).
   */
  async credentialsAndFailures(name: string, pair: string): Promise<{ found?: { user: User; hash: string | null }; failures?: FailureRecord }> {
    const [row] = await this.db.query<Partial<UserRow> & { f_failures: number | string | null; f_locked_until: number | string | null; f_last_failure: number | string | null }>(
      `SELECT u.id, u.name, u.org_id, o.name AS org_name, u.role, u.installation_admin, u.disabled, u.password_hash, u.created,
         f.failures AS f_failures, f.locked_until AS f_locked_until, f.last_failure AS f_last_failure
       FROM (SELECT 1 AS one) k
       LEFT JOIN auth_users u ON u.name = ?
       LEFT JOIN auth_orgs o ON o.id = u.org_id
       LEFT JOIN auth_login_failures f ON f.pair = ?`, [name, pair], { prepare: true });
    if (!row) return {};
    const found = row.id != null && row.org_name != null ? { user: toUser(row as UserRow), hash: row.password_hash ?? null } : undefined;
    const failures = row.f_failures != null
      ? { failures: Number(row.f_failures), lockedUntil: Number(row.f_locked_until), last: Number(row.f_last_failure) } : undefined;
    return { ...(found ? { found } : {}), ...(failures ? { failures } : {}) };
  }

  async updateUser(id: string, patch: { role?: string; password?: string; disabled?: boolean; installationAdmin?: boolean }): Promise<User> {
    const user = await this.findUser(id);
    if (!user) throw new Errors.STORE_NOT_FOUND(`user ${id}`);
    await this.db.transaction(async (tx) => {
      if (patch.role !== undefined) {
        checkRole(patch.role);
        await tx.exec('UPDATE auth_users SET role = ? WHERE id = ?', [patch.role, user.id]);
        if (patch.role !== 'admin') await tx.exec('UPDATE auth_users SET installation_admin = 0 WHERE id = ?', [user.id]);
      }
      if (patch.installationAdmin !== undefined) {
        await tx.exec('UPDATE auth_users SET installation_admin = ? WHERE id = ?', [patch.installationAdmin ? 1 : 0, user.id]);
      }
      if (patch.password !== undefined) {
        await tx.exec('UPDATE auth_users SET password_hash = ? WHERE id = ?', [await hashPassword(patch.password), user.id]);
        await tx.exec('DELETE FROM auth_sessions WHERE user_id = ?', [user.id]);
      }
      if (patch.disabled !== undefined) {
        await tx.exec('UPDATE auth_users SET disabled = ? WHERE id = ?', [patch.disabled ? 1 : 0, user.id]);
        if (patch.disabled) await tx.exec('DELETE FROM auth_sessions WHERE user_id = ?', [user.id]);
      }
    });
    return (await this.findUser(user.id))!;
  }

  /** Enabled installation admins: the last one may not be demoted or disabled. */
  async countAdmins(): Promise<number> {
    const [row] = await this.db.query<{ n: number | string }>("SELECT COUNT(*) AS n FROM auth_users WHERE role = 'admin' AND installation_admin = 1 AND disabled = 0");
    return Number(row?.n ?? 0);
  }

  // API tokens

  /** Creates a token and returns its secret: the only time it is ever available. */
  async createToken(userId: string, name = ''): Promise<{ token: string; info: TokenInfo }> {
    const user = await this.findUser(userId);
    if (!user) throw new Errors.INPUT_INVALID(`user: no user '${userId}'`, { field: 'user' });
    if (name.length > 100) throw new Errors.INPUT_INVALID('name: at most 100 characters', { field: 'name' });
    const token = newToken();
    const id = randomUUID();
    await this.db.exec(
      'INSERT INTO auth_tokens (id, user_id, name, hash, prefix, created) VALUES (?, ?, ?, ?, ?, ?)',
      [id, user.id, name, sha256(token), token.slice(0, TOKEN_PREFIX.length + 6), now()],
    );
    return { token, info: (await this.listTokens(user.id)).find((t) => t.id === id)! };
  }

  async listTokens(userId?: string): Promise<TokenInfo[]> {
    const sql = `SELECT t.id, t.user_id, u.name AS user_name, t.name, t.prefix, t.created, t.last_used, t.revoked
      FROM auth_tokens t JOIN auth_users u ON u.id = t.user_id ${userId ? 'WHERE t.user_id = ?' : ''} ORDER BY t.created, t.id`;
    const rows = await this.db.query<TokenRow>(sql, userId ? [userId] : []);
    return rows.map((r) => ({ id: r.id, userId: r.user_id, userName: r.user_name, name: r.name ?? '', prefix: r.prefix,
      created: r.created, lastUsed: r.last_used, revoked: r.revoked }));
  }

  async findToken(id: string): Promise<TokenInfo | undefined> {
    return (await this.listTokens()).find((t) => t.id === id);
  }

  async revokeToken(id: string): Promise<boolean> {
    const { changes } = await this.db.exec('UPDATE auth_tokens SET revoked = ? WHERE id = ? AND revoked IS NULL', [now(), id]);
    return changes > 0;
  }

  /** The user a live token belongs to. */
  async userForToken(token: string): Promise<User | undefined> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
    const [row] = await this.db.query<UserRow & { token_id: string; last_used: string | null }>(
      `${USER_SELECT} JOIN auth_tokens t ON t.user_id = u.id WHERE t.hash = ? AND t.revoked IS NULL`.replace('SELECT ', 'SELECT t.id AS token_id, t.last_used, '),
      [sha256(token)],
    );
    if (!row) return undefined;
    // last_used to the minute: one write per token per minute at most, not one per request
    const stamp = now();
    if (!row.last_used || row.last_used.slice(0, 16) !== stamp.slice(0, 16)) {
      await this.db.exec('UPDATE auth_tokens SET last_used = ? WHERE id = ?', [stamp, row.token_id]);
    }
    return toUser(row);
  }

  // sessions

  async createSession(userId: string, ttlMs: number): Promise<{ sessionId: string; csrf: string; expires: string }> {
    const sessionId = newSecret();
    const csrf = newSecret();
    const expires = new Date(Date.now() + ttlMs).toISOString();
    await this.db.exec('DELETE FROM auth_sessions WHERE expires < ?', [now()]);
    await this.db.exec('INSERT INTO auth_sessions (hash, user_id, csrf, created, expires) VALUES (?, ?, ?, ?, ?)',
      [sha256(sessionId), userId, csrf, now(), expires]);
    return { sessionId, csrf, expires };
  }

  async findSession(sessionId: string): Promise<SessionRecord | undefined> {
    if (sessionId.length > 200) return undefined;
    const [row] = await this.db.query<UserRow & { csrf: string; expires: string }>(
      `${USER_SELECT} JOIN auth_sessions s ON s.user_id = u.id WHERE s.hash = ? AND s.expires > ?`.replace('SELECT ', 'SELECT s.csrf, s.expires, '),
      [sha256(sessionId), now()],
    );
    return row && { user: toUser(row), csrf: row.csrf, expires: row.expires };
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.db.exec('DELETE FROM auth_sessions WHERE hash = ?', [sha256(sessionId)]);
  }

  // audit log

  async audit(entry: AuditInput): Promise<void> {
    await this.db.exec(
      `INSERT INTO auth_audit (id, at, user_id, org_id, action, target, outcome, status, ip, request_id, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [uuidv7(), entry.at ?? now(), entry.userId, entry.orgId, entry.action.slice(0, 300), entry.target?.slice(0, 500) ?? null,
        entry.outcome, entry.status, entry.ip, entry.requestId, entry.detail?.slice(0, 2000) ?? null],
    );
  }

  /** Deletes entries older than `before` (ISO timestamp); returns how many went. */
  async pruneAudit(before: string): Promise<number> {
    return (await this.db.exec('DELETE FROM auth_audit WHERE at < ?', [before])).changes;
  }

  /** Newest first; `before` is the id of the last entry of the previous page. */
  async listAudit(query: { limit?: number; before?: string; userId?: string; outcome?: string; orgId?: string } = {}): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.before) { where.push('a.id < ?'); params.push(query.before); }
    if (query.userId) { where.push('a.user_id = ?'); params.push(query.userId); }
    if (query.outcome) { where.push('a.outcome = ?'); params.push(query.outcome); }
    if (query.orgId) { where.push('a.org_id = ?'); params.push(query.orgId); }
    params.push(Math.min(Math.max(query.limit ?? 100, 1), 1000));
    const rows = await this.db.query<Record<string, unknown>>(
      `SELECT a.*, u.name AS user_name FROM auth_audit a LEFT JOIN auth_users u ON u.id = a.user_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id DESC LIMIT ?`, params);
    return rows.map((r) => ({ id: String(r.id), at: String(r.at), userId: (r.user_id as string) ?? null, userName: (r.user_name as string) ?? null,
      orgId: (r.org_id as string) ?? null, action: String(r.action), target: (r.target as string) ?? null,
      outcome: r.outcome as AuditEntry['outcome'], status: r.status == null ? null : Number(r.status), ip: (r.ip as string) ?? null,
      requestId: (r.request_id as string) ?? null, detail: (r.detail as string) ?? null }));
  }
}

/** A row of the token listing query (auth_tokens joined with its user's name). */
interface TokenRow {
  id: string;
  user_id: string;
  user_name: string;
  name: string | null;
  prefix: string;
  created: string;
  last_used: string | null;
  revoked: string | null;
}
