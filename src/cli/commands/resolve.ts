/**
 * `opstrack resolve NAME [--json]`: which known entities a name stands for, best first, from the
 * default knowledge (no database needed). Any language, case, diacritics, quotes or hyphens.
 * Overlaps (a different cluster a source links to the entity) are shown as such, with their caveat.
 */
import type { Command } from 'commander';
import { Errors } from '../../errors.ts';

export function register(program: Command): void {
  program
    .command('resolve')
    .description('resolve a name (group, country, sector, software; any language) to known entities')
    .argument('<name...>', 'the name to resolve')
    .option('--json', 'print [{type, name, id, matched}] (plus relation, caveat for overlaps)')
    .action(async (words: string[], opts: { json?: boolean }) => {
      const name = words.join(' ').trim();
      if (!name) throw new Errors.INPUT_INVALID('name: required');
      const { defaultResolver } = await import('../../knowledge/index.ts');
      const matches = defaultResolver().resolve(name);
      if (opts.json) {
        const rows = matches.map((m) => ({
          type: m.entity.type,
          name: m.entity.name,
          id: m.entity.id,
          matched: m.matched,
          ...(m.relation === 'overlap' ? { relation: m.relation, caveat: m.caveat } : {}),
        }));
        process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      if (!matches.length) {
        process.stderr.write(`opstrack: no known entity named "${name}"\n`);
        process.exitCode = 1;
        return;
      }
      if (matches.length > 1) process.stdout.write(`"${name}" is ambiguous: ${matches.length} entities\n`);
      for (const m of matches) {
        const how = m.relation === 'overlap' ? `overlap: ${m.caveat}` : `matched "${m.matched}" (${m.how}${m.lang ? `, ${m.lang}` : ''})`;
        process.stdout.write(`${m.entity.type}\t${m.entity.name}\t${m.entity.id}\t${how}\n`);
      }
    });
}
