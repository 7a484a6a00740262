/**
 * `opstrack serve`: TAXII 2.1, the JSON API and the web UI, on loopback by default. One process,
 * or with `--workers N` N HTTP processes sharing the port (node:cluster; serve-cluster.ts), whose
 * primary runs the jobs. The process runs the job worker (URL drafts, feed polls) unless
 * `--no-jobs` leaves them to `opstrack worker`.
 * Stops cleanly on SIGINT/SIGTERM: no new connections, in-flight requests finish, the store closes.
 */
import cluster from 'node:cluster';
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
  /** HTTP processes (node:cluster). Default 1. */
  workers?: string;
  /** false (`--no-jobs`): this process runs no jobs. */
  jobs?: boolean;
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
    .option('--workers <n>', 'HTTP processes sharing the port (node:cluster); the primary runs the jobs', '1')
    .option('--no-jobs', 'run no jobs in this process (URL drafts, feed polls): leave them to `opstrack worker`')
    .addHelpText('after', '\nEnvironment: DATABASE_URL (PostgreSQL) or OPSTRACK_DB (SQLite file, default ./opstrack.db);\n' +
      'OPSTRACK_ADMIN_PASSWORD [OPSTRACK_ADMIN_USER, OPSTRACK_ADMIN_ORG] creates the first admin on an empty database.')
    .action(serve);
}

/** Starts the server and returns once it listens; used by `serve` and `demo`. */
export async function serve(opts: ServeOptions): Promise<void> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Errors.INPUT_INVALID(`--port: 0-65535, got "${opts.port}"`);
  const [{ buildApp }, { openOpsTrackStore }, { readConfig, storeConfigOf }] = await Promise.all([
    import('../../app.ts'), import('../../composition.ts'), import('../../config.ts'),
  ]);
  const workers = Number(opts.workers ?? '1');
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Errors.INPUT_INVALID(`--workers: 1-64, got "${opts.workers}"`);
  if (workers > 1 && cluster.isPrimary) {
    const { servePrimary } = await import('./serve-cluster.ts');
    return servePrimary(opts, workers);
  }
  // a --workers process: its primary runs the jobs and the start-up chores
  const inCluster = cluster.isWorker;
  const { openJobQueue } = await import('../../jobs/open-queue.ts');
  const { optionalLlmConfig } = await import('../../extract/llm/config.ts');
  const settings = readConfig();
  const llm = optionalLlmConfig(settings);
  const store = await openOpsTrackStore(storeConfigOf(settings));
  const jobs = await openJobQueue(storeConfigOf(settings), store.db).catch(async (err) => {
    await store.close();
    throw err;
  });
  const app = await buildApp({
    store,
    jobs,
    config: {
      runJobs: !inCluster && opts.jobs !== false,
      metricsToken: settings.metricsToken,
      logger: opts.quiet ? false : { level: 'info' },
      bodyLimit: bytes('--body-limit', opts.bodyLimit),
      importBodyLimit: bytes('--import-limit', opts.importLimit),
      trustProxy: Boolean(opts.trustProxy),
      closeStore: true,
      // "rules + LLM" drafts and machine translation of passages only when the operator configured an endpoint and a model
      ingest: { allowPrivateFetch: Boolean(opts.allowPrivateFetch) || settings.allowPrivateFetch, timeLimitMs: settings.ingestTimeLimit * 1000, llm },
      ...(llm ? { translation: llm } : {}),
      pageBytes: settings.pageBytes,
    },
  }).catch(async (err) => {
    await jobs.stop();
    await store.close();
    throw err;
  });
  // a queue the app only sends to is stopped with it (stopping twice is harmless)
  app.addHook('onClose', async () => jobs.stop());
  if (!inCluster) {
    const { startupChores } = await import('./serve-chores.ts');
    const chores = await startupChores(store, settings);
    app.addHook('onClose', async () => chores.stop());
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
  if (!inCluster) process.stderr.write(`opstrack: serving on ${address}  (TAXII ${address}/taxii2/, API docs ${address}/api/docs)\n`);
}
