/**
 * `opstrack serve`: TAXII 2.1, the JSON API and the web UI in one process, on loopback by default.
 * Stops cleanly on SIGINT/SIGTERM: no new connections, in-flight requests finish, the store closes.
 */
import type { Command } from 'commander';
import { Errors } from '../../errors.ts';

export interface ServeOptions {
  host: string;
  port: string;
  bodyLimit?: string;
  importLimit?: string;
  trustProxy?: boolean;
  allowPrivateFetch?: boolean;
  quiet?: boolean;
}

function bytes(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new Errors.INPUT_INVALID(`${flag}: a size like 1048576, 512k or 50m, got "${value}"`);
  return Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase());
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve TAXII 2.1 (/taxii2/), the JSON API (/api, docs at /api/docs) and the web UI')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '4000')
    .option('--body-limit <size>', 'largest request body (default 1m)')
    .option('--import-limit <size>', 'largest bundle upload or TAXII envelope (default 50m)')
    .option('--trust-proxy', 'trust X-Forwarded-* headers (behind a reverse proxy)')
    .option('--allow-private-fetch', 'let URL drafts fetch private, loopback and link-local addresses (also OPSTRACK_ALLOW_PRIVATE_FETCH)')
    .option('--quiet', 'no request log')
    .addHelpText('after', '\nEnvironment: DATABASE_URL (PostgreSQL) or OPSTRACK_DB (SQLite file, default ./opstrack.db);\n' +
      'OPSTRACK_ADMIN_PASSWORD [OPSTRACK_ADMIN_USER, OPSTRACK_ADMIN_ORG] creates the first admin on an empty database.')
    .action(serve);
}

/** Starts the server and returns once it listens; used by `serve` and `demo`. */
export async function serve(opts: ServeOptions): Promise<void> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Errors.INPUT_INVALID(`--port: 0-65535, got "${opts.port}"`);
  const [{ buildApp }, { openOpsTrackStore }, { AuthRepository }, { bootstrapAdmin, FIRST_ADMIN_HELP }, { readConfig, storeConfigOf }] = await Promise.all([
    import('../../app.ts'), import('../../composition.ts'), import('../../auth/auth-repository.ts'), import('../../auth/bootstrap.ts'),
    import('../../config.ts'),
  ]);
  const settings = readConfig();
  const store = await openOpsTrackStore(storeConfigOf(settings));
  const app = await buildApp({
    store,
    config: {
      logger: opts.quiet ? false : { level: 'info' },
      bodyLimit: bytes('--body-limit', opts.bodyLimit),
      importBodyLimit: bytes('--import-limit', opts.importLimit),
      trustProxy: Boolean(opts.trustProxy),
      closeStore: true,
      ingest: { allowPrivateFetch: Boolean(opts.allowPrivateFetch) || settings.allowPrivateFetch, timeLimitMs: settings.ingestTimeLimit * 1000 },
      // machine translation of passages only when the operator configured an endpoint and a model
      ...(settings.llmUrl && settings.llmModel ? { translation: { url: settings.llmUrl, model: settings.llmModel, ...(settings.llmKey ? { apiKey: settings.llmKey } : {}) } } : {}),
      pageBytes: settings.pageBytes,
    },
  }).catch(async (err) => {
    await store.close();
    throw err;
  });
  const boot = await bootstrapAdmin(new AuthRepository(store.db), { password: settings.adminPassword, user: settings.adminUser, org: settings.adminOrg });
  if (boot === 'created') process.stderr.write(`opstrack: created admin '${settings.adminUser}' from OPSTRACK_ADMIN_PASSWORD\n`);
  if (boot === 'help') process.stderr.write(`${FIRST_ADMIN_HELP}\n`);
  // audit retention: OPSTRACK_AUDIT_DAYS (default 365; 0 keeps everything), pruned at start and daily
  const days = settings.auditDays;
  if (days > 0) {
    const prune = () => app.auth.repo.pruneAudit(new Date(Date.now() - days * 86_400_000).toISOString())
      .catch((err: Error) => app.log.error({ err }, 'audit prune failed'));
    await prune();
    const daily = setInterval(prune, 86_400_000);
    daily.unref();
    app.addHook('onClose', async () => clearInterval(daily));
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`opstrack: ${signal}, shutting down\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(() => process.exit(0), (err) => {
      process.stderr.write(`opstrack: shutdown failed: ${(err as Error).message}\n`);
      process.exit(1);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  const address = await app.listen({ host: opts.host, port });
  process.stderr.write(`opstrack: serving on ${address}  (TAXII ${address}/taxii2/, API docs ${address}/api/docs)\n`);
}
