/**
 * `opstrack user add NAME --org ORG --role ROLE [--password-stdin]`, `user list`, `user set`.
 * Passwords come from stdin only (never argv, which other users can read in the process list).
 */
import type { Command } from 'commander';
import { AuthRepository } from '../../auth/auth-repository.ts';
import { Errors } from '../../errors.ts';
import { withCliStore } from '../open.ts';

/** The first line of stdin (a password typed, piped or redirected). */
export async function readPasswordFromStdin(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  if (!password) throw new Errors.INPUT_INVALID('password: nothing on stdin');
  return password;
}

interface AddOptions { org: string; role: string; passwordStdin?: boolean; installationAdmin?: boolean }
interface SetOptions { role?: string; passwordStdin?: boolean; disable?: boolean; enable?: boolean }

export function register(program: Command): void {
  const user = program.command('user').description('manage users');
  user
    .command('add <name>')
    .description('add a user (reader, editor or admin) to an organisation')
    .requiredOption('--org <org>', 'organisation name or id')
    .requiredOption('--role <role>', 'reader | editor | admin')
    .option('--password-stdin', 'read a password from stdin (for HTTP Basic and UI login); without it the user only has API tokens')
    .option('--installation-admin', 'with --role admin: an installation admin, who manages every organisation (the first admin always is one)')
    .action(async (name: string, opts: AddOptions) => {
      const password = opts.passwordStdin ? await readPasswordFromStdin() : undefined;
      await withCliStore(async (store) => {
        const repo = new AuthRepository(store.db);
        if (opts.installationAdmin && opts.role !== 'admin') throw new Errors.INPUT_INVALID('--installation-admin: needs --role admin');
        const installationAdmin = opts.role === 'admin' && (opts.installationAdmin === true || (await repo.countAdmins()) === 0);
        const added = await repo.addUser({ name, org: opts.org, role: opts.role, password, installationAdmin });
        process.stdout.write(`${added.id}\t${added.name}\t${added.orgName}\t${added.role}${added.installationAdmin ? ' (installation)' : ''}\n`);
      });
    });
  user
    .command('list')
    .description('list users')
    .option('--org <org>', 'only this organisation')
    .action(async (opts: { org?: string }) => {
      await withCliStore(async (store) => {
        const repo = new AuthRepository(store.db);
        const org = opts.org ? await repo.findOrg(opts.org) : undefined;
        if (opts.org && !org) throw new Errors.INPUT_INVALID(`--org: no organisation '${opts.org}'`);
        for (const u of await repo.listUsers(org?.id)) {
          process.stdout.write(`${u.id}\t${u.name}\t${u.orgName}\t${u.role}${u.disabled ? '\tdisabled' : ''}\n`);
        }
      });
    });
  user
    .command('set <name>')
    .description('change a user\'s role or password, or disable/enable them')
    .option('--role <role>', 'reader | editor | admin')
    .option('--password-stdin', 'read a new password from stdin')
    .option('--disable', 'refuse all their credentials')
    .option('--enable', 'accept their credentials again')
    .action(async (name: string, opts: SetOptions) => {
      const password = opts.passwordStdin ? await readPasswordFromStdin() : undefined;
      await withCliStore(async (store) => {
        const repo = new AuthRepository(store.db);
        const found = await repo.findUser(name);
        if (!found) throw new Errors.INPUT_INVALID(`user: no user '${name}'`);
        const disabled = opts.disable ? true : opts.enable ? false : undefined;
        const u = await repo.updateUser(found.id, { role: opts.role, password, disabled });
        process.stdout.write(`${u.id}\t${u.name}\t${u.orgName}\t${u.role}${u.disabled ? '\tdisabled' : ''}\n`);
      });
    });
}
