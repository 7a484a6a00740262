/**
 * The `opstrack` command line. Each command lives in commands/<noun>.ts and exports a
 * `register(program)` function; commands/index.ts lists them, and a run loads only the one it names.
 */
import { Command } from 'commander';
import { readConfig } from '../config.ts';
import { commandsFor } from './commands/index.ts';

export async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('opstrack')
    .description('Evidence-linked intelligence on state cyber operations (STIX 2.1, TAXII 2.1, claims).')
    .version('0.1.0')
    .showHelpAfterError();
  try {
    for (const mod of await Promise.all(commandsFor(argv).map((load) => load()))) mod.register(program);
    readConfig(); // every command starts from a valid configuration: a bad variable stops it here, named
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; message?: string };
    process.stderr.write(`opstrack: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(err)}\n`);
    process.exitCode = process.exitCode || 1;
  }
}
