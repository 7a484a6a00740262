/**
 * `opstrack org add NAME`, `opstrack org list`: the organisations users belong to; TLP AMBER is
 * visible per organisation.
 */
import type { Command } from 'commander';
import { AuthRepository } from '../../auth/auth-repository.ts';
import { withCliStore } from '../open.ts';

export function register(program: Command): void {
  const org = program.command('org').description('manage organisations');
  org
    .command('add <name>')
    .description('add an organisation')
    .action(async (name: string) => {
      await withCliStore(async (store) => {
        const added = await new AuthRepository(store.db).addOrg(name);
        process.stdout.write(`${added.id}\t${added.name}\n`);
      });
    });
  org
    .command('list')
    .description('list organisations')
    .option('--json', 'as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withCliStore(async (store) => {
        const orgs = await new AuthRepository(store.db).listOrgs();
        if (opts.json) process.stdout.write(`${JSON.stringify(orgs, null, 2)}\n`);
        else for (const o of orgs) process.stdout.write(`${o.id}\t${o.name}\t${o.created}\n`);
      });
    });
}
