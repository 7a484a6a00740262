/**
 * `opstrack feeds add URL [--every 1h] [--org ORG]`, `feeds list`, `feeds remove ID`, and
 * `feeds run [--once]`: polls every due feed with the guarded fetcher and turns each entry not seen
 * before into a draft report (see src/ingest/feeds/feed-poller.ts). Without `--once` it keeps
 * polling, sleeping until the next feed is due, until interrupted (SIGINT or SIGTERM).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import { AuthRepository } from '../../auth/auth-repository.ts';
import { Errors } from '../../errors.ts';
import { formatDuration, parseDuration } from '../../ingest/feeds/duration.ts';
import type { Feed } from '../../ingest/feeds/feed-repository.ts';
import type { FeedRun } from '../../ingest/feeds/feed-poller.ts';
import type { TlpLevel } from '../../model/tlp.ts';
import type { SqlDb } from '../../storage/sql-db.ts';
import { withCliStore } from '../open.ts';
import { formatIngestReport, tlpOption } from './ingest.ts';

// The readers behind the feed modules are heavy: loaded on use, not at every CLI start.
const feedRepository = async (db: SqlDb) => new (await import('../../ingest/feeds/feed-repository.ts')).FeedRepository(db);

/** The longest sleep between checks, so feeds added or removed meanwhile are noticed. */
const MAX_SLEEP_MS = 60_000;

interface RunOptions {
  once?: boolean;
  allowPrivate?: boolean;
  user?: string;
  tlp: TlpLevel;
}

/** `--org`, else the only organisation there is. */
async function feedOrg(db: SqlDb, org?: string): Promise<{ id: string; name: string }> {
  const repo = new AuthRepository(db);
  if (org) {
    const found = await repo.findOrg(org);
    if (!found) throw new Errors.INPUT_INVALID(`--org: no organisation '${org}'`);
    return found;
  }
  const orgs = await repo.listOrgs();
  const [only] = orgs;
  if (only && orgs.length === 1) return only;
  if (!only) throw new Errors.INPUT_INVALID("no organisation to own the feed's drafts: add one with 'opstrack org add NAME'");
  throw new Errors.INPUT_INVALID(`several organisations (${orgs.map((o) => o.name).join(', ')}): choose the feed's with --org ORG`);
}

function feedLine(f: Feed, orgName: string): string {
  return [f.id, f.url, `every ${formatDuration(f.everySeconds)}`, orgName, f.lastRun ?? 'never run', f.lastStatus ?? '-'].join('\t');
}

function printRun(run: FeedRun): void {
  process.stdout.write(`${run.feed.id}\t${run.feed.url}\t${run.status}\n`);
  if (run.results.length) {
    const lines = formatIngestReport({ total: 0, ready: 0, duplicates: 0, failed: 0, results: run.results }, '').trimEnd();
    process.stdout.write(`${lines.split('\n').map((l) => `  ${l}`).join('\n')}\n`);
  }
}

export function register(program: Command): void {
  const feeds = program.command('feeds').description('poll RSS/Atom feeds into draft reports');
  feeds
    .command('add <url>')
    .description('poll a feed')
    .option('--every <duration>', 'how often: 15m, 1h, 1d, 1h30m ...', '1h')
    .option('--org <org>', 'organisation (name or id) its drafts belong to (default: the only one)')
    .action(async (url: string, opts: { every: string; org?: string }) => {
      const everySeconds = parseDuration(opts.every, '--every');
      await withCliStore(async (store) => {
        const org = await feedOrg(store.db, opts.org);
        const feed = await (await feedRepository(store.db)).add({ url, everySeconds, orgId: org.id });
        process.stdout.write(`${feedLine(feed, org.name)}\n`);
      });
    });
  feeds
    .command('list')
    .description('list polled feeds, with their last run and its status')
    .option('--json', 'as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withCliStore(async (store) => {
        const list = await (await feedRepository(store.db)).list();
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        const orgs = new Map((await new AuthRepository(store.db).listOrgs()).map((o) => [o.id, o.name]));
        for (const f of list) process.stdout.write(`${feedLine(f, f.orgId ? orgs.get(f.orgId) ?? f.orgId : '-')}\n`);
      });
    });
  feeds
    .command('remove <id>')
    .description('stop polling a feed (by id or URL); its drafts stay')
    .action(async (id: string) => {
      await withCliStore(async (store) => {
        const feed = await (await feedRepository(store.db)).remove(id);
        process.stdout.write(`removed\t${feed.id}\t${feed.url}\n`);
      });
    });
  feeds
    .command('run')
    .description('poll every due feed; keeps polling until interrupted, unless --once')
    .option('--once', 'poll the due feeds once and exit')
    .option('--allow-private', 'fetch private, loopback and link-local addresses too')
    .option('--user <user>', "act as this editor or admin (default: the feed organisation's only admin, or only editor)")
    .option('--tlp <level>', 'TLP of the drafts', tlpOption, 'green')
    .action(async (opts: RunOptions) => {
      const { FeedPoller } = await import('../../ingest/feeds/feed-poller.ts');
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130);
        stop.abort();
        process.stderr.write('opstrack: stopping after the entry in hand (interrupt again to quit at once)\n');
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        await withCliStore(async (store) => {
          const poller = new FeedPoller(store, store.db, { tlp: opts.tlp, allowPrivate: opts.allowPrivate, user: opts.user, stopped: () => stop.signal.aborted });
          while (!stop.signal.aborted) {
            const runs = await poller.runDue(printRun);
            if (opts.once) {
              if (!runs.length) {
                const next = await poller.nextDue();
                process.stderr.write(next === undefined ? 'opstrack: no feeds; add one with opstrack feeds add URL\n'
                  : `opstrack: no feed is due; the next is due at ${new Date(next).toISOString()}\n`);
              } else if (runs.every((r) => !r.ok)) process.exitCode = 1;
              break;
            }
            const next = (await poller.nextDue()) ?? Infinity;
            const wait = Math.min(Math.max(next - Date.now(), 1000), MAX_SLEEP_MS);
            await sleep(wait, undefined, { signal: stop.signal }).catch(() => {});
          }
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
