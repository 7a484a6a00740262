/**
 * `opstrack serve --workers N`: the primary process of node:cluster. It forks N HTTP processes that
 * share the port (each runs `serve` without jobs; connections are spread round-robin), does the
 * start-up chores once, and runs the job worker itself (unless `--no-jobs`), so on SQLite exactly
 * one process runs jobs while every process shares the database file in WAL mode. A process that
 * dies is replaced; SIGINT/SIGTERM stops the processes (each finishes its requests), then the jobs.
 */
import cluster, { type Worker } from 'node:cluster';

/** What the primary reads of `serve`'s options (the HTTP processes read the rest from their own argv). */
export interface PrimaryOptions {
  host: string;
  /** false (`--no-jobs`): the primary runs no jobs either. */
  jobs?: boolean;
  allowPrivateFetch?: boolean;
}

/** Replacements within this window beyond N mean a crash loop: stop instead of forking forever. */
const RESPAWN_WINDOW_MS = 60_000;

export async function servePrimary(opts: PrimaryOptions, count: number): Promise<void> {
  const [{ openOpsTrackStore }, { readConfig, storeConfigOf }, { openJobQueue }, { runIngestJobs }, { optionalLlmConfig }, { startupChores }] = await Promise.all([
    import('../../composition.ts'), import('../../config.ts'), import('../../jobs/open-queue.ts'), import('../../ingest/ingest-jobs.ts'), import('../../extract/llm/config.ts'),
    import('./serve-chores.ts'),
  ]);
  const settings = readConfig();
  // migrations run here, once, before any HTTP process opens the database
  const store = await openOpsTrackStore(storeConfigOf(settings));
  const chores = await startupChores(store, settings);
  const jobs = await openJobQueue(storeConfigOf(settings), store.db);
  const work = opts.jobs === false ? undefined : await runIngestJobs({
    store, db: store.db, jobs,
    ingest: { allowPrivateFetch: Boolean(opts.allowPrivateFetch) || settings.allowPrivateFetch, timeLimitMs: settings.ingestTimeLimit * 1000, llm: optionalLlmConfig(settings) },
    onError: (err) => process.stderr.write(`opstrack: job scheduling failed: ${err.message}\n`),
  });

  let stopping = false;
  const respawns: number[] = [];
  let listening = 0;
  const fork = (): Worker => cluster.fork();
  cluster.on('listening', (_worker, address) => {
    if (++listening !== count) return;
    const host = address.address && address.address.includes(':') ? `[${address.address}]` : address.address ?? opts.host;
    const url = `http://${host}:${address.port}`;
    process.stderr.write(`opstrack: serving on ${url} with ${count} processes (TAXII ${url}/taxii2/, API docs ${url}/api/docs); jobs ${work ? `in the primary (pid ${process.pid})` : 'left to opstrack worker'}\n`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    while (respawns.length && respawns[0]! < now - RESPAWN_WINDOW_MS) respawns.shift();
    if (respawns.length >= count) {
      process.stderr.write(`opstrack: HTTP processes keep dying (last: pid ${worker.process.pid}, ${signal ?? `exit ${code}`}); stopping\n`);
      void stop('crash loop', 1);
      return;
    }
    respawns.push(now);
    process.stderr.write(`opstrack: HTTP process ${worker.process.pid} ended (${signal ?? `exit ${code}`}); starting another\n`);
    fork();
  });

  const stop = async (why: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`opstrack: ${why}, shutting down\n`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(alive.map((w) => new Promise<void>((resolve) => {
      w.once('exit', () => resolve());
      w.kill('SIGTERM');
    })));
    chores.stop();
    await work?.stop();
    await jobs.stop();
    await store.close();
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  for (let i = 0; i < count; i++) fork();
}
