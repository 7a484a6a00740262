import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { repoRoot } from '../helpers/shared.ts';
import { openOpsTrackStore } from '../../src/composition.ts';
import { createCountProgress } from '../../src/cli/commands/ingest.ts';
import { articleHtml, rss, startNewsSite, type NewsSite } from '../ingest/news-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'opstrack-cli-ingest-'));
const db = join(dir, 'store.db');
let site: NewsSite;

before(async () => {
  mkdirSync(join(dir, 'in', 'more'), { recursive: true });
  writeFileSync(join(dir, 'in', 'volt.txt'), 'Volt Typhoon in Guam\nOfficials said Volt Typhoon, linked to China, entered telecommunications networks in Guam.\n');
  writeFileSync(join(dir, 'in', 'more', 'volt-copy.txt'), 'Volt Typhoon in Guam\nOfficials said Volt Typhoon, linked to China, entered telecommunications networks in Guam.\n');
  writeFileSync(join(dir, 'in', 'more', 'salt.htm'), articleHtml('Salt Typhoon', 'The FBI said Salt Typhoon breached several US telecom carriers and read messages of officials.').body);
  writeFileSync(join(dir, 'in', 'more', 'blob.pdf'), Buffer.from([0, 1, 2, 3, 0, 0, 9]));
  site = await startNewsSite({
    '/kimsuky.html': articleHtml('Kimsuky phishing', 'Kimsuky sent phishing mail to researchers in South Korea, the National Intelligence Service said.'),
    '/a.html': articleHtml('APT28 accused', 'Germany accused APT28, a unit of Russian military intelligence, of a campaign against a party.'),
    '/b.html': articleHtml('APT29 phishing', 'Microsoft said APT29 sent phishing messages through Teams to government agencies in Europe.'),
    '/c.html': articleHtml('Sandworm warning', 'Ukraine warned that Sandworm prepared new attacks on its power grid this winter, officials said.'),
  });
  site.pages.set('/feed.xml', rss('Cyber news', [
    { title: 'APT28 accused', link: `${site.base}/a.html` },
    { title: 'APT29 phishing', link: `${site.base}/b.html` },
  ]));
});

