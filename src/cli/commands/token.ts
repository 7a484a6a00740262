/**
 * `opstrack token create USER` prints a new API token once (only its hash is kept),
 * `token list [--user USER]`, `token revoke ID`.
 */
import type { Command } from 'commander';
import { AuthRepository } from '../../auth/auth-repository.ts';
import { Errors } from '../../errors.ts';
import { withCliStore } from '../open.ts';

export function register(program: Command): void {
  const token = program.command('token').description('manage API tokens (Authorization: Bearer)');
  token
    .command('create <user>')
    .description('create an API token for a user and print it (shown this once)')
    .option('--name <name>', 'a label, e.g. what the token is for')
    .action(async (user: string, opts: { name?: string }) => {
      await withCliStore(async (store) => {
        const { token: secret, info } = await new AuthRepository(store.db).createToken(user, opts.name ?? '');
        process.stderr.write(`token ${info.id} for ${info.userName}; store it now, it is not shown again:\n`);
        process.stdout.write(`${secret}\n`);
      });
    });
  token
    .command('list')
    .description('list tokens (never their secrets)')
    .option('--user <user>', 'only this user\'s')
    .action(async (opts: { user?: string }) => {
      await withCliStore(async (store) => {
        const repo = new AuthRepository(store.db);
        const u = opts.user ? await repo.findUser(opts.user) : undefined;
        if (opts.user && !u) throw new Errors.INPUT_INVALID(`--user: no user '${opts.user}'`);
        for (const t of await repo.listTokens(u?.id)) {
          process.stdout.write(`${t.id}\t${t.userName}\t${t.prefix}…\t${t.name}\tcreated ${t.created}\t${t.revoked ? `revoked ${t.revoked}` : `last used ${t.lastUsed ?? 'never'}`}\n`);
        }
      });
    });
  token
    .command('revoke <id>')
    .description('revoke a token by id')
    .action(async (id: string) => {
      await withCliStore(async (store) => {
        if (!(await new AuthRepository(store.db).revokeToken(id))) throw new Errors.STORE_NOT_FOUND(`live token ${id}`);
        process.stderr.write(`revoked ${id}\n`);
      });
    });
}
