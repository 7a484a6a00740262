import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { commands, commandsFor } from '../../src/cli/commands/index.ts';

test('each command module registers exactly the top-level names the table gives it, so a run that loads only it finds its command', async () => {
  const seen = new Set<string>();
  for (const entry of commands) {
    const program = new Command();
    (await entry.load()).register(program);
    assert.deepEqual(program.commands.map((c) => c.name()).sort(), [...entry.names].sort());
    for (const name of entry.names) {
      assert.ok(!seen.has(name), `${name} is listed twice`);
      seen.add(name);
    }
  }
});

test('a run loads the module of the command it names; help, no command or an unknown one load them all', () => {
  const argv = (...args: string[]) => ['node', 'opstrack', ...args];
  const backup = commands.find((c) => c.names.includes('restore'));
  assert.deepEqual(commandsFor(argv('restore', 'file.db')), [backup?.load]);
  assert.deepEqual(commandsFor(argv('--json', 'restore')), [backup?.load]);
  for (const args of [[], ['--help'], ['help', 'serve'], ['nosuch']]) assert.equal(commandsFor(argv(...args)).length, commands.length, args.join(' '));
});