after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI on the test's SQLite file; `interruptWhen` sends SIGINT once stdout matches. */
function runCli(args: string[], interruptWhen?: RegExp): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, OPSTRACK_DB: db };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/opstrack.js'), ...args], { env, cwd: dir });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (d) => {
      stdout += d;
      if (interruptWhen && !sent && interruptWhen.test(stdout)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

async function readyDrafts(): Promise<Array<{ title: string; tlp: string; source_url: string | null }>> {
  const store = await openOpsTrackStore({ sqliteFile: db });
  try {
    return await store.db.query("SELECT title, tlp, source_url FROM drafts WHERE status = 'ready' ORDER BY created");
  } finally {
    await store.close();
  }
}

test('the progress bar counts documents on a terminal and draws nothing elsewhere', () => {
  const fake = (isTTY: boolean) => {
    let text = '';
    const w = new Writable({ write(chunk, _enc, done) { text += chunk; done(); } });
    Object.assign(w, { isTTY, columns: 100, cursorTo: (_x: number, _y?: number, cb?: () => void) => (cb?.(), true), clearLine: (_d: number, cb?: () => void) => (cb?.(), true), moveCursor: (_x: number, _y: number, cb?: () => void) => (cb?.(), true) });
    return { stream: w as unknown as NodeJS.WriteStream, text: () => text };
  };
  const tty = fake(true);
  const bar = createCountProgress('ingest', tty.stream);
  bar.update(0, 4);
  bar.update(3, 4);
  bar.stop();
  assert.match(tty.text(), /ingest \[.*\] 0\/4 documents/);
  const pipe = fake(false);
  const quiet = createCountProgress('ingest', pipe.stream);
  quiet.update(1, 4);
  quiet.stop();
  assert.equal(pipe.text(), '');
});

test('ingest and feeds from the command line, acting as the only editor', async () => {
  assert.equal((await runCli(['org', 'add', 'newsroom'])).code, 0);
  const noUser = await runCli(['ingest', join(dir, 'in', 'volt.txt')]);
  assert.notEqual(noUser.code, 0);
  assert.match(noUser.stderr, /OPS_ERR_INPUT_INVALID: .*no editor or admin to act as/);
  const user = await runCli(['user', 'add', 'ed', '--org', 'newsroom', '--role', 'editor']);
  assert.equal(user.code, 0, user.stderr);

  // loopback refused without --allow-private: every document failed, so the exit code says so
  const refused = await runCli(['ingest', `${site.base}/kimsuky.html`]);
  assert.equal(refused.code, 1);
  assert.match(refused.stdout, /^failed\t-\thttp:\/\/127\.0\.0\.1:\d+\/kimsuky\.html\tOPS_ERR_INGEST_FETCH: .*private or loopback address refused; use --allow-private to allow it$/m);
  assert.match(refused.stdout, /^ingested 1: ready 0, duplicates 0, failed 1$/m);
  assert.equal(site.hits.get('/kimsuky.html') ?? 0, 0);

  const batch = await runCli(['ingest', join(dir, 'in'), `${site.base}/kimsuky.html`, '--allow-private', '--tlp', 'amber', '--user', 'ed']);
  assert.equal(batch.code, 0, batch.stderr);
  assert.match(batch.stdout, /^failed\t-\t.*blob\.pdf\t.*not a readable PDF/m);
  assert.match(batch.stdout, /^duplicate\tdraft--[0-9a-f-]+\t.*\/in\/volt\.txt\tVolt Typhoon in Guam$/m);
  assert.match(batch.stdout, /^ready\tdraft--[0-9a-f-]+\t.*kimsuky\.html\tKimsuky phishing$/m);
  assert.match(batch.stdout, /\ningested 5: ready 3, duplicates 1, failed 1\n$/);
  assert.doesNotMatch(batch.stderr, /documents/, 'no progress bar off a terminal');
  let drafts = await readyDrafts();
  assert.deepEqual(drafts.map((d) => d.title).sort(), ['Kimsuky phishing', 'Salt Typhoon', 'Volt Typhoon in Guam']);
  assert.ok(drafts.every((d) => d.tlp === 'amber'));

  // extract reads a URL too, through the same guarded fetcher, storing nothing
  const extracted = await runCli(['extract', `${site.base}/kimsuky.html`, '--allow-private']);
  assert.equal(extracted.code, 0, extracted.stderr);
  const extraction = JSON.parse(extracted.stdout) as { language: string; intrusion_sets: Array<{ name: string }> };
  assert.equal(extraction.language, 'en');
  assert.ok(extraction.intrusion_sets.some((i) => i.name === 'Kimsuky'), extracted.stdout.slice(0, 300));

  const added = await runCli(['feeds', 'add', `${site.base}/feed.xml`, '--every', '1s']);
  assert.equal(added.code, 0, added.stderr);
  const feedId = added.stdout.split('\t')[0];
  assert.ok(feedId);
  assert.match(added.stdout, /\tevery 1s\tnewsroom\tnever run\t-\n$/);

  const first = await runCli(['feeds', 'run', '--once', '--allow-private']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, new RegExp(`^${feedId}\\t.*feed\\.xml\\tok: 2 entries, 2 new, 0 duplicates, 0 failed$`, 'm'));
  assert.equal((await readyDrafts()).length, 5);

  site.pages.set('/feed.xml', rss('Cyber news', [
    { title: 'Sandworm warning', link: `${site.base}/c.html` },
    { title: 'APT28 accused', link: `${site.base}/a.html` },
    { title: 'APT29 phishing', link: `${site.base}/b.html` },
  ]));
  await new Promise((r) => setTimeout(r, 1100)); // the feed falls due again
  const second = await runCli(['feeds', 'run', '--once', '--allow-private']);
  assert.match(second.stdout, /ok: 3 entries, 1 new, 0 duplicates, 0 failed/);
  assert.match(second.stdout, /^ {2}ready\tdraft--[0-9a-f-]+\t.*c\.html\tSandworm warning$/m);
  drafts = await readyDrafts();
  assert.equal(drafts.length, 6);
  assert.equal(drafts.filter((d) => d.source_url === `${site.base}/a.html`).length, 1, 'seen entries are not drafted again');
  assert.equal(site.hits.get('/a.html'), 1);

  const listed = await runCli(['feeds', 'list']);
  assert.match(listed.stdout, new RegExp(`^${feedId}\\t${site.base}/feed\\.xml\\tevery 1s\\tnewsroom\\t\\d{4}-[^\\t]+\\tok: 3 entries, 1 new`, 'm'));

  // without --once it keeps polling until interrupted, then exits cleanly
  const loop = await runCli(['feeds', 'run', '--allow-private'], /ok: 3 entries, 0 new/);
  assert.equal(loop.code, 0, loop.stderr);
  assert.match(loop.stderr, /stopping after the entry in hand/);

  const removed = await runCli(['feeds', 'remove', feedId]);
  assert.equal(removed.code, 0, removed.stderr);
  assert.match(removed.stdout, new RegExp(`^removed\\t${feedId}\\t`));
  const store = await openOpsTrackStore({ sqliteFile: db });
  try {
    assert.deepEqual(await store.db.query('SELECT id FROM feeds'), []);
    assert.deepEqual(await store.db.query('SELECT link FROM feed_seen'), []);
  } finally {
    await store.close();
  }
});
