/**
 * `opstrack worker`: a job worker. It builds URL drafts and polls due feeds from the installation's
 * queue (pg-boss on PostgreSQL, so any number of workers on any machines share the work and never
 * take one job twice; on SQLite the jobs table), and sweeps drafts whose builder died. With
 * `--port` it answers /healthz and /metrics there too. Stops on SIGINT/SIGTERM after the jobs in hand.
 */
import type { Command } from 'commander';
import { Errors } from '../../errors.ts';

interface WorkerOptions {
  concurrency: string;
  port?: string;
  host: string;
  allowPrivateFetch?: boolean;
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('run jobs: build URL drafts and poll feeds (several workers may share one PostgreSQL)')
    .option('--concurrency <n>', 'drafts built at once by this worker', '2')
    .option('--port <port>', 'also answer /healthz and /metrics on this port')
    .option('--host <host>', 'address for --port', '127.0.0.1')
    .option('--allow-private-fetch', 'let URL drafts fetch private, loopback and link-local addresses (also OPSTRACK_ALLOW_PRIVATE_FETCH)')
    .action(work);
}

async function work(opts: WorkerOptions): Promise<void> {
  const concurrency = Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Errors.INPUT_INVALID(`--concurrency: 1-64, got "${opts.concurrency}"`);
  const port = opts.port === undefined ? undefined : Number(opts.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Errors.INPUT_INVALID(`--port: 0-65535, got "${opts.port}"`);
  const [{ openOpsTrackStore }, { readConfig, storeConfigOf }, { openJobQueue }, { runIngestJobs }, { optionalLlmConfig }] = await Promise.all([
    import('../../composition.ts'), import('../../config.ts'), import('../../jobs/open-queue.ts'), import('../../ingest/ingest-jobs.ts'), import('../../extract/llm/config.ts'),
  ]);
  const settings = readConfig();
  const store = await openOpsTrackStore(storeConfigOf(settings));
  const jobs = await openJobQueue(storeConfigOf(settings), store.db);
  const running = await runIngestJobs({
    store, db: store.db, jobs, concurrency,
    ingest: { allowPrivateFetch: Boolean(opts.allowPrivateFetch) || settings.allowPrivateFetch, timeLimitMs: settings.ingestTimeLimit * 1000, llm: optionalLlmConfig(settings) },
    onError: (err) => process.stderr.write(`opstrack: job scheduling failed: ${err.message}\n`),
  });
  let http: { close(): Promise<void> } | undefined;
  if (port !== undefined) {
    const [{ default: Fastify }, { observabilityPlugin }] = await Promise.all([import('fastify'), import('../../observability/plugin.ts')]);
    const app = Fastify();
    await app.register(observabilityPlugin, { db: store.db, jobs, metricsToken: settings.metricsToken });
    const address = await app.listen({ host: opts.host, port });
    process.stderr.write(`opstrack: worker health at ${address}/healthz, metrics at ${address}/metrics\n`);
    http = app;
  }
  process.stderr.write(`opstrack: worker ${process.pid} running jobs (${jobs.kind === 'pg-boss' ? 'pg-boss on PostgreSQL' : 'SQLite jobs table'}), ${concurrency} drafts at once\n`);

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.stderr.write(`opstrack: ${signal}, finishing the jobs in hand\n`);
      const force = setTimeout(() => process.exit(1), 60_000);
      force.unref();
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await http?.close();
  await running.stop();
  await jobs.stop();
  await store.close();
}
