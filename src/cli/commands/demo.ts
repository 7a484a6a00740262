/**
 * `opstrack demo` (what `npm start` runs): loads the default knowledge, demo users and sample
 * reports into the store (idempotent), then serves. Demo credentials are printed; override them
 * with OPSTRACK_ADMIN_PASSWORD. Not for production: use `opstrack serve` there.
 */
import type { Command } from 'commander';
import { withCliStore } from '../open.ts';
import { serve } from './serve.ts';

export function register(program: Command): void {
  program
    .command('demo')
    .description('load the default knowledge, demo users and sample reports, then serve (what npm start runs)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '4000')
    .option('--no-serve', 'load the demo dataset and exit')
    .action(async (opts: { host: string; port: string; serve: boolean }) => {
      const { seedDemo } = await import('../../demo/seed-demo.ts');
      const { readConfig } = await import('../../config.ts');
      const password = readConfig().adminPassword ?? 'opstrack-demo';
      const creds = {
        admin: { user: 'admin', password },
        analyst: { user: 'analyst', password },
        partner: { user: 'partner', password },
      };
      const t0 = performance.now();
      const summary = await withCliStore((store) => seedDemo(store, creds));
      process.stderr.write(
        `opstrack demo: knowledge ${summary.knowledge.new} new / ${summary.knowledge.unchanged} unchanged, ` +
          `${summary.reports} sample reports published (${Math.round(performance.now() - t0)} ms)\n`,
      );
      if (summary.users === 'created') {
        process.stderr.write(`opstrack demo: users admin (admin), analyst (editor, demo-cert), partner (reader, partner-agency); password "${password}"\n`);
      }
      if (opts.serve) await serve({ host: opts.host, port: opts.port, quiet: true });
    });
}
