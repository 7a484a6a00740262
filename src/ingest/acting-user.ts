/**
 * Who the command line acts as when it creates drafts: drafts belong to an organisation, so
 * `opstrack ingest` and `opstrack feeds run` act as a user of the auth tables. A named user wins;
 * otherwise the only admin (of `--org`, when given), or the only editor when there is no admin.
 * Anything else is ambiguous and refused with the names to choose from.
 */
import { AuthRepository } from '../auth/auth-repository.ts';
import type { User } from '../auth/types.ts';
import { Errors } from '../errors.ts';
import type { UserViewer } from '../model/viewer.ts';
import type { SqlDb } from '../storage/sql-db.ts';

export interface ActingUser {
  viewer: UserViewer;
  user: User;
}

function asViewer(user: User): ActingUser {
  return { viewer: { kind: 'user', userId: user.id, orgId: user.orgId, role: user.role, ...(user.installationAdmin ? { installationAdmin: true } : {}) }, user };
}

/**
 * @param by.user a user name or id (`--user`)
 * @param by.org an organisation name or id (`--org`): narrows the choice, and must hold `--user`
 * @throws OPS_ERR_INPUT_INVALID when no user or several users fit, OPS_ERR_AUTH_FORBIDDEN for a
 *   disabled user or a reader
 */
export async function resolveActingUser(db: SqlDb, by: { user?: string; org?: string } = {}): Promise<ActingUser> {
  const repo = new AuthRepository(db);
  const org = by.org ? await repo.findOrg(by.org) : undefined;
  if (by.org && !org) throw new Errors.INPUT_INVALID(`--org: no organisation '${by.org}'`);
  if (by.user) {
    const user = await repo.findUser(by.user);
    if (!user) throw new Errors.INPUT_INVALID(`--user: no user '${by.user}'`);
    if (org && user.orgId !== org.id) throw new Errors.INPUT_INVALID(`--user: '${user.name}' is not in organisation '${org.name}'`);
    if (user.disabled) throw new Errors.AUTH_FORBIDDEN(`user '${user.name}' is disabled`);
    if (user.role === 'reader') throw new Errors.AUTH_FORBIDDEN(`user '${user.name}' is a reader; creating drafts needs role editor or admin`);
    return asViewer(user);
  }
  const able = (await repo.listUsers(org?.id)).filter((u) => !u.disabled && u.role !== 'reader');
  const admins = able.filter((u) => u.role === 'admin');
  const pick = admins.length === 1 ? admins[0] : admins.length === 0 && able.length === 1 ? able[0] : undefined;
  if (pick) return asViewer(pick);
  const where = org ? ` in organisation '${org.name}'` : '';
  if (able.length === 0) {
    throw new Errors.INPUT_INVALID(`no editor or admin${where} to act as: add one with 'opstrack user add NAME --org ORG --role editor'`);
  }
  const names = (admins.length ? admins : able).map((u) => `${u.name} (${u.orgName})`).join(', ');
  throw new Errors.INPUT_INVALID(`several users${where} could own the drafts (${names}): choose with --user NAME${org ? '' : ' or --org ORG'}`);
}
