/**
 * `opstrack collection add TITLE [--description TEXT] [--alias NAME] [--read ORG...] [--write ORG...]`
 * and `opstrack collection list`: the TAXII collections and which organisations may read or write
 * them. A fresh installation has one, `default`, open to every authenticated user.
 */
import type { Command } from 'commander';
import { AuthRepository } from '../../auth/auth-repository.ts';
import { Errors } from '../../errors.ts';
import { CollectionRepository } from '../../taxii/collections.ts';
import type { Collection } from '../../taxii/types.ts';
import { withCliStore } from '../open.ts';

interface AddOptions {
  description?: string;
  alias?: string;
  read: string[];
  write: string[];
  everyoneRead?: boolean;
  everyoneWrite?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

function describe(c: Collection, orgName: (id: string) => string): string {
  const read = c.everyoneRead ? 'everyone' : c.readOrgs.map(orgName).join(',') || '-';
  const write = c.everyoneWrite ? 'every editor' : c.writeOrgs.map(orgName).join(',') || '-';
  const owner = c.ownerOrg ? `\towner: ${orgName(c.ownerOrg)}` : '';
  return `${c.id}\t${c.title}\t${c.alias ?? '-'}\tread: ${read}\twrite: ${write}${owner}${c.isDefault ? '\t(default)' : ''}`;
}

export function register(program: Command): void {
  const collection = program.command('collection').description('manage TAXII collections and who may read or write them');
  collection
    .command('add <title>')
    .description('add a TAXII collection')
    .option('--description <text>', 'what the collection holds')
    .option('--alias <name>', 'a unique name usable in place of the id in TAXII URLs')
    .option('--read <org...>', 'organisations (names or ids) whose users may read; repeat or comma-separate', collect, [])
    .option('--write <org...>', 'organisations whose editors and admins may write (and read)', collect, [])
    .option('--everyone-read', 'every authenticated user may read')
    .option('--everyone-write', 'every editor and admin may write')
    .action(async (title: string, opts: AddOptions) => {
      await withCliStore(async (store) => {
        const auth = new AuthRepository(store.db);
        const resolve = async (names: string[], flag: string) =>
          Promise.all(names.map(async (name) => {
            const org = await auth.findOrg(name);
            if (!org) throw new Errors.INPUT_INVALID(`${flag}: no organisation '${name}' (see opstrack org list)`);
            return org.id;
          }));
        const added = await new CollectionRepository(store.db).add({
          title,
          description: opts.description,
          alias: opts.alias,
          readOrgs: await resolve(opts.read, '--read'),
          writeOrgs: await resolve(opts.write, '--write'),
          everyoneRead: opts.everyoneRead,
          everyoneWrite: opts.everyoneWrite,
        });
        const names = new Map((await auth.listOrgs()).map((o) => [o.id, o.name]));
        process.stdout.write(`${describe(added, (id) => names.get(id) ?? id)}\n`);
      });
    });
  collection
    .command('list')
    .description('list TAXII collections with their permissions')
    .option('--json', 'as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withCliStore(async (store) => {
        const all = await new CollectionRepository(store.db).list();
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
          return;
        }
        const names = new Map((await new AuthRepository(store.db).listOrgs()).map((o) => [o.id, o.name]));
        for (const c of all) process.stdout.write(`${describe(c, (id) => names.get(id) ?? id)}\n`);
      });
    });
}
