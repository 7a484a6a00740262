/**
 * `opstrack knowledge load`: loads the default knowledge (countries, sectors, state organisations,
 * threat groups, software; attributions as claims by their sources) into the store named by the
 * environment. Idempotent. `opstrack knowledge import FILE...` imports ATT&CK / MISP galaxy files like
 * `opstrack import` does and also lists the groups matched and the overlaps recorded as claims.
 * `opstrack knowledge stats` prints what the default knowledge holds.
 */
import type { Command } from 'commander';
import { auditCliWrite } from '../../auth/installation-audit.ts';
import { withCliStore } from '../open.ts';

export function register(program: Command): void {
  const knowledge = program.command('knowledge').description('the default knowledge base (countries, sectors, threat groups)');
  knowledge
    .command('load')
    .description('load the default knowledge into the store (idempotent)')
    .action(async () => {
      const { loadKnowledge } = await import('../../import/knowledge-loader.ts');
      await withCliStore(async (store) => {
        const s = await loadKnowledge(store);
        await auditCliWrite(store.db, { command: 'knowledge load', file: '(built-in)', what: 'the default knowledge', counts: s });
        const kinds = Object.entries(s.entities).map(([k, n]) => `${n} ${k}`).join(', ');
        process.stdout.write(
          `default knowledge: ${kinds}; ${s.claims} claims\n` +
            `stored ${s.read} objects (new ${s.new}, unchanged ${s.unchanged}, rejected ${s.rejected}${s.conflicts ? `, conflicts ${s.conflicts}` : ''}) in ${s.ms} ms\n`,
        );
        for (const m of s.mergedInto) process.stdout.write(`  ${m.name}: already stored as ${m.into}, names added there\n`);
        for (const r of s.rejections.slice(0, 20)) process.stdout.write(`  rejected ${r.reasons.join('; ')}\n`);
        if (s.rejected) process.exitCode = 1;
      });
    });
  knowledge
    .command('import')
    .description('import ATT&CK bundles or MISP threat-actor galaxies, listing matched groups and overlaps')
    .argument('<files...>', 'ATT&CK STIX bundles or MISP galaxy cluster files')
    .action(async (files: string[]) => {
      const { detectImporter } = await import('../../import/registry.ts');
      await withCliStore(async (store) => {
        for (const file of files) {
          const importer = await detectImporter(file);
          if (importer.name !== 'mitre-attack' && importer.name !== 'misp-galaxy') {
            process.stderr.write(`opstrack: ${file}: not an ATT&CK bundle or MISP galaxy (use opstrack import)\n`);
            process.exitCode = 1;
            continue;
          }
          const s = (await importer.run(store, file, {})) as import('../../import/attack-importer.ts').KnowledgeImportSummary;
          await auditCliWrite(store.db, { command: 'knowledge import', file, what: `format ${importer.name}`, counts: s });
          process.stdout.write(`${file} (${s.importer}): imported ${s.read} (new ${s.new}, unchanged ${s.unchanged}, rejected ${s.rejected})\n`);
          for (const line of s.notes) process.stdout.write(`  ${line}\n`);
          if (s.rejected) process.exitCode = 1;
        }
      });
    });
  knowledge
    .command('stats')
    .description('count what the default knowledge holds (entities per kind, aliases per language)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const { knowledgeStats } = await import('../../knowledge/stats.ts');
      const stats = knowledgeStats();
      process.stdout.write(opts.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats));
    });
}

function formatStats(s: ReturnType<typeof import('../../knowledge/stats.ts').knowledgeStats>): string {
  const lines = [`entities: ${Object.entries(s.kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`];
  lines.push(`aliases: ${s.aliases} (${Object.entries(s.aliasesByLang).map(([l, n]) => `${l} ${n}`).join(', ')})`);
  lines.push(`groups with an ATT&CK id: ${s.groupsWithAttackId}; attributions: ${s.attributions}; overlap aliases: ${s.overlaps}`);
  return lines.join('\n') + '\n';
}
