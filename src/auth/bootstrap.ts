/**
 * First start of an empty database: with OPSTRACK_ADMIN_PASSWORD set, create an organisation and an
 * admin so the server is usable at once (demo, containers); otherwise say how to create one.
 */
import type { AuthRepository } from './auth-repository.ts';

export interface BootstrapOptions {
  password?: string;
  /** Default `admin`. */
  user?: string;
  /** Default `opstrack`. */
  org?: string;
}

export const FIRST_ADMIN_HELP = [
  'No users yet. Create the first admin with:',
  '  opstrack org add ORG',
  '  opstrack user add admin --org ORG --role admin --password-stdin   (type the password, then Ctrl-D)',
  '  opstrack token create admin                                       (an API token, printed once)',
  'or start the server with OPSTRACK_ADMIN_PASSWORD=... (and optionally OPSTRACK_ADMIN_USER, OPSTRACK_ADMIN_ORG).',
].join('\n');

/** Returns what it did: 'created' an admin, 'exists' (users exist already), or 'help' (nothing to go on). */
export async function bootstrapAdmin(repo: AuthRepository, options: BootstrapOptions): Promise<'created' | 'exists' | 'help'> {
  if ((await repo.listUsers()).length > 0) return 'exists';
  if (!options.password) return 'help';
  const orgName = options.org ?? 'opstrack';
  const org = (await repo.findOrg(orgName)) ?? (await repo.addOrg(orgName));
  await repo.addUser({ name: options.user ?? 'admin', org: org.id, role: 'admin', password: options.password, installationAdmin: true });
  return 'created';
}
