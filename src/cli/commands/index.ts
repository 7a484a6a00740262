import type { Command } from 'commander';

type CommandModule = { register: (program: Command) => void };

/**
 * Every CLI command: the top-level names a module registers, and how to load it. A run loads only
 * the module of the command it names (the others pull in the server, the readers, the extractor...);
 * help, no command or an unknown one loads them all, so commander can list or suggest them.
 */
export const commands: Array<{ names: string[]; load: () => Promise<CommandModule> }> = [
  { names: ['import'], load: () => import('./import.ts') },
  { names: ['export'], load: () => import('./export.ts') },
  { names: ['serve'], load: () => import('./serve.ts') },
  { names: ['org'], load: () => import('./org.ts') },
  { names: ['user'], load: () => import('./user.ts') },
  { names: ['token'], load: () => import('./token.ts') },
  { names: ['extract'], load: () => import('./extract.ts') },
  { names: ['collection'], load: () => import('./collection.ts') },
  { names: ['resolve'], load: () => import('./resolve.ts') },
  { names: ['knowledge'], load: () => import('./knowledge.ts') },
  { names: ['claims'], load: () => import('./claims.ts') },
  { names: ['demo'], load: () => import('./demo.ts') },
  { names: ['ingest'], load: () => import('./ingest.ts') },
  { names: ['feeds'], load: () => import('./feeds.ts') },
  { names: ['backup', 'restore'], load: () => import('./backup.ts') },
  { names: ['worker'], load: () => import('./worker.ts') },
];

/** The modules to load for ARGV (node, script, ...args): the named command's, else every one. */
export function commandsFor(argv: string[]): Array<() => Promise<CommandModule>> {
  const name = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const named = commands.find((c) => name !== undefined && c.names.includes(name));
  return named ? [named.load] : commands.map((c) => c.load);
}
